"""Shared terms on Welsh pages: concept labels in Welsh, words as found and marked English (issue 18)."""

from __future__ import annotations

from web.routes.insight import translate_terms


def test_only_concept_labels_are_translated():
    # 'component' and 'stable' are msgids too: gettext would have made them 'gydran' and 'sefydlog'.
    terms = translate_terms(("component", "address lookup", "stable", "component"), "cy")
    assert [(str(term), term.lang) for term in terms] == [
        ("component", "en"),
        ("chwilio am gyfeiriad", "cy"),
        ("stable", "en"),
    ]


def test_english_pages_keep_every_term_as_it_is():
    terms = translate_terms(("component", "address lookup"), "en")
    assert [(str(term), term.lang) for term in terms] == [
        ("component", "en"),
        ("address lookup", "en"),
    ]
