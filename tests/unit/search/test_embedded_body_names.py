"""A word of a body's name lifts that body's components only when the question names the body."""

from __future__ import annotations

import pytest

from search.backend import Query
from search.embedded import EmbeddedSearchBackend
from tests.contract.search.test_search_contract import make_doc

ONS = {
    "organisation": "ons",
    "organisation_name": "Office for National Statistics",
    "organisation_name_cy": "Swyddfa Ystadegau Gwladol",
    "organisation_aliases": ["ons", "sygc"],
    "owner": "ONSdigital",
}


@pytest.fixture
def backend():
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "chart-kit", description="Charts for web pages", **ONS),
            make_doc(2, "plotter", readme="Draws charts of official statistics."),
            make_doc(3, "bed-board", description="Hospital bed management"),
        ]
    )
    yield engine
    engine.close()


def ranked(backend, text: str) -> list[int]:
    return [hit.id for hit in backend.search(Query(text=text)).hits]


def test_one_word_of_a_body_s_name_counts_half_a_word(backend):
    # 'statistics' is only in the name of chart-kit's body; plotter's README says it draws
    # statistics, if only in its README.
    assert ranked(backend, "statistics") == [2, 1]
    assert ranked(backend, "national") == [1]  # still found, when nothing else matches


def test_two_words_of_a_body_s_name_name_the_body(backend):
    assert ranked(backend, "national statistics charts") == [1, 2]
    assert ranked(backend, "ystadegau gwladol charts") == [1, 2]


@pytest.mark.parametrize("text", ["ons charts", "onsdigital charts", "sygc charts"])
def test_an_acronym_or_owner_names_the_body(backend, text):
    assert ranked(backend, text) == [1, 2]


def test_a_word_naming_any_software_finds_nothing_of_its_own():
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "design-system", description="A design system of components"),
            make_doc(2, "clinic-bookings", description="Book appointments at a clinic"),
            make_doc(3, "booking-service", description="Appointment booking service"),
        ]
    )
    try:
        # 'system' says what kind of thing; 'appointment' says which.
        assert sorted(ranked(engine, "appointment system")) == [2, 3]
        assert ranked(engine, "appointment service")[0] == 3  # it still ranks what others find
        assert ranked(engine, "system") == [1]  # alone, it is the question
        assert ranked(engine, '"design system"') == [1]
    finally:
        engine.close()


def test_a_question_that_is_a_body_s_name_lists_its_components_first():
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "chart-kit", description="Charts for web pages", **ONS),
            # Every word, one of them in its own name: without the bonus, this comes first.
            make_doc(2, "ystadegau", description="Nodiadau swyddfa ar ddata gwladol"),
        ]
    )
    try:
        assert ranked(engine, "swyddfa ystadegau gwladol")[0] == 1
    finally:
        engine.close()


def test_a_brand_spelt_out_from_its_words_beginnings_names_the_body():
    brand = {"organisation": "phw", "organisation_name": "Public Health Wales", "owner": "impcymru"}
    engine = EmbeddedSearchBackend(None)
    engine.index(
        [
            make_doc(1, "chart-formatter", description="Charts in the house style", **brand),
            # Both words, one in its description, one in its body's name: without the rule, first.
            make_doc(2, "snapper", description="A speed improvement", organisation_name="Cymru"),
        ]
    )
    try:
        assert ranked(engine, "Improvement Cymru") == [1, 2]
        assert ranked(engine, "imp cymru") == [1, 2]
        # Beginnings shorter than three letters are not taken for a brand's ('i cymru').
        assert 1 not in ranked(engine, "i mcymru")
    finally:
        engine.close()
