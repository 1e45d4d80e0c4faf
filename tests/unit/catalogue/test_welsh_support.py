"""Telling Welsh text from English, and what shows that a component works in Welsh."""

import pytest

from catalogue.welsh import (
    is_welsh_text,
    text_language,
    welsh_documentation,
    welsh_support,
    works_in_welsh,
)


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


@pytest.mark.parametrize(
    "readme",
    [
        # Sport-Wales/calendars, as plain README text and as Markdown.
        "Important notes\n\nFor multi-day events, set the end date.\n\nRoadmap\n\n"
        "Welsh translation. Might have to programmatically do this.\nMore event details.\n\n"
        "Deployment\n\nThe website is live.",
        "# Calendars\n\n## Roadmap\n\n- Welsh translation\n- More event details\n\n## Deployment\n",
        "## TODO\n- Welsh version of the forms\n",
        "- [ ] Welsh translations",
        "We plan to add a Welsh version next year.",
        "A Welsh interface will be added later.",
        "Welsh translations are not yet available.",
        "There is no Welsh version of the service.",
    ],
)
def test_a_plan_or_a_lack_is_not_support(readme):
    assert welsh_support(None, [], readme, "Website to house events.") == []


def test_support_stated_outside_a_roadmap_still_counts():
    readme = (
        "Roadmap\n\nMore event details.\n\nLanguages\n\nThe site is bilingual: pages are served in "
        "English and Welsh."
    )
    assert works_in_welsh(None, [], readme, "")


def test_a_hedge_in_another_clause_does_not_cancel_support():
    # techiaith/speech-corpus-builder: the hedge is about other languages.
    readme = (
        "The scripts can be used to create a speech corpus of Welsh and English speech from "
        "YouTube, but could be adapted to other languages."
    )
    assert welsh_support(None, [], readme, "") == [("phrase", "Welsh and English")]


@pytest.mark.parametrize(
    "readme",
    [
        # DHCW-Digital-Health-and-Care-Wales/single-record-design-system's table of standards.
        "CDPS Wales\nReference for Welsh-language and public sector guidance",
        "It follows the Welsh Language Standards and the Welsh language policy.",
        "Funded by a grant from Welsh Government.",
    ],
)
def test_duties_and_bodies_named_in_welsh_are_not_support(readme):
    assert welsh_support(None, [], readme, "A design system") == []


@pytest.mark.parametrize(
    ("readme", "words"),
    [
        ("Making it easier to train DeepSpeech for Welsh language speech recognition.", None),
        ("A self-funded unit that develops technologies for the Welsh language.", None),
        ("This is a Welsh-language spaCy (2.3.2) model with a tagger.", None),
        ("Real-time transcription with Welsh Language Support.", "Welsh Language Support"),
    ],
)
def test_welsh_language_tools_still_count(readme, words):
    found = dict(welsh_support(None, [], readme, ""))
    assert "phrase" in found
    assert words is None or found["phrase"] == words


def test_a_welsh_readme_file_is_welsh_documentation_not_a_locale_file():
    # Public-Health-Wales/phwcookiecutter: Welsh documentation, English-only software.
    files = ["README.md", "README_cy.md", "README_en.md", "cookiecutter.json"]
    assert welsh_support(None, files, "", "") == []
    assert not works_in_welsh(None, files, "", "")
    assert welsh_documentation(files, "") == [("welsh_docs", "README_cy.md")]
    assert ("locale_files", "locales/cy.json") in welsh_support(
        None, ["locales/cy.json", "docs/cy/index.md"], "", ""
    )


@pytest.mark.parametrize(
    "readme",
    [
        "Users may switch between English and Welsh at any time.",
        "Lesson plans in English and Welsh.",
        "Every old address redirects, no broken links, no 404 errors — in both English and Welsh.",
    ],
)
def test_ordinary_wording_around_support_does_not_cancel_it(readme):
    assert works_in_welsh(None, [], readme, "")


