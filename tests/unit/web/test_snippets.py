"""web/snippets.py: a definition beside a result is shown in the page's language."""

from __future__ import annotations

from search.definitions import load_definitions
from web.snippets import gloss_in, safe_snippet


def _entry(term: str):
    return next(entry for entry in load_definitions().entries if term in entry.terms)


def test_on_a_welsh_page_a_definition_matched_in_english_is_shown_in_welsh():
    entry = _entry("scheduling")
    marked = entry.en.replace("appointments", "<mark>appointments</mark>")
    shown, lang = gloss_in(marked, "cy", "system archebu apwyntiadau")
    assert lang == "cy"
    assert "<mark>apwyntiadau</mark>" in shown
    assert str(shown).replace("<mark>", "").replace("</mark>", "") == entry.cy


def test_a_definition_already_in_the_page_s_language_is_shown_as_the_engine_marked_it():
    entry = _entry("scheduling")
    marked = entry.en.replace("booking", "<mark>booking</mark>")
    assert gloss_in(marked, "en", "book an appointment") == (safe_snippet(marked), "en")
    cut = "…" + entry.cy[20:].replace("apwyntiadau", "<mark>apwyntiadau</mark>")
    assert gloss_in(cut, "cy", "apwyntiadau") == (safe_snippet(cut), "cy")


def test_without_the_question_s_words_in_it_the_page_s_language_is_shown_unmarked():
    entry = _entry("scheduling")
    shown, lang = gloss_in(entry.en.replace("rotas", "<mark>rotas</mark>"), "cy", "rotas")
    assert (str(shown), lang) == (entry.cy.replace("'", "&#39;"), "cy")


def test_a_snippet_that_is_no_definition_is_only_cleaned():
    shown, lang = gloss_in("<mark>x</mark><script>alert(1)</script><img src=x onerror=y>", "cy")
    assert str(shown) == "<mark>x</mark>" and lang == "en"
    assert gloss_in(None, "en") == (safe_snippet(""), "en")
