"""Telling whether text or a repository works in Welsh (pure functions)."""

from __future__ import annotations

import re

# Frequent Welsh function words that are rare in English text.
_WELSH_MARKERS = frozenset(
    [
        "yw",
        "mae",
        "ydy",
        "ydych",
        "ein",
        "eich",
        "gyda",
        "ar",
        "gyfer",
        "hefyd",
        "neu",
        "ond",
        "wedi",
        "bod",
        "sydd",
        "hwn",
        "hon",
        "hyn",
        "y",
        "yr",
        "yn",
        "a",
        "ac",
        "o",
        "i",
        "i'r",
        "i’r",
        "dros",
        "drwy",
        "rhwng",
        "fel",
        "pan",
        "os",
        "nid",
        "nad",
        "gan",
        "ei",
        "eu",
    ]
)
_ENGLISH_MARKERS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "in",
        "for",
        "with",
        "this",
        "that",
        "you",
        "are",
        "be",
        "on",
        "it",
        "as",
    ]
)
_WORD = re.compile(r"[a-zA-ZâêîôûŵŷÂÊÎÔÛŴŶäëïöüÿ’']+")
_LOCALE_FILE = re.compile(r"(^|[/_.\-])(cy|cy[-_]gb|cym|welsh|cymraeg)([/_.\-]|$)", re.IGNORECASE)


def welsh_share(text: str | None, limit: int = 4000) -> float:
    """The share of marker words in the text that are Welsh rather than English (0..1)."""
    if not text:
        return 0.0
    words = [w.lower() for w in _WORD.findall(text[:limit])]
    welsh = sum(1 for w in words if w in _WELSH_MARKERS)
    english = sum(1 for w in words if w in _ENGLISH_MARKERS)
    total = welsh + english
    return welsh / total if total >= 5 else 0.0


def is_welsh_text(text: str | None) -> bool:
    """Whether the text reads as Welsh."""
    return welsh_share(text) >= 0.6


def works_in_welsh(
    publiccode: dict | None, files: list[str], readme: str | None, description: str | None
) -> bool:
    """Whether a component offers a Welsh interface or content, as far as its metadata shows."""
    if publiccode:
        languages = (publiccode.get("localisation") or {}).get("availableLanguages") or []
        if any(str(lang).lower().startswith("cy") for lang in languages):
            return True
    if any(_LOCALE_FILE.search(path) for path in files):
        return True
    return is_welsh_text(description) or is_welsh_text(readme)


# Radical initial -> (soft, aspirate) form; digraphs first so 'll' is not read as 'l'.
_SOFT_ASPIRATE = (
    ("ll", "l", "ll"),
    ("rh", "r", "rh"),
    ("ch", "ch", "ch"),
    ("ph", "ph", "ph"),
    ("th", "th", "th"),
    ("dd", "dd", "dd"),
    ("ff", "ff", "ff"),
    ("p", "b", "ph"),
    ("t", "d", "th"),
    ("c", "g", "ch"),
    ("b", "f", "b"),
    ("d", "dd", "d"),
    ("g", "", "g"),
    ("m", "f", "m"),
)


def _mutate(word: str, which: int) -> str:
    for radical, *forms in _SOFT_ASPIRATE:
        if word.lower().startswith(radical):
            initial = forms[which]
            if word[:1].isupper():
                initial = initial[:1].upper() + initial[1:]
                return initial + word[len(radical) :] if initial else word[1:2].upper() + word[2:]
            return initial + word[len(radical) :]
    return word


def soft_mutation(word: str) -> str:
    """The word after a soft mutation: cydran -> gydran, Llywodraeth -> Lywodraeth."""
    return _mutate(word, 0)


def aspirate_mutation(word: str) -> str:
    """The word after an aspirate mutation: cydran -> chydran, Llywodraeth unchanged."""
    return _mutate(word, 1)


def after_numeral(noun: str, number: int, feminine: bool) -> str:
    """A singular noun's form after a number: dwy gydran, tair cydran, chwe chydran, tri phecyn."""
    if number == 2 or (number == 1 and feminine):
        return soft_mutation(noun)
    if number == 6 or (number == 3 and not feminine):
        return aspirate_mutation(noun)
    return noun
