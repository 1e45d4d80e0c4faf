"""Telling Welsh text from English, and what shows that a component works in Welsh."""

import pytest

from catalogue.welsh import is_welsh_text, text_language, welsh_support, works_in_welsh


@pytest.mark.parametrize(
    "text",
    [
        # Short Welsh descriptions from the bundled data that used to read as English only.
        "Rhaglen bwrdd gwaith trawsplatfform (Windows, Mac a Linux) ar gyfer adnabod lleferydd "
        "Cymraeg byw gan ddefnyddio model Vosk.",
        "Adnoddau a ryseitiau i ddatblygu adnabod lleferydd Cymraeg gyda Kaldi ASR",
        "Adnabod Lleferydd Cymraeg ar gyfer Julius / Welsh Speech Recognition for Julius",
        "Fersiwn wedi'i ddiweddaru o'r fersiwn Cymraeg o wirydd sillafu Hunspell.",
    ],
)
def test_short_welsh_descriptions_read_as_welsh(text):
    assert is_welsh_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "A design system for the Single Record programme within NHS Wales (DHCW).",
        "The Kaping!",
        "Proof of concept for DHCW Integration Hub.",
        "Customisations for Natural Resources Wales GeoNetwork implementation.",
        "",
        "🚀🚀",
    ],
)
def test_english_and_empty_text_is_not_welsh(text):
    assert not is_welsh_text(text)


@pytest.mark.parametrize("text", ["A", "No", "Data", "Welsh", "Am", "Y", "Ie", "kaldi-cy"])
def test_text_too_short_to_tell_is_not_called_welsh(text):
    """lingua scores a lone English 'A' or 'Welsh' above 0.5 for Welsh; that is not evidence."""
    assert text_language(text) is None
    assert not is_welsh_text(text)


@pytest.mark.parametrize(
    ("text", "language"), [("Croeso", "cy"), ("Cymorth", "cy"), ("A library", "en")]
)
def test_short_text_that_is_clear_is_told(text, language):
    assert text_language(text) == language


def test_a_welsh_body_name_is_not_evidence_of_working_in_welsh():
    readme = (
        "Maintained by the Welsh Government Corporate Digital Team. Data for Welsh health boards."
    )
    assert welsh_support(None, ["src", "welsh_net_zero"], readme, "A component library") == []


def test_each_kind_of_evidence_is_named():
    found = welsh_support(
        {"localisation": {"availableLanguages": ["en", "cy"]}},
        ["locales/cy.json", "README.md"],
        'Configure SUPPORTED_LANGUAGES = ["en", "cy"]. The site is bilingual.',
        "Offer i drawsgrifio lleferydd Cymraeg yn fyw ar eich cyfrifiadur",
    )
    assert [kind for kind, _ in found] == [
        "publiccode",
        "locale_files",
        "locale_code",
        "phrase",
        "welsh_description",
    ]
    assert ("locale_files", "locales/cy.json") in found
    assert ("phrase", "bilingual") in found


@pytest.mark.parametrize(
    "readme",
    [
        "Pages are served in English and Welsh.",
        "Adds Welsh translations of the survey schemas.",
        "Turns Welsh (and code-switched English) text into phonemes.",
        "See translations/health/cy/ for the Welsh strings.",
    ],
)
def test_readme_wording_about_welsh_support_counts(readme):
    assert works_in_welsh(None, [], readme, "")
