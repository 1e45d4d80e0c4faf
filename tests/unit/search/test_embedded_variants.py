"""Variants of a question's words that would answer another question are never looked for: a
Welsh mutation that is a stop word, and a phrase that is one word but for stop words in READMEs.
And the correction of a word the index lacks is looked for wherever the word would have been."""

from __future__ import annotations

import pytest

from search.backend import Query
from search.embedded import EmbeddedSearchBackend
from tests.contract.search.test_search_contract import make_doc


@pytest.fixture
def backend():
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "gis-viewer", description="Maps for GIS data"),
            make_doc(2, "notes", description="This is a note taker"),
            make_doc(3, "audit-trail", readme="Write a log in JSON for each request."),
            make_doc(4, "sso", description="Sign in with one account"),
            make_doc(5, "pipeline", description="Fast CIs for every team"),
            make_doc(6, "ward-list", description="Rhestr o gynghorau"),
            make_doc(7, "reminders", readme="Sends a text message to each patient."),
            make_doc(8, "archive", readme="The text of each message is stored."),
        ]
    )
    yield engine
    engine.close()


def ranked(backend, text: str) -> list[int]:
    """The components the words find (meaning may add others in so small a catalogue)."""
    return [hit.id for hit in backend.search(Query(text=text)).hits if not hit.by_meaning]


def test_a_mutation_that_is_a_stop_word_is_not_looked_for(backend):
    # Soft mutation drops a 'g', but 'gis' is not 'is'.
    assert ranked(backend, "gis") == [1]


def test_an_english_word_takes_no_welsh_mutation(backend):
    # 'gis' (GIS) is English: it is not a soft-mutated 'cis' ('CIs'); a Welsh word still is.
    assert ranked(backend, "gis") == [1]
    assert ranked(backend, "cynghorau") == [6]


def test_a_phrase_of_one_word_and_stop_words_is_not_looked_for_in_readmes(backend):
    # 'login' has the glossary's 'log in' and 'sign in': READMEs keep no word positions, so
    # there 'log in' would be any README that says 'log'.
    assert ranked(backend, "login") == [4]


def test_a_phrase_in_a_readme_is_its_words_in_order(backend):
    # 'sms' has the glossary's 'text message': README 8 has both words, apart.
    assert ranked(backend, "sms") == [7]


def test_a_word_the_index_lacks_is_corrected_everywhere_it_would_be_found():
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "queue-client", description="A rabbitmq client"),
            make_doc(2, "survey-runner", readme="Answers are sent on through rabbitmq."),
            make_doc(3, "address-api", description="Find an address"),
            make_doc(4, "case-notes", readme="Each address is checked."),
        ]
    )
    try:
        # 'rabitmq' is in no index entry: its nearest correction is looked for in READMEs too.
        assert ranked(engine, "rabitmq") == [1, 2]
        assert ranked(engine, "adress") == [3, 4]  # likewise
        assert ranked(engine, "address") == [3, 4]
    finally:
        engine.close()


def test_a_word_finds_its_other_number_in_names_and_descriptions():
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "gallery", description="Widgets for dashboards"),
            make_doc(2, "corpus-notes", readme="Widgets are drawn here."),
            make_doc(3, "widget-builder", description="Build a widget"),
        ]
    )
    try:
        assert ranked(engine, "widget ") == [3, 1]  # the plural in names, not in READMEs
        found = ranked(engine, "widgets ")
        assert sorted(found[:2]) == [1, 3] and found[2:] == [2]
    finally:
        engine.close()


def test_a_welsh_plurals_stem_finds_the_words_derived_from_it():
    # 'atalnodau' (punctuation marks) is 'atalnod' and more; 'atalnodi' (punctuate) is the
    # same stem, though the catalogue never writes the singular.
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "atalnodi-server", description="Gweinydd atalnodi"),
            make_doc(2, "notes", description="Nodiadau tîm"),
        ]
    )
    try:
        assert ranked(engine, "atalnodau ") == [1]
    finally:
        engine.close()
