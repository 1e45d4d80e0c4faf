"""Telling whether text or a repository works in Welsh (pure functions)."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[a-zA-ZâêîôûŵŷÂÊÎÔÛŴŶäëïöüÿ’']+")
# 'welsh' alone in a path names Welsh data as often as Welsh language ('welsh_net_zero').
_LOCALE_FILE = re.compile(r"(^|[/_.\-])(cy|cy[-_]gb|cym|cymraeg)([/_.\-]|$)", re.IGNORECASE)


# lingua's confidence that a text is Welsh, against English. Between the two bounds it cannot
# tell: a lone "A", "No", "Data" or "Welsh" scores 0.5 to 0.7 for Welsh, so a 0.5 cut read them
# as Welsh. Real descriptions in the bundled data score above 0.9 or below 0.4.
_WELSH_FROM = 0.75
_ENGLISH_UP_TO = 0.25
# Fewer letters than this say nothing about the language ("Y", "Ie", "A").
_MIN_LETTERS = 3


@functools.cache
def _detector():
    """lingua's English/Welsh detector, built once (only these two languages' models load)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.WELSH).build()


@functools.lru_cache(maxsize=4096)
def _welsh_confidence(text: str) -> float:
    from lingua import Language

    return _detector().compute_language_confidence(text, Language.WELSH)


def welsh_share(text: str | None, limit: int = 1000) -> float:
    """How surely the text is Welsh rather than English (0..1), by lingua's detector."""
    if not text or not _WORD.search(text):
        return 0.0
    return _welsh_confidence(text[:limit])


def text_language(text: str | None) -> str | None:
    """'cy' or 'en' for harvested text, or None when it is too short or too close to tell.

    The one detector every caller uses (lang attributes, Welsh descriptions, Welsh support).
    """
    if sum(len(word) for word in _WORD.findall(text or "")) < _MIN_LETTERS:
        return None
    share = welsh_share(text)
    if share >= _WELSH_FROM:
        return "cy"
    if share <= _ENGLISH_UP_TO:
        return "en"
    return None


def is_welsh_text(text: str | None) -> bool:
    """Whether the text surely reads as Welsh (or leads in Welsh, as bilingual descriptions do)."""
    return text_language(text) == "cy"


# README wording that says the component itself works in Welsh (not merely that a Welsh body made
# it): bilingual interfaces, Welsh translations or content, locale codes set to 'cy'.
_SUPPORT_PHRASES = re.compile(
    r"\bbilingual\b|\bdwyieithog\b"
    r"|\b(?:english|saesneg)\s*(?:/|and|&|a|or)\s*(?:welsh|cymraeg)\b"
    r"|\b(?:welsh|cymraeg)\s*(?:/|and|&|a|or)\s*(?:english|saesneg)\b"
    r"|\bwelsh[- ]language\b"
    r"|\bwelsh\s+(?:\([^)]{0,40}\)\s+)?"
    r"(?:translations?|version|interface|content|locale|speech|text|voices?|words?|sentences?)\b"
    r"|\b(?:in|into|to|from)\s+welsh\b",
    re.IGNORECASE,
)
_LOCALE_CODE = re.compile(
    r"""["'`](?:cy|cy[-_]GB)["'`]|[/_-]cy\.(?:po|json|ya?ml|properties)\b|\b(?:locales?|translations?|i18n|lang)/(?:[\w-]+/)?cy\b""",
    re.IGNORECASE,
)


def welsh_support(
    publiccode: dict | None, files: list[str], readme: str | None, description: str | None
) -> list[tuple[str, str]]:
    """The evidence that a component works in Welsh, as (kind, detail) pairs; empty: none.

    Working in Welsh means the component supports the language: publiccode.yml lists it
    ('publiccode'), Welsh locale files ('locale_files') or 'cy' locale codes ('locale_code'),
    README or description wording about a bilingual or Welsh interface ('phrase'), or
    Welsh-language work (its description or README written in Welsh: 'welsh_description',
    'welsh_readme'). A Welsh body's name ('Welsh Government') is not evidence.
    """
    evidence: list[tuple[str, str]] = []
    if publiccode:
        languages = (publiccode.get("localisation") or {}).get("availableLanguages") or []
        if any(str(lang).lower().startswith("cy") for lang in languages):
            evidence.append(("publiccode", ""))
    locale_files = sorted(path for path in files if _LOCALE_FILE.search(path))
    if locale_files:
        evidence.append(("locale_files", ", ".join(locale_files[:3])))
    text = readme or ""
    code = _LOCALE_CODE.search(text)
    if code:
        evidence.append(("locale_code", code.group(0).strip("\"'`")))
    phrase = _SUPPORT_PHRASES.search(text) or _SUPPORT_PHRASES.search(description or "")
    if phrase:
        evidence.append(("phrase", phrase.group(0)))
    if is_welsh_text(description):
        evidence.append(("welsh_description", ""))
    elif is_welsh_text(text[:1000]):
        evidence.append(("welsh_readme", ""))
    return evidence


def works_in_welsh(
    publiccode: dict | None, files: list[str], readme: str | None, description: str | None
) -> bool:
    """Whether a component supports Welsh, as far as its metadata shows (see welsh_support)."""
    return bool(welsh_support(publiccode, files, readme, description))


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
