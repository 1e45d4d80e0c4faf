"""What a repository says it is, read from its description, README and install commands."""

import pytest

from catalogue.self_description import statements


@pytest.mark.parametrize(
    ("name", "description", "readme", "expected"),
    [
        (
            "iot-leontief-r",
            "An R package to calculate multipliers.",
            "",
            ("library", "an R package"),
        ),
        (
            "ctc-address",
            "The Address Microservice, implemented as a RESTful API, is a wrapper around a service.",
            "",
            ("application", "a RESTful API"),
        ),
        (
            "x",
            "Infrastructure code for the provisioning of storage.",
            "",
            ("infrastructure", "Infrastructure code"),
        ),
        (
            "go-session-handler",
            "",
            "In order to build this library you need Go.",
            ("library", "this library"),
        ),
        (
            "gofigure",
            "",
            "`go get github.com/companieshouse/gofigure`",
            ("library", "go get github.com/companieshouse/gofigure"),
        ),
    ],
)
def test_the_first_statement_names_the_type_and_quotes_the_words(
    name, description, readme, expected
):
    found = statements(name, description, readme)
    assert found and (found[0].kind, found[0].words) == expected


@pytest.mark.parametrize(
    "description",
    [
        # The noun must end the phrase: these name a number and a design, not a service.
        "It is a National Health Service number validator.",
        "It is a National Health Service (NHS) number validator.",
        "This project holds the documentation for sharing interfaces.",
        "This is a HTML mock of the payments page.",
        "Customisations for Natural Resources Wales GeoNetwork implementation.",
    ],
)
def test_a_noun_inside_a_longer_phrase_says_nothing(description):
    assert statements("x", description, "") == []


def test_a_long_repeated_text_is_read_in_bounded_time():
    # Reading each sentence's subject from the start of the text took 41 s on this input.
    from catalogue.self_description import MAX_STATEMENTS

    found = statements("n", "is a " * 20_000, "this " * 20_000)
    assert len(found) <= MAX_STATEMENTS * 3


@pytest.mark.parametrize(
    ("name", "description", "readme", "expected"),
    [
        # 'yn' and 'Dyma' take the soft mutation: ap, raglen, lyfrgell, becyn, gorpws. The quote
        # keeps 'Mae … yn' or 'Dyma', so that it reads as Welsh.
        (
            "Paldaruo",
            "Mae Paldaruo yn ap ar gyfer galluogi siaradwyr Cymraeg i gyfrannu eu lleisiau.",
            "",
            ("application", "Mae Paldaruo yn ap"),
        ),
        ("x", "Mae'n raglen i drawsgrifio lleferydd.", "", ("application", "Mae'n raglen")),
        (
            "x",
            "",
            "Mae hwn yn lyfrgell Python ar gyfer tagio.",
            ("library", "Mae hwn yn lyfrgell Python"),
        ),
        ("x", "Dyma becyn gwerthuso modelau.", "", ("library", "Dyma becyn gwerthuso modelau")),
        ("x", "Dyma gorpws o frawddegau.", "", ("data", "Dyma gorpws")),
        (
            "x",
            "Mae'r project hwn yn set ddata o eiriau.",
            "",
            ("data", "Mae'r project hwn yn set ddata"),
        ),
        ("x", "Mae'n gasgliad o sgriptiau.", "", ("library", "Mae'n gasgliad o sgriptiau")),
        # A Welsh description may open with the noun, as English ones do.
        (
            "offer-trin-iaith",
            "Casgliad o sgriptiau ar gyfer hwyluso trin agweddau o destunau Cymraeg.",
            "",
            ("library", "Casgliad o sgriptiau"),
        ),
        ("x", "Offeryn i wirio sillafu.", "", ("application", "Offeryn")),
        ("x", "Dyma dempled ar gyfer prosiectau Python.", "", ("other", "Dyma dempled")),
        # 'this model', as 'this library' in English: a mention.
        ("x", "", "Mae'r model hwn yn seiliedig ar fodel mawr.", ("data", "y model hwn")),
    ],
)
def test_welsh_statements_of_what_a_repository_is_are_read(name, description, readme, expected):
    found = statements(name, description, readme)
    assert found and (found[0].kind, found[0].words) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # Another clause's 'yn': 'the file contains … that is an app'.
        ("x", "Mae'r ffeil yn cynnwys rhestr sy'n ap."),
        # The tool a Welsh version adapts is not the repository.
        ("julius-cy", "Mae Julius yn feddalwedd adnabod lleferydd cod agored."),
        # Someone else's subject.
        ("x", "Mae Hunspell yn wirydd sillafu."),
        ("x", "Mae Prifysgol Bangor yn cynnal gwasanaeth cyfieithu."),
    ],
)
def test_welsh_sentences_about_something_else_say_nothing(name, text):
    assert statements(name, text, text) == []


def test_a_long_repeated_welsh_text_is_read_in_bounded_time():
    from catalogue.self_description import MAX_STATEMENTS

    found = statements("n", "Mae'r ap hwn yn ap. " * 5_000, "Dyma ap. " * 5_000)
    assert len(found) <= MAX_STATEMENTS * 6


@pytest.mark.parametrize(
    ("name", "description", "readme", "expected"),
    [
        # companieshouse/specs.developer.ch.gov.uk: an API's specification is not the API.
        (
            "specs.developer.ch.gov.uk",
            "API specifications (OpenAPI 3.0+) for the Companies House Developer Hub",
            "",
            ("documentation", "API specifications"),
        ),
        # companieshouse/styleguides: standards are read, not run.
        (
            "styleguides",
            "A collection of standards for development at Companies House.",
            "# Coding standards and guidelines\n",
            ("documentation", "Coding standards"),
        ),
    ],
)
def test_standards_and_specifications_are_documentation(name, description, readme, expected):
    assert expected in [(s.kind, s.words) for s in statements(name, description, readme)]


def test_a_blog_says_it_is_documentation():
    # wgdsu/wgdsu.github.io's README title.
    found = statements("wgdsu.github.io", "", "# Data Science Unit Test Blog\n")
    assert ("documentation", "Data Science Unit Test Blog") in [(s.kind, s.words) for s in found]


def test_custom_visuals_are_plugins_whatever_they_implement():
    # Aneurin-Bevan-University-Health-Board/biu_Making_Data_Count_CustomVisuals: what the visuals
    # implement ('… for Statistical Process Control charts') is not what the repository is.
    found = statements(
        "biu_Making_Data_Count_CustomVisuals",
        "Custom visuals implementing the NHS Making Data Count (MDC) methodology for Statistical "
        "Process Control (SPC) charts.",
        "",
    )
    assert ("library", "Custom visuals") in [(s.kind, s.words) for s in found]
