"""Plurals to singulars, Welsh and English, by endings checked against words a catalogue uses.

No dictionary is loaded (simplemma costs 7.9 s and 75 MB per process): a plural maps to its
singular only when the singular is itself a known word, which keeps the rules from inventing
stems ('cydrannau' -> 'cydran' because 'cydran' is used; 'bureau' stays, 'bure' is not).
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache

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
# The Welsh ones alone: a Welsh word read through its singular is never one in -s ('gems').
WELSH_PLURALS = tuple((e, r) for e, r in PLURALS if e in ("iaid", "oedd", "iau", "ion", "au", "od"))
# The English ones alone: in -s, -es and -ies.
ENGLISH_PLURALS = tuple(p for p in PLURALS if p not in WELSH_PLURALS)


def english_plural(word: str) -> str | None:
    """The regular English plural of a singular noun ('search' -> 'searches', 'glossary' ->
    'glossaries', 'census' -> 'censuses', 'cloud' -> 'clouds'); None for a word in -s that is
    plural already ('apis', 'analytics')."""
    if word.endswith(("ss", "us", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("s"):
        return None
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def singular(
    word: str, known: Container[str], endings: tuple[tuple[str, str], ...] = PLURALS
) -> str | None:
    """The singular of a plural word, when `known` holds it ('cerbydau' -> 'cerbyd')."""
    for ending, replacement in endings:
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            stem = word[: -len(ending)] + replacement
            if stem in known:
                return stem
            doubled = ending in ("au", "iau") and len(stem) >= 4 and stem[-1] == stem[-2]
            if doubled and stem[:-1] in known:  # 'cydrann' -> 'cydran'
                return stem[:-1]
    return None


def plurals(
    word: str, known: Container[str], endings: tuple[tuple[str, str], ...] = PLURALS
) -> list[str]:
    """Known plurals of a singular word, Welsh and English, that singular() brings back to it
    ('service' -> ['services'], 'company' -> ['companies'], 'cerbyd' -> ['cerbydau'])."""
    stems = [word, word[:-1]] if word.endswith("y") else [word]
    candidates = [stem + ending for stem in stems for ending, _ in endings]
    return [
        c for c in dict.fromkeys(candidates) if c in known and singular(c, (word,), endings) == word
    ]


def inflections(word: str, known: Container[str]) -> list[str]:
    """The word's other numbers, as `known` holds them: its singular, or its plurals; or, when
    the catalogue uses neither, the other plurals of its singular ('patentau' -> 'patents')."""
    one = singular(word, known)
    if one:
        return [one]
    found = plurals(word, known)
    if found:
        return found
    stems = {singular(word, _Any()) or word} - {word}
    return [form for stem in stems for form in plurals(stem, known) if form != word]


class _Any:
    """A container that holds every word: singular() then takes the first ending that fits."""

    def __contains__(self, word: object) -> bool:
        return True


# Endings of derived forms, Welsh and English: verb-nouns, agents, actions, adjectives
# ('trawsgrifio' / 'trawsgrifiwr', 'atalnod' / 'atalnodi', 'logging' / 'logger'), and English
# nouns in -y with their adjectives ('industry' / 'industrial', 'economy' / 'economic'), and
# English verbs with their nouns in -ment ('assess' / 'assessment').
DERIVED: tuple[str, ...] = (
    "iaeth",
    "aeth",
    "iant",
    "iwr",
    "wyr",
    "ydd",
    "iad",
    "wr",
    "ad",
    "io",
    "i",
    "ol",
    "u",
    "o",
    "ation",
    "ment",
    "ing",
    "ers",
    "er",
    "ed",
    "ion",
    "ical",
    "ial",
    "ic",
    "y",
)


# Endings before which a bare stem's last 'e' goes ('code' -> 'coding', 'coder').
E_DROPPING = ("ing", "er", "ers", "ed", "ation", "ion")


# The English ones alone: a Welsh verb-noun's '-u' or '-io' is no English ending ('modelu' is not
# read as the English 'model' by its ending; the dictionaries translate it).
ENGLISH_DERIVED = ("ation", "ment", "ing", "ers", "er", "ed", "ion", "ical", "ial", "ic", "y")


@cache
def _longest_first(endings: tuple[str, ...]) -> list[str]:
    """The endings, longest first: a word's longest ending is its stem's (sorted once a list)."""
    return sorted(endings, key=len, reverse=True)


def derivations(word: str, known: Container[str], endings: tuple[str, ...] = DERIVED) -> list[str]:
    """Known words of the same stem ('trawsgrifio' -> ['trawsgrifiwr']): the bare stem first,
    then the endings in order. The stem is what is left of the longest ending, at least 4 letters
    (a doubled last letter may be single: 'logging' -> 'log', 'logger'); a word of 4 letters or
    more with no ending is a stem itself ('align' -> 'aligner', 'code' -> 'coding')."""
    for ending in _longest_first(endings):
        stem = word[: -len(ending)]
        if len(stem) >= 4 and word.endswith(ending):
            stems = [stem, stem[:-1]] if stem[-1] == stem[-2] else [stem]  # 'logging' -> 'log'
            candidates = [s + other for s in stems for other in ("", *endings)]
            return _known_others(candidates, word, known)
    if len(word) >= 4:
        # A bare stem takes the endings itself ('align' -> 'aligner'), losing a last 'e' before
        # an ending that begins with a vowel ('code' -> 'coding').
        candidates = [word + other for other in endings]
        if word.endswith("e"):
            candidates += [word[:-1] + other for other in E_DROPPING]
        return _known_others(candidates, word, known)
    return []


def singular_derivations(word: str, known: Container[str]) -> list[str]:
    """Known words of the stem of a Welsh plural, whether or not the catalogue uses its singular
    ('atalnodau' -> 'atalnod' -> 'atalnodi'; 'ystadegau' -> 'ystadegol')."""
    for ending, replacement in WELSH_PLURALS:  # longest first, as PLURALS are
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4:
            singular_ = stem + replacement
            return _known_others([singular_ + other for other in DERIVED], word, known)
    return []


def _known_others(candidates: list[str], word: str, known: Container[str]) -> list[str]:
    """The candidates `known` holds, but the word itself, each once, in order."""
    return [c for c in dict.fromkeys(candidates) if c != word and c in known]


def derived(word: str, known: Container[str]) -> str | None:
    """The first of derivations(), or None, for a word the catalogue never uses."""
    found = derivations(word, known)
    return found[0] if found else None
