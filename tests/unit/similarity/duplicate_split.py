"""Every labelled duplicate group, old and new, split for tuning and a held-out check.

A group goes to 'held-out' when the first byte of the SHA-256 of its name is odd, else to
'tuning'; fixed and committed before any change of issue 12. A part is scored on its own groups'
pairs; pairs labelled in the other part, and every ambiguous pair, are ignored. The old groups were
tuned on before the split existed, so only the new groups' held-out part is truly untouched.
"""

from __future__ import annotations

import hashlib

from tests.unit.similarity.duplicate_labels import (
    AMBIGUOUS_MEMBERS,
    AMBIGUOUS_PAIRS,
    GROUPS,
    labelled_pairs,
)
from tests.unit.similarity.duplicate_labels_2026 import AMBIGUOUS_MEMBERS_2026, GROUPS_2026

ALL_GROUPS = {**GROUPS, **GROUPS_2026}
ALL_AMBIGUOUS = {**AMBIGUOUS_MEMBERS, **AMBIGUOUS_MEMBERS_2026}
ORIGIN = {**{name: "old" for name in GROUPS}, **{name: "new" for name in GROUPS_2026}}


def part(group: str) -> str:
    """'tuning' or 'held-out', fixed by the group name's SHA-256."""
    return "held-out" if hashlib.sha256(group.encode("utf-8")).digest()[0] % 2 else "tuning"


def part_pairs(organisation_of: dict[str, str], where: str, origin: str = "all"):
    """(positives, ignored) for one part ('tuning', 'held-out' or 'all') and origin."""

    def chosen(name: str) -> bool:
        return where in (part(name), "all") and origin in (ORIGIN[name], "all")

    every, ignored = labelled_pairs(organisation_of, ALL_GROUPS, ALL_AMBIGUOUS, AMBIGUOUS_PAIRS)
    groups = {name: members for name, members in ALL_GROUPS.items() if chosen(name)}
    ambiguous = {name: extra for name, extra in ALL_AMBIGUOUS.items() if name in groups}
    positives, _ = labelled_pairs(organisation_of, groups, ambiguous, [])
    return positives, ignored | (every - positives)
