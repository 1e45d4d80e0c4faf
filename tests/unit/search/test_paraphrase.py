"""A question that reads like one definition, and no other, is read as that definition's term."""

from __future__ import annotations

from dataclasses import replace

from search.backend import Reading
from search.definitions import Definition, Definitions
from search.paraphrase import Paraphrases, paraphrased

FEEDBACK = Definition(
    ("360 feedback", "adborth 360"),
    "Collects views about a member of staff from their colleagues, often measured against the "
    "organisation's values, and combines the answers into a feedback report.",
    "Casglu barn am aelod o staff gan ei gydweithwyr, yn aml yn erbyn gwerthoedd y sefydliad.",
)
RATE_LIMIT = Definition(
    ("rate limiter",),
    "Stops one caller sending too many requests to a server at once.",
    "",
)
STAFF_ROTA = Definition(
    ("rota",),
    "Plans which member of staff works when.",
    "",
)
DEFINED = Paraphrases(Definitions([FEEDBACK, RATE_LIMIT, STAFF_ROTA]))


def test_a_question_reading_like_one_definition_is_that_definition():
    found = DEFINED.of("a way for colleagues to rate each other against the organisation's values")
    assert found is not None and found.definition is FEEDBACK
    # Its words that the definition uses, in the question's order ('rate' is another's).
    assert found.words == ("colleagues", "against", "organisation", "values")
    # Shown without the words that only say how the need is put ('against').
    assert found.reading == Reading(
        "colleagues organisation values", ("360 feedback",), "definition"
    )


def test_a_reading_of_function_words_alone_shows_them():
    found = replace(DEFINED.of("colleagues against organisation values"), words=("against",))
    assert found.reading.words == "against"


def test_welsh_words_are_matched_by_their_radical():
    # 'gydweithwyr' and 'werthoedd' are soft mutations of the definition's words.
    found = DEFINED.of("rhoi adborth i gydweithwyr yn ôl gwerthoedd y sefydliad")
    assert found is not None and found.definition is FEEDBACK


def test_a_question_that_names_the_term_is_left_to_its_words():
    assert DEFINED.of("360 feedback for colleagues against our values") is None
    assert DEFINED.of("offeryn adborth 360 i gydweithwyr") is None


def test_a_question_two_definitions_fit_alike_reads_as_neither():
    # 'staff' is in two definitions, 'member' too: neither leads.
    assert DEFINED.of("member of staff") is None


def test_one_word_or_a_thin_match_is_not_enough():
    assert DEFINED.of("colleagues") is None  # one word
    # Two words of a long question: well under half of its rarity.
    assert DEFINED.of("colleagues values parking permits tennis courts library loans") is None


def test_the_installed_definitions_read_everyday_words_as_jargon():
    (reading,) = paraphrased(
        "a way for colleagues to rate each other against the organisation's values"
    )
    assert reading.read_as == ("360 feedback",)
    assert paraphrased("address lookup") == []
    assert paraphrased("") == []


def test_a_word_that_names_any_software_does_not_make_up_the_two_words():
    pas = Definition(
        ("patient administration system",),
        "Keeps patients' details, appointments and referrals in one system.",
        "",
    )
    defined = Paraphrases(Definitions([pas, RATE_LIMIT, STAFF_ROTA]))
    # 'system' names any software: 'appointments' alone is one word.
    assert defined.of("appointments system") is None
    assert defined.of("patients appointments and referrals").definition is pas


OCR = Definition(
    ("ocr",),
    "Reads the words in scanned paper forms, photos or images of documents and turns them into "
    "text.",
    "Darllen y geiriau mewn ffurflenni papur wedi'u sganio a'u troi'n destun.",
)
NEWS = Definition(("blog",), "Publishes news posts on a website.", "Cyhoeddi newyddion ar wefan.")
NUMBERED = Paraphrases(Definitions([OCR, NEWS, RATE_LIMIT]))


