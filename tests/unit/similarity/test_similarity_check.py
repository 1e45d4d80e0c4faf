"""'Check before you build': clear errors for bad input, useful answers in English and Welsh."""

import pytest

from search.lexicon import parse
from search.similarity.check import MAX_CHARS, CheckIndex, CheckInputError, clean_description
from search.similarity.items import SimilarityItem


@pytest.fixture(scope="module")
def index(snapshot_items):
    return CheckIndex(snapshot_items)


@pytest.mark.parametrize("text", [None, "", "   \n\t ", "!!! ??? ...", b"", "🙂" * 1000])
def test_empty_descriptions_are_refused(text):
    with pytest.raises(CheckInputError) as error:
        clean_description(text)
    assert error.value.code == "empty"
    assert "Describe" in error.value.message


def test_over_long_descriptions_are_refused_before_any_work():
    with pytest.raises(CheckInputError) as error:
        clean_description("a" * (MAX_CHARS + 1))
    assert error.value.code == "too_long"
    assert "5,000" in error.value.message
    assert clean_description("a" * MAX_CHARS) == "a" * MAX_CHARS


@pytest.mark.parametrize(
    "text",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "text with a NUL \x00 in it",
        "\x01\x02\x03\x04 control characters \x05\x06\x07",
        "broken \ufffd\ufffd\ufffd decoding",
    ],
)
def test_binary_input_is_refused(text):
    with pytest.raises(CheckInputError) as error:
        clean_description(text)
    assert error.value.code == "binary"


def test_utf8_bytes_and_welsh_accents_are_accepted():
    assert (
        clean_description("Gwasanaeth i’r cyhoedd â ŵ ŷ".encode()) == "Gwasanaeth i’r cyhoedd â ŵ ŷ"
    )


def test_an_english_description_finds_existing_design_systems(index):
    matches = index.check("We want to build a component library of accessible UI components")
    names = [m.full_name for m in matches]
    assert len(matches) <= 10
    assert sum("design-system" in n or "component-library" in n for n in names[:5]) >= 3
    assert matches[0].terms and matches[0].score >= matches[-1].score


def test_a_welsh_description_finds_welsh_speech_recognition(index):
    matches = index.check("Rydym am greu ap adnabod lleferydd Cymraeg i drawsgrifio cyfarfodydd")
    assert matches
    assert all(m.organisation == "bangor-university-techiaith" for m in matches[:5])
    assert "speech recognition" in matches[0].terms


def test_an_english_description_finds_components_described_only_in_welsh(index):
    matches = index.check("Welsh speech recognition")
    assert any("adnabod" in m.full_name or "kaldi" in m.full_name for m in matches[:10])


def test_an_organisation_can_leave_out_its_own_components(index):
    matches = index.check("address lookup service", exclude_organisation="dvla")
    assert matches and all(m.organisation != "dvla" for m in matches)


@pytest.mark.parametrize(
    "text",
    [
        "x" * MAX_CHARS,
        "(a+)+$ [[[ ((( \\\\ .*.*.*",
        " ".join(["word"] * 1000),
        "🙂 emoji " * 500,
        "zzqx vvkj",
    ],
)
def test_odd_input_gives_an_answer_not_an_error(index, text):
    assert isinstance(index.check(text), list)


def test_an_empty_catalogue_answers_nothing():
    assert CheckIndex([]).check("anything at all") == []


def test_a_welsh_description_finds_english_components_through_the_lexicon():
    lexicon = parse("ffermydd /x/ <n, p, f>\nfarms\n", "")
    items = [
        SimilarityItem(
            id=1,
            full_name="a/crop-forecasts",
            name="crop-forecasts",
            organisation="a",
            sector="health",
            description="Crop forecasts for farms and growers",
        ),
        SimilarityItem(
            id=2,
            full_name="b/address-lookup",
            name="address-lookup",
            organisation="b",
            sector="health",
            description="Find an address from a postcode",
        ),
    ]
    found = CheckIndex(items, lexicon=lexicon).check("Rhagolygon i ffermydd")
    assert [match.full_name for match in found] == ["a/crop-forecasts"]
    assert "farm" in " ".join(found[0].terms)
