"""BCP 47 language tags, including Welsh."""

from __future__ import annotations

import pytest

from catalogue.publiccode.languages import is_language_tag, primary_language


@pytest.mark.parametrize(
    "tag",
    [
        "cy",
        "cy-GB",
        "CY-gb",
        "en",
        "en-GB",
        "cym",
        "wel",
        "eng",
        "sl-IT-nedis",
        "zh-Hant-TW",
        "sr-Latn",
        "es-419",
        "de-CH-1996",
        "i-klingon",
        "x-private",
        "en-GB-x-wales",
        "qaa",
    ],
)
def test_valid_tags(tag):
    assert is_language_tag(tag)


@pytest.mark.parametrize(
    "tag",
    [
        "",
        "en_GB",
        "cy_GB",
        "xx",
        "xxx",
        "english",
        "en-XX",
        "en-Abcd",
        "de-1996-1996",
        "en--GB",
        "en-",
        "12",
        "c y",
        "cymraeg",
    ],
)
def test_invalid_tags(tag):
    assert not is_language_tag(tag)


def test_variant_prefixes_are_checked_only_when_strict():
    assert not is_language_tag("en-nedis", strict_variants=True)
    assert is_language_tag("en-nedis", strict_variants=False)


def test_primary_language():
    assert primary_language("cy-GB") == "cy"
    assert primary_language("EN_gb") == "en"
