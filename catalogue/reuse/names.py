"""Package names compared the way each ecosystem compares them, and whose namespace is whose."""

from __future__ import annotations

import re

_STOPWORDS = {"and", "of", "for", "the", "a", "y", "ac", "i"}
_GO_MAJOR = re.compile(r"/v\d+$")
MIN_MARKER = 3


def match_key(ecosystem: str, name: str) -> str:
    """The form two names of one ecosystem are compared in (PEP 503 for PyPI, no /vN for Go)."""
    name = name.strip().lower()
    if ecosystem == "pypi":
        return re.sub(r"[-_.]+", "-", name)
    if ecosystem == "go":
        return _GO_MAJOR.sub("", name)
    return name


def _initials(words: list[str]) -> set[str]:
    found = set()
    if len(words) >= 2:
        found.add("".join(w[0] for w in words))
        kept = [w for w in words if w not in _STOPWORDS]
        if len(kept) >= 2:
            found.add("".join(w[0] for w in kept))
    return found


def org_markers(organisation: str, logins) -> tuple[str, ...]:
    """Lower-case names an organisation publishes under: its logins, slug and their initials."""
    markers: set[str] = set()
    for text in (organisation, *logins):
        lowered = text.lower()
        words = [w for w in re.split(r"[^a-z0-9]+", lowered) if w]
        markers |= {lowered, "".join(words), "-".join(words)}
        markers |= _initials(words)
    return tuple(sorted(m for m in markers if len(m) >= MIN_MARKER))


def repository_prefixes(organisation: str, logins) -> tuple[str, ...]:
    """Prefixes a body puts on repository names ("ch-" for Companies House), to strip them."""
    found = set(org_markers(organisation, logins))
    for text in (organisation, *logins):
        found |= _initials([w for w in re.split(r"[^a-z0-9]+", text.lower()) if w])
    return tuple(sorted(p for p in found if len(p) >= 2))


def _namespace_parts(ecosystem: str, name: str) -> list[str]:
    lowered = name.lower()
    if ecosystem in ("npm", "packagist"):
        if "/" not in lowered:
            return []
        scope = lowered.split("/", 1)[0].lstrip("@")
        return [scope, *[p for p in re.split(r"[^a-z0-9]+", scope) if p][:1]]
    if ecosystem == "maven":
        return lowered.split(":", 1)[0].split(".") if ":" in lowered else []
    if ecosystem == "nuget":
        return lowered.split(".")[:1] if "." in lowered else []
    if ecosystem == "container":
        return lowered.split("/")[:-1]
    if ecosystem == "go":
        return lowered.split("/")[1:2]
    return []


def publisher_matches(ecosystem: str, name: str, markers: tuple[str, ...]) -> bool:
    """The name's namespace (npm scope, Maven group, NuGet prefix, image owner...) is the body's."""
    for part in _namespace_parts(ecosystem, name):
        if part in markers:
            return True
        # "@ons" for "ONSdigital": a scope may shorten a login, never lengthen it.
        if len(part) >= MIN_MARKER and any(m.startswith(part) for m in markers):
            return True
    return False
