"""Gettext for messages written outside a web request (the harvester's digests)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path

from babel.dates import format_date
from babel.support import NullTranslations, Translations

# The web's compiled catalogues (`make translations`): one set of translations for everything.
LOCALE_DIR = Path(__file__).resolve().parent.parent / "web" / "locales"


@cache
def _translations(locale: str) -> NullTranslations:
    if locale == "en":
        return NullTranslations()
    catalogue = Translations.load(str(LOCALE_DIR), [locale], domain="messages")
    if not isinstance(catalogue, Translations):
        # Babel falls back to English silently; a Welsh reader must not get English unnoticed.
        raise RuntimeError(f"no compiled {locale} catalogue: run `make translations`")
    return catalogue


def gettext(locale: str, message: str) -> str:
    """The message translated into the locale ("en" or "cy")."""
    return _translations(locale).gettext(message)


def ngettext(locale: str, singular: str, plural: str, count: int) -> str:
    """The singular or plural form the locale uses for `count`."""
    return _translations(locale).ngettext(singular, plural, count)


def format_day(value: datetime, locale: str) -> str:
    """A day as people read it: "2 December 2026" (British order) or "2 Rhagfyr 2026"."""
    return format_date(value, format="long", locale="en_GB" if locale == "en" else locale)
