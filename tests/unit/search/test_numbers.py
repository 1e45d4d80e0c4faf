"""Welsh nouns' two numbers, paired from the Welsh-English dictionary's tagged entries."""

from __future__ import annotations

from search.backend import Query
from search.embedded import EmbeddedSearchBackend
from search.glossary import parse_glossary
from search.lexicon import Translating, parse
from search.numbers import numbers, other_numbers
from tests.support.search_documents import search_document

ENTRIES = [
    ("pwnc", "n, s, m", ["subject  "]),
    ("pynciau", "n, p, m", ["subjects  "]),
    ("holiadur", "n, s, m", ["questionnaire"]),
    ("holiaduron", "n, p, m", ["questionnaires"]),
    # The same English, another word: 'testunau' is no plural of 'pwnc'.
    ("testunau", "n, p, m", ["subjects", " texts"]),
    # A verb is no singular ('blocio' is to block; 'blociau' are blocks, of 'bloc').
    ("blocio", "v", ["block"]),
    ("blociau", "n, p, m", ["blocks"]),
    ("bloc", "n, s, m", ["block"]),
    # Two singulars, as the dictionary sometimes has, are not each other's numbers.
    ("cwpan", "n, s, m", ["cup"]),
    ("cwpanaid", "n, s, m", ["cupful"]),
]


def test_a_plural_and_its_singular_are_paired_where_the_vowels_change():
    table = numbers(ENTRIES)
    assert table["pynciau"] == ("pwnc",)
    assert table["pwnc"] == ("pynciau",)
    assert table["holiaduron"] == ("holiadur",)
    assert table["blociau"] == ("bloc",)
    assert "testunau" not in table  # another stem
    assert "blocio" not in table  # a verb
    assert "cwpanaid" not in table and "cwpan" not in table


def test_a_mutated_form_finds_its_radical_s_numbers():
    table = numbers(ENTRIES)
    assert other_numbers("bynciau", table) == ("pwnc",)  # soft mutation of 'pynciau'
    assert other_numbers("pynciau", table) == ("pwnc",)
    assert other_numbers("xyz", table) == ()


WELSH_ENGLISH = """00-database-info
pwnc /pˈʊnk/ <n, s, m>
subject  (lesson)
pynciau /pˈʌnkjaɨ/ <n, p, m>
subjects  (lessons)
car /kˈar/ <n, s, m>
car
ceir /kˈɛɪr/ <n, p, m>
cars
"""
ENGLISH_WELSH = """00-database-info
car /kˈɑː/ <n>
car <n, s, m>
"""


def test_a_word_english_too_is_not_given_welsh_numbers():
    # As Lexicon.english() does not translate it: 'car' typed is the English word, not 'ceir'.
    source = Translating(parse_glossary("terms: []\n"), parse(WELSH_ENGLISH, ENGLISH_WELSH))
    assert source.other_numbers("car") == ()
    assert source.other_numbers("ceir") == ("car",)
    assert source.other_numbers("ngheir") == ("car",)  # its nasal mutation


def test_the_embedded_engine_finds_a_singular_for_a_plural_typed():
    lexicon = parse(WELSH_ENGLISH, ENGLISH_WELSH)
    docs = [
        search_document(1, "modelu-pwnc-demo", description="Demo"),
        search_document(2, "ceir-trydan", description="Gwybodaeth"),
    ]
    backend = EmbeddedSearchBackend(None, lexicon=lexicon)
    try:
        backend.rebuild(docs)
        assert [hit.id for hit in backend.search(Query(text="modelu pynciau")).hits] == [1]
        assert [hit.id for hit in backend.search(Query(text="pynciau")).hits] == [1]
        assert [hit.id for hit in backend.search(Query(text="car")).hits] == []
    finally:
        backend.close()
