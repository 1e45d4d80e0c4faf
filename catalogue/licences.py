"""Normalising licence names and ids to SPDX identifiers."""

from __future__ import annotations

import re

# Lower-cased, punctuation-folded names and ids seen in the wild -> SPDX id.
_ALIASES = {
    "mit": "MIT",
    "mit license": "MIT",
    "the mit license": "MIT",
    "expat": "MIT",
    "apache 2.0": "Apache-2.0",
    "apache-2.0": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
    "apache license version 2.0": "Apache-2.0",
    "apache2": "Apache-2.0",
    "isc": "ISC",
    "isc license": "ISC",
    "bsd-2-clause": "BSD-2-Clause",
    "bsd 2-clause simplified license": "BSD-2-Clause",
    "bsd-3-clause": "BSD-3-Clause",
    "bsd 3-clause new or revised license": "BSD-3-Clause",
    "cc0-1.0": "CC0-1.0",
    "cc0": "CC0-1.0",
    "creative commons zero v1.0 universal": "CC0-1.0",
    "unlicense": "Unlicense",
    "the unlicense": "Unlicense",
    "mpl-2.0": "MPL-2.0",
    "mozilla public license 2.0": "MPL-2.0",
    "gpl-2.0": "GPL-2.0-only",
    "gpl-2.0-only": "GPL-2.0-only",
    "gpl-2.0-or-later": "GPL-2.0-or-later",
    "gnu general public license v2.0": "GPL-2.0-only",
    "gpl-3.0": "GPL-3.0-only",
    "gpl-3.0-only": "GPL-3.0-only",
    "gpl-3.0-or-later": "GPL-3.0-or-later",
    "gnu general public license v3.0": "GPL-3.0-only",
    "lgpl-2.1": "LGPL-2.1-only",
    "lgpl-2.1-only": "LGPL-2.1-only",
    "lgpl-3.0": "LGPL-3.0-only",
    "lgpl-3.0-only": "LGPL-3.0-only",
    "gnu lesser general public license v3.0": "LGPL-3.0-only",
    "agpl-3.0": "AGPL-3.0-only",
    "agpl-3.0-only": "AGPL-3.0-only",
    "gnu affero general public license v3.0": "AGPL-3.0-only",
    "eupl-1.2": "EUPL-1.2",
    "european union public license 1.2": "EUPL-1.2",
    "ogl-uk-3.0": "OGL-UK-3.0",
    "open government licence v3.0": "OGL-UK-3.0",
    "open government licence": "OGL-UK-3.0",
    "cc-by-4.0": "CC-BY-4.0",
    "creative commons attribution 4.0 international": "CC-BY-4.0",
    "cc-by-sa-4.0": "CC-BY-SA-4.0",
    "epl-2.0": "EPL-2.0",
    "bsl-1.0": "BSL-1.0",
    "0bsd": "0BSD",
}
_UNKNOWN = {"", "noassertion", "other", "none", "unknown", "null"}
_SPDX_SHAPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+\-]*$")


def spdx_id(value: str | None) -> str | None:
    """The SPDX id for a licence name or id, or None when it is unknown or not a licence."""
    if value is None:
        return None
    key = " ".join(value.strip().lower().replace("_", " ").split())
    if key in _UNKNOWN:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    compact = value.strip()
    # An id we have no alias for but that is shaped like SPDX is kept as given (e.g. a rarer licence).
    return compact if _SPDX_SHAPE.match(compact) and len(compact) <= 60 else None


# What a licence lets a public body do, for "how to reuse this" guidance.
PERMISSIVE = frozenset(
    [
        "MIT",
        "ISC",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "Apache-2.0",
        "0BSD",
        "Unlicense",
        "CC0-1.0",
        "BSL-1.0",
        "OGL-UK-3.0",
    ]
)
COPYLEFT = frozenset(
    [
        "GPL-2.0-only",
        "GPL-2.0-or-later",
        "GPL-3.0-only",
        "GPL-3.0-or-later",
        "AGPL-3.0-only",
        "LGPL-2.1-only",
        "LGPL-3.0-only",
        "MPL-2.0",
        "EUPL-1.2",
        "EPL-2.0",
        "CC-BY-SA-4.0",
    ]
)


def licence_kind(spdx: str | None) -> str:
    """'permissive', 'copyleft', 'other' or 'none' (no licence: reuse needs permission)."""
    if not spdx:
        return "none"
    if spdx in PERMISSIVE:
        return "permissive"
    if spdx in COPYLEFT:
        return "copyleft"
    return "other"
