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
