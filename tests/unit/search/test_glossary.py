"""The bilingual glossary: size, shape, and the pairs the issue names."""

from __future__ import annotations

import pytest

from search.glossary import load_glossary, parse_glossary


def test_the_glossary_holds_at_least_150_bilingual_entries():
    glossary = load_glossary()
    assert len(glossary) >= 150
    assert all(entry.en for entry in glossary.entries)
    assert sum(1 for entry in glossary.entries if entry.cy) >= 150


@pytest.mark.parametrize(
    ("english", "welsh"),
    [
        ("bin", "gwastraff"),
        ("council", "cyngor"),
        ("health", "iechyd"),
        ("form", "ffurflen"),
        ("address", "cyfeiriad"),
        ("appointment", "apwyntiad"),
        ("payment", "taliad"),
        ("housing", "tai"),
        ("planning", "cynllunio"),
        ("school", "ysgol"),
        ("speech", "lleferydd"),
        ("translation", "cyfieithu"),
        ("spell checker", "gwirydd sillafu"),
        ("design system", "system ddylunio"),
    ],
)
def test_named_pairs_are_synonyms_both_ways(english, welsh):
    glossary = load_glossary()
    assert tuple(welsh.split()) in glossary.synonyms(tuple(english.split()))
    assert tuple(english.split()) in glossary.synonyms(tuple(welsh.split()))


def test_synonym_sets_are_folded_for_engines():
    sets = load_glossary().synonym_sets()
    assert ["health", "iechyd"] in sets
    assert all(term == term.lower() for terms in sets for term in terms)


def test_a_malformed_entry_is_refused():
    with pytest.raises(ValueError, match="entry 2"):
        parse_glossary("terms:\n  - {en: [a], cy: [b]}\n  - {cy: [c]}\n")


def test_a_term_is_known_as_english_welsh_or_both():
    glossary = parse_glossary(
        "terms:\n  - {en: [gis, map], cy: [map, gofodol]}\n  - {en: [bin], cy: [bin]}\n"
    )
    assert glossary.language_of("gis") == {"en"} and glossary.english_only("gis")
    assert glossary.language_of("map") == {"en", "cy"} and not glossary.english_only("map")
    assert glossary.language_of("gofodol") == {"cy"} and not glossary.english_only("gofodol")
    assert glossary.language_of("ngofodol") == set()  # as written only, no mutation


def test_the_dictionaries_add_english_and_welsh_words():
    from search.lexicon import Lexicon, Translating

    lexicon = Lexicon({"cath": (("cat",),)}, frozenset({"cat", "gis"}), frozenset({"cath"}))
    translating = Translating(parse_glossary("terms:\n  - {en: [map], cy: [map]}\n"), lexicon)
    assert translating.english_only("gis") and translating.english_only("cat")
    assert not translating.english_only("cath") and not translating.english_only("gath")
    assert not translating.english_only("map")


def test_an_english_plural_finds_its_singular_but_not_a_welsh_word_spelt_so():
    glossary = parse_glossary(
        "terms:\n  - en: [cloud]\n    cy: [cwmwl]\n  - en: [children, child]\n    cy: [plant]\n"
    )
    assert glossary.synonyms(("clouds",)) == [("cloud",), ("cwmwl",)]
    # 'plants' is no plural of the Welsh 'plant' (children).
    assert glossary.synonyms(("plants",)) == []
    assert glossary.mutated_only(("blant",))  # soft-mutated 'plant'
    assert not glossary.mutated_only(("plant",))


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("searches", "search"), ("glossaries", "glossary"), ("censuses", "census")],
)
def test_an_english_plural_in_es_or_ies_finds_its_singular_s_entry(plural, singular):
    glossary = load_glossary()
    assert glossary.synonyms((plural,))
    assert set(glossary.synonyms((plural,))) - {(singular,)} <= set(glossary.synonyms((singular,)))
