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
