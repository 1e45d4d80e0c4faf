"""Reading a need written out in sentences: which lead, which stand aside, and the words searched."""

from __future__ import annotations

import pytest

from search.querytext import STOPWORDS, parse, words
from search.sentences import FRAME, leading, read


def _says(sentence: str) -> str | None:
    said = [word for word in words(FRAME.sub(" ", sentence)) if word not in STOPWORDS]
    return " ".join(said) or None


def _leads(text: str) -> list[bool]:
    return [leads for _, _, leads in read(text, _says)]


def test_a_sentence_ends_at_a_stop_followed_by_a_space_not_inside_a_name():
    found = read("Send texts with gov.uk Notify from Node.js. Files in .po format!", _says)
    assert [sentence.strip() for sentence, _, _ in found] == [
        "Send texts with gov.uk Notify from Node.js.",
        "Files in .po format!",
    ]


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # Who is asking stands aside; the sentence that asks leads.
        ("We are a small team in a health board. Looking for an address lookup.", [False, True]),
        ("Tîm bach mewn cyngor ydw i. Oes rhywbeth i chwilio am gyfeiriad?", [False, True]),
        ("Tîm bach ydym ni. System archebu apwyntiadau.", [False, True]),
        # Nothing asks: the sentence beside the conditions says the need.
        ("An address lookup. It must be open source.", [True, False]),
        ("Rhaid iddo fod yn ddwyieithog. System archebu apwyntiadau.", [False, True]),
        # 'It needs to …' sets a condition of the thing; it does not ask.
        ("Can you recommend an address lookup? It needs to run on our servers.", [True, False]),
        ("Chwilio am gyfeiriad. Mae angen iddo redeg ar ein gweinyddion.", [True, False]),
        # 'Hoffem' (we would like) does not ask: reusing is what every need here would rather do.
        (
            "System archebu apwyntiadau. Rydym yn dîm yn y cyngor a hoffem ailddefnyddio gwaith.",
            [True, False],
        ),
        # 'What we need:' asks for the sentence after it.
        ("Our council is small. What we need: an address lookup.", [False, True]),
        # Sentences that all say the need, or none that stands aside: none is set apart.
        ("Address lookup. Postcode search.", [False, False]),
    ],
)
def test_the_sentences_that_lead(text, leads):
    assert _leads(text) == leads


def test_leading_joins_the_sentences_that_lead_without_the_words_that_frame_a_request():
    found = leading("We are a team in a health board. We need an address lookup.", _says)
    assert found.split() == ["an", "address", "lookup."]
    welsh = "Tîm bach ydym ni. Rydym yn chwilio am wasanaeth i chwilio am gyfeiriad."
    # 'Chwilio am' after 'yn' frames the request; after 'i' it is the service's job.
    assert leading(welsh, _says).split() == ["wasanaeth", "i", "chwilio", "am", "gyfeiriad."]


@pytest.mark.parametrize(
    "text",
    [
        "address lookup",
        "Address lookup. Postcode search.",
        "pa eiriau sydd fwyaf cyffredin",
        # Every sentence leads: the text is read whole.
        "Is there an address lookup? Is there a postcode search?",
    ],
)
def test_a_text_with_nothing_set_apart_is_read_whole(text):
    assert leading(text, _says) is None


def test_the_query_parser_reads_a_written_out_need_by_its_leading_sentences():
    parsed = parse("We are a small digital team in a health board. Looking for an address lookup.")
    assert parsed.content_words == ["address", "lookup"]
    # Conditions stand aside too, and a question inside quotes is read as typed.
    assert parse("Address lookup. It must be open source.").content_words == ["address", "lookup"]
    quoted = parse('We are a team. Looking for "address lookup".')
    assert "team" in quoted.content_words
    # Nothing left but the words that frame a request: the need is read whole.
    assert "team" in parse("We are a team in a health board. We need something.").content_words
