"""Half of a name written as one word ('stats' in 'statswales', 'tiff' in 'tiff2pdf') finds it, at
a third of a word's weight."""

from __future__ import annotations

import pytest

from search.backend import Query
from search.embedded import EmbeddedSearchBackend
from search.embedded.compounds import compound_parts
from tests.contract.search.test_search_contract import make_doc

VOCAB = {"stats": 4, "wales": 9, "gov": 5, "back": 3, "log": 3, "statswales": 2, "sun": 1}


def test_a_name_word_of_two_indexed_words_is_a_compound():
    parts = compound_parts(["statswales", "govwales", "sunwales"], VOCAB, lambda word: False)
    assert parts["stats"] == ("statswales",)
    assert parts["wales"] == ("statswales", "govwales")
    assert "sun" not in parts  # in too few index entries to be a word of its own


def test_a_word_of_the_dictionaries_is_never_split():
    assert compound_parts(["backlog"], {**VOCAB, "backlog": 1}, {"backlog"}.__contains__) == {}


def test_words_too_short_are_not_compounds():
    assert compound_parts(["govwale", "s3bucket"], VOCAB, lambda word: False) == {}


def test_words_joined_by_a_number_are_its_two_words():
    # 'tiff2pdf' is 'tiff' to 'pdf' whether or not the index holds the halves elsewhere.
    parts = compound_parts(["tiff2pdf", "word2vec"], VOCAB, lambda word: False)
    assert parts == {
        "tiff": ("tiff2pdf",),
        "pdf": ("tiff2pdf",),
        "word": ("word2vec",),
        "vec": ("word2vec",),
    }


@pytest.fixture
def backend():
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "statswales-frontend", description="The StatsWales website"),
            make_doc(2, "explore-stats", description="Explore local stats for Wales"),
            make_doc(3, "wales-stats-notes", readme="Notes on stats and Wales."),
            make_doc(4, "stats-tables", description="Tables of stats"),
            make_doc(5, "bed-board", description="Hospital bed management"),
        ]
    )
    yield engine
    engine.close()


def ranked(backend, text: str) -> list[int]:
    return [hit.id for hit in backend.search(Query(text=text)).hits]


def test_half_of_a_compound_name_finds_it(backend):
    found = ranked(backend, "stats")
    assert 1 in found
    assert found.index(1) > found.index(2)  # a name with the word itself comes first


def test_a_welsh_question_finds_it_through_the_translation(backend):
    assert 1 in ranked(backend, "ystadegau")  # the glossary: statistics, stats


def test_warming_works_out_the_compounds_once(backend):
    backend.warm()
    with backend._transaction() as conn:
        snapshot = backend._current(conn)
    assert snapshot._compounds is not None
    assert "statswales" in snapshot._compounds["stats"]
