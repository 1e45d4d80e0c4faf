"""Whole numbers are written as Babel writes them in English and Welsh, without Babel's cost."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal

from web.templating import _number


@pytest.mark.parametrize("locale", ["en", "cy"])
@pytest.mark.parametrize("value", [0, 7, 999, 1000, 12345, 1234567, -4321])
def test_whole_numbers_match_babel(locale, value):
    assert _number(value, locale) == format_decimal(value, locale=locale)


def test_other_numbers_go_through_babel():
    assert _number(1234.5, "cy") == format_decimal(1234.5, locale="cy")
    assert _number(None, "en") == "0"
