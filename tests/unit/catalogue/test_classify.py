"""Component types come with a reason a person can check."""

import pytest

from catalogue.classify import CONTENT_PHRASES, REASON_CONTAINS, REASONS, Facts, classify, explain


def facts(
    name, description="", language=None, files=(), dependencies=(), topics=(), publiccode_type=None
):
    return Facts(
        name,
        description,
        list(topics),
        language,
        list(files),
        set(dependencies),
        "",
        publiccode_type,
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            facts("component-library", "Vue component library created by Welsh Revenue Authority"),
            "design-system",
        ),
        (facts("nhswales-prototype-kit", "Prototype kit", "HTML"), "design-system"),
        (facts("infra", "", "HCL", ["main.tf"]), "infrastructure"),
        (
            facts(
                "dhcw-delivery-playbook",
                "The source for the playbook",
                "CSS",
                ["Dockerfile", "mkdocs.yml"],
            ),
            "documentation",
        ),
        (facts("iot-leontief-r", "Input-output tables", "R"), "data"),
        (
            facts(
                "api-sdk-node", "An SDK for the Companies House API", "TypeScript", ["package.json"]
            ),
            "library",
        ),
        (
            facts(
                "herodotus", "A Gem that produces loggers", "Ruby", ["Gemfile", "herodotus.gemspec"]
            ),
            "library",
        ),
        (
            facts(
                "e-petitions",
                "The code base for the petitions service",
                "Ruby",
                ["Gemfile", "Procfile"],
            ),
            "application",
        ),
        (facts("trawsgrifiwr-arlein", "Trawsgrifiwr ar-lein", "Python"), "application"),
        (facts("x", "", "Python", ["a.py"], publiccode_type="library"), "library"),
        (facts("mystery", "", "Python", ["a.py"]), "other"),
    ],
)
def test_types(given, expected):
    kind, reason = classify(given)
    assert kind == expected, reason
    assert reason.endswith(".")


def test_publiccode_declaration_wins_and_says_so():
    kind, reason = classify(
        facts("design-system", "A design system", publiccode_type="standalone/web")
    )
    assert kind == "application"
    assert "publiccode.yml" in reason


@pytest.mark.parametrize(
    "facts",
    [
        Facts("x", "", [], None, [], set(), "", publiccode_type="standalone/web"),
        Facts("staff-handbook", "", [], None, [], set(), ""),
        Facts("tool", "A REST API", [], None, [], set(), ""),
        Facts("tool", "", [], "HCL", [], set(), ""),
        Facts("tool", "", [], None, ["main.tf", "README.md"], set(), ""),
        Facts("tool", "", [], None, ["README.md", "notes.txt"], set(), ""),
        Facts("tool", "", [], None, [], {"govuk-frontend"}, ""),
        Facts("tool", "", [], None, [], set(), ""),
    ],
)
def test_every_reason_is_read_back_by_its_template(facts):
    _, reason = classify(facts)
    found = explain(reason)
    assert found is not None, reason
    template, value = found
    assert template in REASONS
    assert (template % {"value": value} if value is not None else template) == reason


def test_every_content_phrase_and_no_other_wording_is_known():
    assert "Terraform files" in CONTENT_PHRASES
    assert explain("It contains Terraform files.") == (REASON_CONTAINS, "Terraform files")
    assert explain("Some wording from an older release.") is None


def test_a_reason_quotes_whole_words_not_the_stem_that_matched():
    kind, reason = classify(facts(name="component-library", description="A Vue component library"))
    assert kind == "design-system"
    assert reason == "Its name, description or topics mention 'component library'."


def test_what_a_component_serves_is_not_what_it_is():
    # The IPO cookie banner: 'for GOV.UK websites and apps' names its users, it is no application.
    kind, _ = classify(
        facts(
            name="fe-cookie-banner",
            description="This component handles the cookie consent behaviour for GOV.UK websites "
            "and apps.",
            language="TypeScript",
            dependencies={"govuk-frontend", "react"},
        )
    )
    assert kind == "design-system"


def test_a_converter_is_software_even_when_it_cites_standards():
    kind, reason = classify(
        facts(
            name="NHSWales-fhir-psom-xlsform-to-fhir",
            description="This tool facilitates the conversion of .xlsx files, compliant with "
            "XLSForm standards, into FHIR Shorthand (FSH) format.",
            language="Python",
        )
    )
    assert kind == "application"
    assert "conversion" in reason
