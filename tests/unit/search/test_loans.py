"""Welsh loanwords read as the English words they come from (search/loans.py), both engines."""

from __future__ import annotations

from search.glossary import parse_glossary
from search.lexicon import Translating, parse
from search.loans import english_key, loan_table, loans, looks_welsh, untranslated, welsh_keys

ENGLISH = {"phoneme", "graphemes", "parse", "scripts", "format", "space"}


def table():
    return loan_table(ENGLISH | {"ffurflen"}, lambda word: word in ENGLISH)


def test_welsh_spellings_of_english_words_find_them():
    assert loans("ffonemau", table()) == ["phoneme"]
    assert loans("graffemau", table()) == ["graphemes"]
    assert loans("parsio", table()) == ["parse"]
    assert loans("sgriptiau", table()) == ["scripts"]
    assert loans("fformatau", table()) == ["format"]


def test_words_not_spelt_as_welsh_loans_are_left_alone():
    # A name ('spacy') or an English word is no loan; nor is a Welsh word of the index English.
    assert not looks_welsh("spacy") and loans("spacy", table()) == []
    assert loans("ffurflenni", table()) == []
    assert loans("ffon", table()) == []  # too short to tell


def test_both_spellings_meet_at_one_key():
    assert english_key("phonemes") == "fonem" == welsh_keys("ffonemau")[-1]
    assert english_key("scripts") == welsh_keys("sgriptiau")[-1] == "skript"


def test_only_words_nothing_translates_are_read_as_loans():
    glossary = parse_glossary("terms:\n  - en: [form]\n    cy: [ffurflen]\n")
    lexicon = parse(
        "00-database-info\nEurfa\nffeiliau /f/ <n>\nfiles\n",
        "00-database-info\nEnglish-Welsh\nformat /f/ <n>\nfformat <n>\n",
    )
    language = Translating(glossary, lexicon)
    assert untranslated("ffonemau", language)
    assert not untranslated("ffurflen", language)  # the glossary's
    assert not untranslated("ffeiliau", language)  # the dictionaries'
    assert not untranslated("format", language)  # English
