"""A Welsh question is looked for where its English one would be: the glossary's English in
READMEs too, and a dictionary's only translation of a word; a word of several senses is not, as
its wrong senses match long READMEs. A dictionary's translations stand for other words of their
stem and their other number, as a typed word does."""

from __future__ import annotations

import pytest

from search.backend import Query
from search.embedded import EmbeddedSearchBackend, ranking
from search.lexicon import Lexicon
from tests.contract.search.test_search_contract import make_doc

# 'cath' has two senses here; 'pellter' one.
LEXICON = Lexicon(
    {"cath": (("cat",), ("puss",)), "pellter": (("distance",),)}, frozenset({"cat", "distance"})
)


@pytest.fixture
def backend():
    engine = EmbeddedSearchBackend(None, lexicon=LEXICON)
    engine.index(
        [
            make_doc(1, "clinic-model", readme="The domain model: appointments and schedules."),
            make_doc(2, "bed-board", readme="Hospital bed management."),
            make_doc(3, "photo-viewer", readme="Shows a cat picture."),
            make_doc(4, "pet-finder", description="Find a lost cat."),
            make_doc(5, "snapper", readme="Stores the distance between two samples."),
        ]
    )
    yield engine
    engine.close()


def ranked(backend, text: str) -> list[int]:
    return [hit.id for hit in backend.search(Query(text=text)).hits]


@pytest.mark.parametrize("text", ["appointments", "apwyntiadau", "apwyntiad"])
def test_the_glossary_s_english_is_looked_for_in_readmes(backend, text):
    assert ranked(backend, text) == [1]


def test_a_translation_of_a_word_of_several_senses_is_looked_for_in_short_fields_only(backend):
    assert ranked(backend, "cat") == [4, 3]
    assert ranked(backend, "cath") == [4]


def test_a_word_s_only_translation_is_looked_for_in_readmes_too(backend):
    assert ranked(backend, "distance") == [5]
    assert ranked(backend, "pellter") == [5]


@pytest.mark.parametrize(
    ("welsh", "english", "form", "description"),
    [
        # 'swyddogion' is 'officers' in the dictionary; the description says 'officer'.
        ("swyddogion", "officers", "officer", "Company officer appointments"),
        # 'tablau' is 'tables'; the description says 'table'.
        ("tablau", "tables", "table", "Renders a table from JSON"),
    ],
)
def test_a_dictionary_translation_stands_for_other_forms_of_its_word(
    welsh, english, form, description
):
    lexicon = Lexicon({welsh: ((english,),)}, frozenset({english, form}))
    engine = EmbeddedSearchBackend(None, lexicon=lexicon)
    engine.index([make_doc(1, "component", description=description)])
    try:
        assert ranked(engine, welsh) == [1]
    finally:
        engine.close()


def test_welsh_word_order_ranks_the_english_phrase_in_the_other_order(monkeypatch):
    # 'ap iOS' is an iOS app: Welsh puts the modifier after its noun, English before it.
    engine = EmbeddedSearchBackend(None, lexicon=LEXICON)
    engine.index(
        [
            make_doc(1, "reader", description="The iOS app"),
            make_doc(2, "store", description="App for iOS"),
        ]
    )

    def scores() -> dict[int, float]:
        return {hit.id: hit.score for hit in engine.search(Query(text="ap iOS")).hits}

    try:
        ordered = scores()
        assert ordered[1] > ordered[2]
        monkeypatch.setattr(ranking.Ranker, "_reversed_phrases", lambda self, score, idf: None)
        unordered = scores()
        assert unordered[1] == unordered[2]
    finally:
        engine.close()
