"""Checks of files a publiccode.yml points at (logo, screenshots, authors file), when on disk."""

from __future__ import annotations

import struct
from pathlib import Path

from catalogue.publiccode.checks import url_path_extension

# The reference parser relaxes the standard's 1000px minimum for PNG logos to 120px.
MIN_LOGO_WIDTH = 120
_SNIFF_BYTES = 4096


def reference_problem(value: str) -> str | None:
    """Say why a file reference is unusable in any repository, or None if it may be fine."""
    if value.startswith("/"):
        return "is an absolute path; use a path relative to the repository root or an https URL"
    if value.startswith("file:"):
        return "is a file: URL; use a path relative to the repository root or an https URL"
    return None


def is_remote(value: str) -> bool:
    return "://" in value


def _local_path(base_dir: Path, value: str) -> Path | None:
    """Resolve a relative reference inside base_dir; None if it escapes it."""
    base = base_dir.resolve()
    target = (base / value).resolve()
    if target != base and base not in target.parents:
        return None
    return target


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(_SNIFF_BYTES)


def logo_problem(value: str, base_dir: Path | None) -> str | None:
    """Check a logo reference: SVG, SVGZ or PNG; on disk, that it exists and is that format."""
    extension = url_path_extension(value)
    if extension not in (".svg", ".svgz", ".png"):
        return f"{value!r} must be an SVG, SVGZ or PNG file"
    if base_dir is None or is_remote(value):
        return None
    path = _local_path(base_dir, value)
    if path is None or not path.is_file():
        return f"{value!r} does not exist in the repository"
    head = _head(path)
    if extension == ".png":
        if not head.startswith(b"\x89PNG\r\n\x1a\n") or len(head) < 24:
            return f"{value!r} is not a PNG image"
        width = struct.unpack(">I", head[16:20])[0]
        if width < MIN_LOGO_WIDTH:
            return f"{value!r} is {width}px wide; a PNG logo must be at least {MIN_LOGO_WIDTH}px"
    elif extension == ".svgz":
        if not head.startswith(b"\x1f\x8b"):
            return f"{value!r} is not a compressed SVG image"
    elif b"<svg" not in head.lower():
        return f"{value!r} is not an SVG image"
    return None


def screenshot_problem(value: str, base_dir: Path | None) -> str | None:
    """Check, on disk only, that a screenshot exists and is an image."""
    if base_dir is None or is_remote(value):
        return None
    path = _local_path(base_dir, value)
    if path is None or not path.is_file():
        return f"{value!r} does not exist in the repository"
    head = _head(path)
    signatures = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF")
    if not head.startswith(signatures) and b"<svg" not in head.lower():
        return f"{value!r} is not an image"
    return None


def file_problem(value: str, base_dir: Path | None) -> str | None:
    """Check, on disk only, that a referenced file exists."""
    if base_dir is None or is_remote(value):
        return None
    path = _local_path(base_dir, value)
    if path is None or not path.is_file():
        return f"{value!r} does not exist in the repository"
    return None