def test_a_word_is_found_in_its_other_english_number():
    # 'photo' and 'form' are 'photos' and 'forms' in the definition.
    found = NUMBERED.of("pull the words out of a photo of a scanned form")
    assert found is not None and found.definition is OCR
    assert found.words == ("words", "photo", "scanned", "form")


def test_welsh_numbers_come_from_the_dictionarys_pairs_not_endings():
    # By endings alone 'newydd' (new) would be 'newyddion' (news): no Welsh number is guessed.
    assert NUMBERED.of("hen wefan newydd") is None
    pairs = {"ffurflen": ("ffurflenni",), "gair": ("geiriau",)}
    found = NUMBERED.of("darllen gair ar ffurflen", lambda word: pairs.get(word, ()))
    assert found is not None and found.definition is OCR
    assert NUMBERED.of("darllen gair ar ffurflen") is None


MAINTENANCE = Definition(
    ("maintenance page",), "A holding page people see when a service is offline.", ""
)
TRANSCRIPTION = Definition(("live transcription",), "Shows the words while someone speaks.", "")
OFFLINE = Paraphrases(Definitions([MAINTENANCE, TRANSCRIPTION, RATE_LIMIT, STAFF_ROTA]))


def test_words_that_only_frame_the_need_weigh_little(monkeypatch):
    question = "show a holding page whilst the service is down, while we work on it"
    found = OFFLINE.of(question)
    assert found is not None and found.definition is MAINTENANCE
    # Weighed in full, the rare 'while' (beside 'show') makes the other definition as likely.
    monkeypatch.setattr("search.paraphrase.FUNCTION_SHARE", 1.0)
    assert OFFLINE.of(question) is None


def test_a_long_question_mostly_of_other_words_reads_as_the_one_clear_definition(monkeypatch):
    question = "a friendly sorry page people get when we are offline for tonight's upgrade"
    found = OFFLINE.of(question)
    # Three of its words, a third of its weight, and no other definition holds any of them.
    assert found is not None and found.definition is MAINTENANCE
    assert found.words == ("page", "people", "offline")
    # One word in common is no reading, however long the question.
    assert OFFLINE.of("a friendly sorry page for tonight's upgrade") is None
    monkeypatch.setattr("search.paraphrase.CLEAR_SHARE", 1.0)
    assert OFFLINE.of(question) is None


def test_a_need_put_in_other_words_is_read_through_the_definitions_needs():
    ocr = Definition(
        ("ocr",),
        "Reads the words in scanned paper forms and turns them into text.",
        "",
        needs=(
            "get the writing out of photos of letters",
            "read pictures of documents we are sent",
        ),
    )
    question = "pull the writing out of pictures of letters"
    assert Paraphrases(Definitions([replace(ocr, needs=()), RATE_LIMIT])).of(question) is None
    found = Paraphrases(Definitions([ocr, RATE_LIMIT, STAFF_ROTA])).of(question)
    assert found is not None and found.definition is ocr
    assert found.words == ("writing", "out", "pictures", "letters")


def test_the_likely_definitions_are_those_holding_a_share_of_the_question():
    # 'member' and 'staff' are in two definitions each: neither is read, both are likely.
    assert DEFINED.of("member of staff") is None
    assert set(DEFINED.likely("member of staff")) == {"360 feedback", "rota"}
    # Most first; a definition holding little of the question is not likely.
    question = "a way for colleagues to rate each other against the organisation's values"
    assert DEFINED.likely(question)[0] == "360 feedback"
    assert "rota" not in DEFINED.likely(question)
    assert DEFINED.likely("colleagues") == []  # one word: too short to read


def test_a_question_too_many_definitions_fit_may_be_paraphrasing_none(monkeypatch):
    from search import paraphrase

    monkeypatch.setattr(paraphrase, "LIKELY_MOST", 1)
    assert DEFINED.likely("member of staff") == []
    question = "a way for colleagues to rate each other against the organisation's values"
    assert DEFINED.likely(question) == ["360 feedback"]
