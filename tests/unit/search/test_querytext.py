"""Reading typed queries: folding, words, phrases, prefixes, stop words, synonyms, validation."""

from __future__ import annotations

import pytest

from search.backend import InvalidQueryError, Query
from search.glossary import load_glossary
from search.querytext import MAX_ALL_WORDS, MAX_WORDS, fold, parse, spans, validate, words


def test_folding_lowers_case_and_drops_diacritics():
    assert fold("Gŵyl Tŷ Cân ÂÔ") == "gwyl ty can ao"
    assert fold("ﬁle") == "file"


def test_words_split_like_the_fts5_tokenizer():
    assert words("DesignSystem-cy_toolkit v2.0, 'quoted'") == [
        "designsystem",
        "cy",
        "toolkit",
        "v2",
        "0",
        "quoted",
    ]
    assert spans("Gŵyl fawr") == [(0, 4, "gwyl"), (5, 9, "fawr")]


def test_quotes_make_phrases_and_unbalanced_quotes_are_ignored():
    parsed = parse('forms "design system" "maps')
    assert [(g.words, g.phrase) for g in parsed.groups] == [
        (("forms",), False),
        (("design", "system"), True),
        (("maps",), False),
    ]
    assert parsed.cleaned() == 'forms "design system" maps'


def test_languages_written_with_symbols_are_spelt_in_letters():
    assert words("C# and C++ on ASP.NET, F#") == [
        "csharp",
        "and",
        "cpp",
        "on",
        "asp",
        "dotnet",
        "fsharp",
    ]
    assert words("abc#def example.network c++11") == ["abc", "def", "example", "network", "c", "11"]


def test_operators_become_plain_words():
    parsed = parse("NEAR(forms, maps) AND -x OR *")
    assert parsed.words == ["near", "forms", "maps", "and", "x", "or"]


def test_the_last_word_is_a_prefix_unless_a_space_follows():
    assert parse("design sys").groups[-1].prefix
    assert not parse("design sys ").groups[-1].prefix
    assert not parse('"design system"').groups[-1].prefix


def test_a_last_word_typed_in_capitals_is_an_acronym_not_a_prefix():
    assert not parse("ACC").groups[-1].prefix  # Awdurdod Cyllid Cymru, not 'account' begun
    assert not parse("tax NHS2").groups[-1].prefix
    assert parse("Acc").groups[-1].prefix
    assert parse("plan B").groups[-1].prefix  # one capital letter is no acronym
    assert not parse("A" * 5000).groups[-1].prefix


def test_stop_words_are_marked_but_kept_when_alone():
    parsed = parse("book an appointment")
    assert [g.stop for g in parsed.groups] == [False, True, False]
    assert parsed.content_words == ["book", "appointment"]
    assert parse("the").content_words == ["the"]
    # Welsh too: 'ar gyfer' and 'er mwyn' are 'for'; 'rhywbeth' is 'something'.
    assert parse("rhywbeth ar gyfer apwyntiadau").content_words == ["apwyntiadau"]
    assert parse("something for appointments").content_words == ["appointments"]


def test_welsh_function_words_and_clitics_are_stop_words_but_r_the_language_is_not():
    # 'mewn' (in), 'yng' (in), 'efo' (with), 'dw' (am), 'n and 'u written onto a word.
    parsed = parse("amlder geiriau mewn testunau, timau'n eu defnyddio efo spaCy")
    assert parsed.content_words == ["amlder", "geiriau", "testunau", "timau", "defnyddio", "spacy"]
    # The article 'r written onto a word is no word; the language R is one.
    assert words("cyfieithu i'r Gymraeg gyda’r testun") == [
        "cyfieithu",
        "i",
        "gymraeg",
        "gyda",
        "testun",
    ]
    assert parse("cwrs R i ddechreuwyr").content_words == ["cwrs", "r", "ddechreuwyr"]
    assert words("R package") == ["r", "package"]


def test_long_queries_are_cut_to_a_budget_of_words():
    assert len(parse("word " * 500).groups) == MAX_WORDS
    assert parse("x" * 5000).words == ["x" * 1000]


def test_stop_words_do_not_spend_the_budget_a_plain_description_of_a_need_is_read_with():
    need = "a way for colleagues to rate each other against the organisation's values"
    parsed = parse(need)
    # Thirteen words, seven of them stop words or a possessive's 's': every one is read.
    assert parsed.words[-1] == "values"
    assert (
        parsed.cleaned(stop_words=False)
        == "way colleagues rate each other against organisation values"
    )
    assert (
        parsed.cleaned()
        == "a way for colleagues to rate each other against the organisation s values"
    )
    many = " ".join(f"w{n} the" for n in range(20))
    assert parse(many).content_words == [f"w{n}" for n in range(MAX_WORDS)]
    # Stop words alone are bounded too: a thousand characters of them are not read one by one.
    assert len(parse("the " * 250).groups) == MAX_ALL_WORDS
    # Quoted, a stop word is part of the phrase and stays.
    assert parse('"wedi i" for the x').cleaned(stop_words=False) == '"wedi i" x'


def test_glossary_terms_bring_synonyms_for_the_words_they_span():
    parsed = parse("welsh spell checker", load_glossary())
    spans_ = {(s.start, s.stop, " ".join(s.words)) for s in parsed.synonyms}
    assert (1, 3, "gwirydd sillafu") in spans_
    assert (0, 1, "cymraeg") in spans_


def test_a_mutated_welsh_word_still_finds_its_glossary_entry():
    parsed = parse("nghyngor", load_glossary())
    assert ("council",) in {s.words for s in parsed.synonyms}


@pytest.mark.parametrize(
    "query",
    [
        Query(sort="stars"),
        Query(page=0),
        Query(per_page=0),
        Query(per_page=101),
        Query(page=1001, per_page=10),
        Query(filters={"colour": ("red",)}),
    ],
)
def test_validation_refuses_what_cannot_run(query):
    with pytest.raises(InvalidQueryError):
        validate(query)


def test_validation_accepts_ordinary_queries():
    validate(Query(text="x", page=3, per_page=100, sort="name", filters={"topic": ("a",)}))
