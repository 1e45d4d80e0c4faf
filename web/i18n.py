"""Languages: English and Cymraeg, chosen by the URL (/cy/...), with gettext catalogues from Babel."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlencode

from babel.support import NullTranslations, Translations

from catalogue.vocabulary import N_ as N_  # defined once, in the catalogue; kept importable here

LOCALES = ("en", "cy")
DEFAULT_LOCALE = "en"
LOCALE_DIR = Path(__file__).resolve().parent / "locales"
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


@cache
def translations(locale: str) -> NullTranslations:
    """The compiled catalogue for a locale; English is the source language."""
    if locale == DEFAULT_LOCALE:
        return NullTranslations()
    catalogue = Translations.load(str(LOCALE_DIR), [locale], domain="messages")
    if not isinstance(catalogue, Translations):
        # Babel falls back silently; an English page under /cy would pass unnoticed.
        raise RuntimeError(f"no compiled {locale} catalogue: run `make translations`")
    return catalogue


def gettext_for(locale: str, message: str, **values: object) -> str:
    """Translate a message into the locale and fill in its %(name)s values."""
    text = translations(locale).gettext(message)
    return text % values if values else text


def locale_from_path(path: str) -> str:
    """'cy' for paths under /cy, else English."""
    return "cy" if path == "/cy" or path.startswith("/cy/") else DEFAULT_LOCALE


def strip_locale(path: str) -> str:
    """The language-neutral path: /cy/search -> /search, /cy -> /."""
    if path == "/cy":
        return "/"
    return path[3:] if path.startswith("/cy/") else path


def localise(path: str, locale: str) -> str:
    """The path in the given language: ('/search', 'cy') -> '/cy/search'."""
    neutral = strip_locale(path)
    if locale == DEFAULT_LOCALE:
        return neutral
    return "/cy" if neutral == "/" else f"/cy{neutral}"


def both(path: str) -> list[str]:
    """A route's paths in every language: '/search' -> ['/search', '/cy/search']."""
    return [localise(path, locale) for locale in LOCALES]


def with_query(path: str, params: list[tuple[str, str]] | None) -> str:
    """A path with a query string built from (name, value) pairs."""
    return f"{path}?{urlencode(params)}" if params else path
