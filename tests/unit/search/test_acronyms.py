"""Acronyms spelt out in a question (search/acronyms.py), shared by both engines."""

from __future__ import annotations

import pytest

from search.acronyms import ACRONYM_WEIGHT, acronym_candidates, acronym_synonyms
from search.glossary import parse_glossary
from search.lexicon import EMPTY, Translating, parse
from search.querytext import Synonym
from search.querytext import parse as parse_query

WELSH_ENGLISH = "00-database-info\nEurfa\ncofrestr /k/ <n>\nregister\n"
ENGLISH_WELSH = "00-database-info\nEnglish-Welsh\nmap /m/ <n>\nmap <n>\n"


@pytest.fixture
def language():
    glossary = parse_glossary(
        "terms:\n  - en: [text to speech, tts]\n    cy: [testun i leferydd]\n"
    )
    return Translating(glossary, parse(WELSH_ENGLISH, ENGLISH_WELSH))


def candidates(text: str, language) -> list[str]:
    return [initials for _, _, initials in acronym_candidates(parse_query(text), language)]


def test_the_initials_of_a_question_in_full_words_are_asked_for(language):
    # The whole question, and runs of all its words but one.
    assert candidates("National Hip Fracture Database", language) == ["nhf", "nhfd", "hfd"]
    # Small joining words may count or not: 'Office for National Statistics' is ONS.
    assert {"ons", "ofns"} <= set(candidates("office for national statistics", language))
    # One word of the question may lie outside the long form ('scenarios').
    assert "ltt" in candidates("land transaction tax scenarios", language)


def test_chance_initials_are_not_asked_for(language):
    # A need told in many words, a word of either language, a glossary term, a Welsh long form.
    assert candidates("help staff get their code off shared drives", language) == []
    assert candidates("make a plan", language) == []  # 'map' is a word
    assert candidates("tell the story", language) == []  # too few words around stop words
    assert candidates("text to speech", language) == []  # the glossary already knows 'tts'
    assert candidates("cofrestr data wales", language) == []  # 'cofrestr' is Welsh
    assert candidates('"national hip" fracture database', language) == []  # a phrase


def test_the_index_decides_which_candidates_stand_for_the_words(language):
    parsed = parse_query("National Hip Fracture Database")
    assert acronym_synonyms(parsed, language, {"nhfd"}.__contains__) == [
        Synonym(0, 4, ("nhfd",), ACRONYM_WEIGHT)
    ]
    assert acronym_synonyms(parsed, language, set().__contains__) == []
    assert candidates(
        "national hip fracture database", Translating(parse_glossary("terms: []"), EMPTY)
    )
