"""A component's type reason in the page's language: stored in English, shown in Welsh too."""

from __future__ import annotations

from markupsafe import Markup, escape

from catalogue.classify import CONTENT_PHRASES, explain
from catalogue.welsh import text_language
from web.i18n import DEFAULT_LOCALE, translations


def type_reason(reason: str | None, locale: str) -> tuple[Markup, str]:
    """(HTML, language of the sentence): the reason translated when its wording is known.

    In a translated sentence a name or words quoted from the repository stay as they are, marked
    as English unless they surely read as Welsh: 'Mae’n disgrifio ei hun fel ‘this gem’' puts
    this gem in a span with lang="en". English pages show the stored sentence: one or two quoted
    words are too few to tell Welsh from English there ('addon' and 'docs' read as Welsh).
    """
    reason = reason or ""
    found = explain(reason) if locale != DEFAULT_LOCALE else None
    if found is None:
        return escape(reason), DEFAULT_LOCALE
    template, value = found
    catalogue = translations(locale)
    translated = catalogue.gettext(template)
    if translated == template:
        return escape(
            reason
        ), DEFAULT_LOCALE  # not translated yet: say so rather than mix languages
    if value is None:
        return escape(translated), locale
    if value in CONTENT_PHRASES:  # our own words ('a Go module with no main package')
        return escape(translated % {"value": catalogue.gettext(value)}), locale
    return escape(translated) % {"value": _quoted(value, locale)}, locale


def _quoted(value: str, locale: str) -> Markup:
    """Words quoted from the repository, marked with their language where it is not the page's."""
    # Too short to tell ('CLI', 'HCL'): taken as English, as nearly all harvested text is.
    language = text_language(value) or DEFAULT_LOCALE
    if language == locale:
        return escape(value)
    return Markup('<span lang="{}">{}</span>').format(language, value)
