"""Words into terms: camel case, Welsh and English stop words, glossary, plurals, phrases."""

from search.similarity.language import bigrams, term_sequence, words_of


def test_names_are_split_on_case_and_separators():
    assert words_of("DesignSystem-cy_toolkit") == ["design", "system", "welsh", "toolkit"]
    assert words_of("HL7ResultsGateway") == ["hl7", "result", "gateway"]
    assert words_of("NHSWales-fhir-profiles") == ["nhs", "wales", "fhir", "profile"]


def test_english_and_welsh_stop_words_are_dropped():
    assert words_of("This is the code for a project") == []
    assert words_of("Mae hwn yn un o'r rhai sydd wedi bod") == []


def test_welsh_technical_words_meet_their_english_terms():
    assert words_of("Adnabod lleferydd Cymraeg") == ["recognition", "speech", "welsh"]
    assert words_of("welsh speech recognition") == ["welsh", "speech", "recognition"]
    # Mutated forms map too: 'destun' is 'testun' after a soft mutation.
    assert words_of("testun i leferydd") == words_of("text to speech")


def test_plurals_and_spellings_meet_but_wales_stays_wales():
    assert words_of("components libraries visualizations") == [
        "component",
        "library",
        "visualisation",
    ]
    assert words_of("Wales news") == ["wales", "news"]
    assert words_of("HL7v2 messages") == ["hl7", "message"]


def test_phrases_span_a_connector_but_no_other_stop_word():
    assert bigrams(term_sequence("text to speech")) == ["text speech"]
    assert "test data" not in bigrams(term_sequence("Test repository for a data blog"))
    assert bigrams(term_sequence("design system")) == ["design system"]
