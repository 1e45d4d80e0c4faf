"""A body's brand spelt out in a question (search/brands.py), shared by both engines."""

from __future__ import annotations

from search.brands import spells, spelt_brands, starting_with, typed_words
from search.querytext import parse


def test_a_brand_is_its_words_beginnings_each_whole_or_three_letters_or_more():
    assert spells("impcymru", ["improvement", "cymru"])
    assert spells("impcymru", ["imp", "cymru"])
    assert spells("companieshouse", ["companies", "house"])
    assert not spells("impcymru", ["improvement", "wales"])
    assert not spells("impcymru", ["im", "pact", "cymru"])
    assert not spells("impcymru", ["improvement", "cymru", "charts"])  # every word used


def test_runs_of_neighbouring_words_spell_brands():
    starting = starting_with(["companieshouse", "impcymru"])
    parsed = parse("search companies house filings")
    found = spelt_brands(typed_words(parsed, parsed.content), starting)
    assert found == [([1, 2], "companieshouse")]
    # A stop word between breaks the run; a brand typed whole is no spelling of itself.
    parsed = parse("companies of house impcymru")
    assert spelt_brands(typed_words(parsed, parsed.content), starting) == []


def test_a_body_s_name_spells_its_brand_whatever_mutation_its_first_word_takes():
    # 'gan Gyfoeth Naturiol Cymru' (by Natural Resources Wales): 'Cyfoeth' mutates after 'gan'.
    starting = starting_with(["cyfoethnaturiolcymru"])
    for text in ("meddalwedd gan Gyfoeth Naturiol Cymru", "Cyfoeth Naturiol Cymru"):
        parsed = parse(text)
        found = spelt_brands(typed_words(parsed, parsed.content), starting)
        assert [brand for _, brand in found] == ["cyfoethnaturiolcymru"], text
    # Only the first word mutates: a later one mutated spells nothing.
    parsed = parse("Cyfoeth Naturiol Gymru")
    assert spelt_brands(typed_words(parsed, parsed.content), starting) == []
