"""A component's type reason in the page's language: stored in English, shown in Welsh too."""

from __future__ import annotations

from catalogue.classify import CONTENT_PHRASES, explain
from web.i18n import DEFAULT_LOCALE, translations


def type_reason(reason: str | None, locale: str) -> tuple[str, str]:
    """(text, language of the text): the reason translated when its wording is known."""
    reason = reason or ""
    found = explain(reason) if locale != DEFAULT_LOCALE else None
    if found is None:
        return reason, DEFAULT_LOCALE
    template, value = found
    catalogue = translations(locale)
    translated = catalogue.gettext(template)
    if translated == template:
        return reason, DEFAULT_LOCALE  # not translated yet: say so rather than mix languages
    if value is None:
        return translated, locale
    if value in CONTENT_PHRASES:
        value = catalogue.gettext(value)
    # Names, words and languages quoted from the repository stay as they are.
    return translated % {"value": value}, locale
