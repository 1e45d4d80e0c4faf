"""Plurals to singulars, Welsh and English, by endings checked against words a catalogue uses.

No dictionary is loaded (simplemma costs 7.9 s and 75 MB per process): a plural maps to its
singular only when the singular is itself a known word, which keeps the rules from inventing
stems ('cydrannau' -> 'cydran' because 'cydran' is used; 'bureau' stays, 'bure' is not).
"""

from __future__ import annotations

from collections.abc import Container

# Welsh and English plural endings, tried longest first; a plural maps to its singular only when
# the catalogue uses that singular. ('cydrannau' -> 'cydran' drops a doubled 'n' as well.)
PLURALS: tuple[tuple[str, str], ...] = (
    ("iaid", ""),
    ("oedd", ""),
    ("iau", ""),
    ("ion", ""),
    ("ies", "y"),
    ("au", ""),
    ("od", ""),
    ("s", ""),
    ("es", ""),
)


def singular(word: str, known: Container[str]) -> str | None:
    """The singular of a plural word, when `known` holds it ('cerbydau' -> 'cerbyd')."""
    for ending, replacement in PLURALS:
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            stem = word[: -len(ending)] + replacement
            if stem in known:
                return stem
            doubled = ending in ("au", "iau") and len(stem) >= 4 and stem[-1] == stem[-2]
            if doubled and stem[:-1] in known:  # 'cydrann' -> 'cydran'
                return stem[:-1]
    return None
