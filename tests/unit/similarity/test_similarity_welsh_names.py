"""Welsh for the English phrase a cluster's title quotes: in Welsh order, or not at all."""

import pytest

from search.glossary import parse_glossary
from search.similarity.welsh_names import (
    WelshNames,
    WelshWord,
    english_welsh,
    glossary_acronyms,
    parse_english_welsh,
)

DICTIONARY = """
profiles /pɹˈəʊfaɪlz/ <n>
proffiliau <n, p, m>
number  (in total) /nˈʌmbəɹ ɪn tˈəʊtəl/ <n>
nifer <n, s, m>
number /nˈʌmbə/ <n>
rhif <n, s, m>
shop /ʃɒp/ <n>
siop <n, s, f>
book /bʊk/ <n>
llyfr <n, s, m>
developer /dɪvˈɛləpə/ <n>
datblygwr <n, s, m>
bank /baŋk/ <n>
banc <n, s, m>
bank /baŋk/ <n>
glan <n, s, f>
run /ɹʌn/ <v>
rhedeg <v>
"""


@pytest.fixture
def names():
    return WelshNames(parse_english_welsh(DICTIONARY), {"nhs": "GIG"})


def test_only_nouns_and_adjectives_with_one_translation_are_read():
    words = parse_english_welsh(DICTIONARY)
    assert words["profiles"] == WelshWord("proffiliau", False)
    assert words["shop"] == WelshWord("siop", True)
    assert words["number"].text == "rhif"  # the sense with a note is one of several
    assert "bank" not in words and "run" not in words


def test_welsh_puts_the_head_noun_first_and_mutates_after_a_feminine_singular(names):
    assert names.phrase("FHIR profiles") == "proffiliau FHIR"
    assert names.phrase("NHS number") == "rhif GIG"
    assert names.phrase("book shop") == "siop lyfr"


@pytest.mark.parametrize("english", ["developer hub", "Rust number", "bank", "API", "a b c"])
def test_a_phrase_in_any_doubt_is_left_in_english(names, english):
    assert names.phrase(english) is None


def test_the_glossary_gives_acronyms_their_welsh():
    glossary = parse_glossary("terms:\n  - {en: [nhs, national health service], cy: [gig]}\n")
    assert glossary_acronyms(glossary) == {"nhs": "GIG"}


def test_the_installed_dictionary_translates_a_title_when_present():
    if not english_welsh():
        pytest.skip("no English-Welsh dictionary installed (make setup unpacks it)")
    assert WelshNames().phrase("FHIR profiles") == "proffiliau FHIR"
