"""Welsh initial mutations: every form of a word finds the others."""

from __future__ import annotations

import pytest

from search.welsh import family, is_mutated, mutations, radicals


@pytest.mark.parametrize(
    ("radical", "soft", "nasal", "aspirate"),
    [
        ("cyngor", "gyngor", "nghyngor", "chyngor"),
        ("pen", "ben", "mhen", "phen"),
        ("tref", "dref", "nhref", None),
        ("gwasanaeth", "wasanaeth", "ngwasanaeth", None),
        ("bwrdd", "fwrdd", "mwrdd", None),
        ("dinas", "ddinas", "ninas", None),
        ("mam", "fam", None, None),
        ("llyfr", "lyfr", None, None),
        ("rhaglen", "raglen", None, None),
    ],
)
def test_each_mutation_of_a_radical_is_generated(radical, soft, nasal, aspirate):
    forms = mutations(radical)
    for form in (soft, nasal, aspirate):
        if form:
            assert form in forms


@pytest.mark.parametrize(
    "group",
    [
        {"gwasanaeth", "wasanaeth", "ngwasanaeth"},
        {"cyngor", "gyngor", "nghyngor", "chyngor"},
        {"lleferydd", "leferydd"},
        {"gwirydd", "wirydd"},
        {"testun", "destun", "nhestun", "thestun"},
    ],
)
def test_every_form_of_a_word_belongs_to_the_same_family(group):
    for word in group:
        assert group <= family(word), word


def test_letters_that_do_not_mutate_are_left_alone():
    assert mutations("chwarae") == set()
    assert mutations("ffordd") == set()
    assert "lleferydd" not in mutations("lleferydd")
    assert "glleferydd" not in family("lleferydd")


def test_forms_only_mutation_produces_are_never_their_own_radical():
    assert is_mutated("nghyngor")
    assert "nghyngor" not in radicals("nghyngor")
    assert radicals("nghyngor") == {"cyngor"}
    assert not is_mutated("cyngor")


def test_short_words_and_numbers_stay_as_they_are():
    assert family("yn") == frozenset({"yn"})
    assert family("v2") == frozenset({"v2"})
