"""Validate a publiccode.yml against the 0.x standard, mirroring the reference Go parser.

Network checks of the reference parser (URL reachability, that `url` is a real code
repository, oEmbed look-ups, remote logos) are never made: validation is offline.
Files the YAML points at (logo, screenshots, authors file) are only checked when a
`base_dir` holding the repository is given.
"""

from __future__ import annotations

from pathlib import Path

from catalogue.publiccode import checks
from catalogue.publiccode.extensions import Extensions
from catalogue.publiccode.messages import ERROR, Message, ValidationResult
from catalogue.publiccode.parser import LoadError, Node, load, to_data
from catalogue.publiccode.sections import Sections
from catalogue.publiccode.values import DEPRECATED
from catalogue.publiccode.vocabulary import (
    CATEGORIES,
    CURRENT_VERSIONS,
    DEVELOPMENT_STATUSES,
    LATEST_VERSION,
    SOFTWARE_TYPES,
    SUPPORTED_VERSIONS,
)
from catalogue.publiccode.walker import Entry, Walker, show

TOP_LEVEL_KEYS = (
    "publiccodeYmlVersion",
    "name",
    "applicationSuite",
    "url",
    "landingURL",
    "isBasedOn",
    "softwareVersion",
    "releaseDate",
    "logo",
    "monochromeLogo",
    "organisation",
    "inputTypes",
    "outputTypes",
    "platforms",
    "categories",
    "usedBy",
    "fundedBy",
    "roadmap",
    "developmentStatus",
    "softwareType",
    "supports",
    "intendedAudience",
    "description",
    "legal",
    "maintenance",
    "localisation",
    "dependsOn",
    "IT",
    "it",
)


def validate(text: str | bytes, base_dir: str | Path | None = None) -> ValidationResult:
    """Validate publiccode.yml text; never raises on bad input, which gets messages instead."""
    try:
        root = load(text)
    except LoadError as exc:
        message = Message("", exc.line, exc.column, exc.code, exc.text)
        return ValidationResult(valid=False, messages=[message])
    walker = Walker()
    version = _check(root, walker, Path(base_dir) if base_dir is not None else None)
    messages = sorted(walker.messages, key=lambda m: (m.line == 0, m.line, m.column))
    data = to_data(root) if root.kind == "map" else None
    valid = not any(m.severity == ERROR for m in messages)
    return ValidationResult(valid=valid, messages=messages, data=data, version=version)


def _check(root: Node, w: Walker, base_dir: Path | None) -> str | None:
    if root.kind != "map":
        w.error(
            "",
            root,
            "not-mapping",
            f"A publiccode.yml must be a mapping of keys to values, not {_kind(root)}.",
        )
        return None
    entries = w.mapping(root, "", TOP_LEVEL_KEYS) or {}
    version = _version(entries.get("publiccodeYmlVersion"), root, w)
    if version is not None and version not in SUPPORTED_VERSIONS:
        return version  # another major version: its rules are unknown here
    s = Sections(w, base_dir)
    x = Extensions(w, base_dir)
    w.text(w.require(entries, "name", "", root), required=True)
    w.text(entries.get("applicationSuite"))
    _url(entries, root, w)
    s.http_url(entries.get("landingURL"))
    _is_based_on(entries.get("isBasedOn"), w)
    w.text(entries.get("softwareVersion"))
    s.date(entries.get("releaseDate"))
    s.file_reference(entries.get("logo"), "logo")
    if (mono := entries.get("monochromeLogo")) is not None and w.text(mono):
        w.warn(mono.path, mono, "deprecated", f"monochromeLogo {DEPRECATED}; use logo.")
        s.file_reference(mono, "logo")
    for key in ("inputTypes", "outputTypes"):
        _media_types(entries.get(key), w)
    _platforms(entries.get("platforms"), root, w)
    for path, node, value in w.text_items(entries.get("categories")) or []:
        if value not in CATEGORIES:
            w.error(
                path, node, "not-allowed", f"{path} {show(value)} is not a publiccode.yml category."
            )
    w.text_items(entries.get("usedBy"))
    s.http_url(entries.get("roadmap"))
    _one_of(w, entries, root, "developmentStatus", DEVELOPMENT_STATUSES)
    _one_of(w, entries, root, "softwareType", SOFTWARE_TYPES)
    x.organisation(entries.get("organisation"))
    x.funded_by(entries.get("fundedBy"))
    x.supports(entries.get("supports"))
    s.intended_audience(entries.get("intendedAudience"))
    s.description(entries.get("description"), root)
    s.legal(entries.get("legal"), root)
    s.maintenance(entries.get("maintenance"), root)
    s.localisation(entries.get("localisation"), root)
    s.depends_on(entries.get("dependsOn"))
    _country_sections(entries, x, w)
    return version