def test_welsh_documentation_is_listed_beside_support():
    found = welsh_support(None, ["README_cy.md", "locales/cy.json"], "", "")
    assert [kind for kind, _ in found] == ["locale_files", "welsh_docs"]


# SeneddCymru/e-petitions: its README gives the Welsh site's settings, in English then in Welsh.
_PETITIONS = (
    "Senedd Petitions\n\nThis is the code base for the Senedd's petitions service.\n\n"
    "The application uses domains to differentiate between different aspects so you'll need to "
    "set up the following DNS records in your local hosts file before you start it.\n"
    "EPETITIONS_HOST_EN=welshpets.lvh.me\nEPETITIONS_HOST_CY=cymraegpets.lvh.me\n\n"
    "Otherwise edit the url_en, url_cy and moderate_url columns on the record in the sites table.\n\n"
    "Deisebau Senedd\n\nDyma sylfaen cod gwasanaeth deisebau Senedd.\n\n"
    "Mae'r rhaglen yn defnyddio parthau i wahaniaethu rhwng gwahanol agweddau felly bydd angen i "
    "chi osod y cofnodion DNS canlynol yn eich ffeil leol cyn i chi ddechrau.\n\n"
    "Os gwnewch hyn cyn rhedeg yr ap am y tro cyntaf, bydd yn codi'r rhain yn awtomatig, fel arall "
    "bydd angen i chi ddefnyddio cleient PostgreSQL i olygu'r colofnau ar y cofnod yn y bwrdd."
)


def test_settings_for_the_welsh_side_of_a_bilingual_service_are_support():
    found = welsh_support(None, ["Gemfile", "config"], _PETITIONS, "The petitions service")
    assert found[0] == ("welsh_settings", "EPETITIONS_HOST_CY")
    assert ("welsh_docs", "README") in found


@pytest.mark.parametrize(
    "readme", ["locales:\n  cy: Cymraeg\n  en: English", "curl 'http://x/process?LOCALE=cy'"]
)
def test_a_cy_locale_key_is_support(readme):
    assert dict(welsh_support(None, [], readme, ""))["welsh_settings"]


def test_a_command_line_switch_for_the_welsh_version_is_support():
    readme = (
        "usage: data-grabber.py [-h] [-d DATASET] [-w] [-e]\n\n"
        "  -w, --welsh     Force getting data from the welsh languague version\n"
        "  -e, --english   Force getting data from the english languague version\n"
    )
    assert (
        dict(welsh_support(None, [], readme, "A tool to get data"))["welsh_settings"] == "--welsh"
    )


def test_a_switch_named_otherwise_is_no_support():
    assert not welsh_support(None, [], "Run with --welsh-gov-theme or --cy-bin=/x", "")


def test_a_welsh_example_in_an_english_readme_is_no_welsh_version():
    readme = (
        "This library formats dates for our Node services and is used across many applications "
        "that we run in production today.\n\nFor example: Dydd Llun yw diwrnod cyntaf yr wythnos "
        "ac mae'r gwasanaeth ar agor."
    )
    assert welsh_documentation([], readme) == []


@pytest.mark.parametrize(
    ("name", "files"),
    [
        # techiaith/welsh-lts: letter-to-sound rules, no README and no description.
        ("welsh-lts", ["ReadCorpus.py", "enumeratePhones.py", "llef.py", "stoplist.txt"]),
        ("docker-kaldi-cy", ["Dockerfile"]),
        ("hacio-deepspeech-cymraeg", []),
    ],
)
def test_a_name_for_welsh_language_work_is_support(name, files):
    assert welsh_support(None, files, None, None, name=name) == [("welsh_name", name)]


@pytest.mark.parametrize(
    ("name", "files"),
    [("welsh_net_zero", ["data.csv"]), ("welsh-revenue-authority-site", []), ("gig-cymru-app", [])],
)
def test_a_name_about_wales_or_its_bodies_is_not_support(name, files):
    assert welsh_support(None, files, None, None, name=name) == []
