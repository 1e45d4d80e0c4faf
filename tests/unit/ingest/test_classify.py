"""Component types come with a reason a person can check."""

import pytest

from ingest.classify import Facts, classify


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