def _kind(node: Node) -> str:
    return {"seq": "a list", "map": "a mapping"}.get(node.kind, "a single value")


def _version(entry: Entry | None, root: Node, w: Walker) -> str | None:
    if entry is None or entry.value.is_null:
        w.error(
            "publiccodeYmlVersion",
            entry or root,
            "required",
            f'publiccodeYmlVersion is required; use "{CURRENT_VERSIONS[0]}" for the latest 0.x.',
        )
        return None
    version = w.text(entry)
    if version is None:
        return None
    if version not in SUPPORTED_VERSIONS:
        w.error(
            "publiccodeYmlVersion",
            entry,
            "unsupported-version",
            f"publiccodeYmlVersion {show(version)} is not supported; use one of "
            f"{', '.join(SUPPORTED_VERSIONS)}.",
        )
    elif version not in CURRENT_VERSIONS:
        w.warn(
            "publiccodeYmlVersion",
            entry,
            "old-version",
            f"publiccodeYmlVersion {version} is not the latest; it is checked against the "
            f'{LATEST_VERSION} rules. Use "0" to follow the latest 0.x release.',
        )
    return version


def _url(entries: dict[str, Entry], root: Node, w: Walker) -> None:
    entry = w.require(entries, "url", "", root)
    value = w.text(entry, required=True)
    if entry is not None and value is not None and not checks.is_url(value):
        w.error(
            "url",
            entry,
            "invalid-url",
            f"url must be the URL of the source code repository (found {show(value)}).",
        )


def _is_based_on(entry: Entry | None, w: Walker) -> None:
    if entry is None or entry.value.is_null:
        return
    if entry.value.kind == "scalar":
        items = [(f"{entry.path}[0]", entry.value, entry.value.text)]
    else:
        items = w.text_items(entry) or []
    for path, node, value in items:
        if not checks.is_url(value):
            w.error(
                path, node, "invalid-url", f"{path} must be a repository URL (found {show(value)})."
            )


def _media_types(entry: Entry | None, w: Walker) -> None:
    if entry is None:
        return
    items = w.text_items(entry)
    w.warn(entry.path, entry, "deprecated", f"{entry.path} {DEPRECATED}; you can drop it.")
    for path, node, value in items or []:
        if not checks.is_mime_type(value):
            w.error(path, node, "invalid-mime", f"{path} must be a media type such as text/csv.")


def _platforms(entry: Entry | None, root: Node, w: Walker) -> None:
    items = w.text_items(entry)
    if items is None and entry is not None and not entry.value.is_null:
        return  # wrong type, already reported
    if not items:
        w.error(
            "platforms",
            entry or root,
            "required",
            "platforms must list at least one platform, such as web, windows, mac, linux, "
            "ios or android.",
        )


def _one_of(w: Walker, entries: dict[str, Entry], root: Node, key: str, allowed: tuple) -> None:
    value = w.text(w.require(entries, key, "", root), required=True)
    if value is not None and value not in allowed:
        w.error(
            key,
            entries[key],
            "not-allowed",
            f"{key} must be one of {', '.join(allowed)} (found {show(value)}).",
        )


def _country_sections(entries: dict[str, Entry], x: Extensions, w: Walker) -> None:
    upper, lower = entries.get("IT"), entries.get("it")
    if lower is not None:
        w.warn("it", lower, "deprecated", "The lower-case it section is deprecated; rename it IT.")
        if upper is not None:
            w.error("it", lower, "duplicate-key", "it duplicates the IT section; remove it.")
    for entry in (upper, lower if upper is None else None):
        if entry is not None and not entry.value.is_null:
            x.country_section(entry)
