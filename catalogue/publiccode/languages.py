"""BCP 47 language tags, checked against ISO 639, ISO 15924, ISO 3166 and the IANA registry."""

from __future__ import annotations

import re

from catalogue.publiccode.vocabulary import (
    bcp47_variants,
    country_codes,
    language_codes,
    script_codes,
)

_GRANDFATHERED = frozenset(
    tag.lower()
    for tag in (
        "en-GB-oed i-ami i-bnn i-default i-enochian i-hak i-klingon i-lux i-mingo i-navajo "
        "i-pwn i-tao i-tay i-tsu sgn-BE-FR sgn-BE-NL sgn-CH-DE art-lojban cel-gaulish no-bok "
        "no-nyn zh-guoyu zh-hakka zh-min zh-min-nan zh-xiang"
    ).split()
)

# RFC 5646 section 2.1 syntax; subtags are then looked up in the code lists.
_LANGTAG = re.compile(
    r"^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"
    r"(?:-(?P<script>[a-z]{4}))?"
    r"(?:-(?P<region>[a-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)"
    r"(?P<extensions>(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*)"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?$"
)
_PRIVATE_USE = re.compile(r"^x(?:-[a-z0-9]{1,8})+$")

# Region codes outside ISO 3166-1 that BCP 47 accepts: UN M.49 areas and CLDR's extras.
_M49 = frozenset(
    "001 002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 "
    "061 142 143 145 150 151 154 155 202 419".split()
)
_EXTRA_REGIONS = frozenset("AC CP DG EA EU EZ IC QO TA UN XK ZZ".split())


def is_language_tag(tag: str, *, strict_variants: bool = True) -> bool:
    """Tell whether a string is a well-formed BCP 47 tag made of registered subtags.

    POSIX forms such as `en_GB` are refused. ISO 639-2 and 639-3 codes (`eng`, `cym`) are
    accepted as primary subtags, as Go's x/text parser accepts them.
    """
    if not tag or len(tag) > 64 or not tag.isascii():
        return False
    lowered = tag.lower()
    if lowered in _GRANDFATHERED or _PRIVATE_USE.match(lowered):
        return True
    match = _LANGTAG.match(lowered)
    if match is None:
        return False
    language, *extlangs = match["language"].split("-")
    codes = language_codes()
    if len(language) > 3 or language not in codes:
        return False
    if any(extlang not in codes for extlang in extlangs):
        return False
    script = match["script"]
    if script and script.title() not in script_codes():
        return False
    region = match["region"]
    if region and not _known_region(region):
        return False
    variants = [v for v in match["variants"].split("-") if v]
    if len(set(variants)) != len(variants):
        return False
    registry = bcp47_variants()
    for variant in variants:
        if variant not in registry:
            return False
        prefixes = registry[variant]
        if strict_variants and prefixes and not _has_prefix(lowered, prefixes):
            return False
    return True


def _known_region(region: str) -> bool:
    if region.isdigit():
        return region in _M49
    upper = region.upper()
    return upper in country_codes() or upper in _EXTRA_REGIONS


def _has_prefix(tag: str, prefixes: tuple[str, ...]) -> bool:
    return any((tag + "-").startswith(prefix.lower() + "-") for prefix in prefixes)


def primary_language(tag: str) -> str:
    """Return the primary language subtag of a tag, lower case (`cy` for `cy-GB`)."""
    return tag.replace("_", "-").split("-", 1)[0].lower()
