"""Generating a publiccode.yml from form fields, in English and Welsh."""

from __future__ import annotations

import pytest

from catalogue.publiccode import validate
from catalogue.publiccode.generator import (
    Contact,
    Description,
    ProjectForm,
    build_document,
    form_from_mapping,
    generate,
)

LONG_EN = (
    "Residents enter their postcode and see the collection days for general waste, "
    "recycling and food waste.\nReminders go out by e-mail the evening before."
)
LONG_CY = (
    "Mae preswylwyr yn rhoi eu cod post ac yn gweld y diwrnodau casglu ar gyfer gwastraff "
    "cyffredinol, ailgylchu a gwastraff bwyd.\nAnfonir nodyn atgoffa drwy e-bost y noson cynt."
)


def _form(**changes) -> ProjectForm:
    form = ProjectForm(
        name="Casgliadau Bin",
        url="https://github.com/example-council/bin-collections",
        licence="EUPL-1.2",
        description_en=Description("Bin days by postcode.", LONG_EN, ["Postcode look-up"]),
        description_cy=Description("Diwrnodau bin yn ôl cod post.", LONG_CY, ["Chwilio"]),
        contacts=[Contact("Siân Jones", "sian.jones@example.gov.wales")],
        organisation_name="Cyngor Enghraifft",
        organisation_uri="https://www.example.gov.wales",
        categories=["digital-citizenship"],
        release_date="2024-02-29",
        software_version="1.0",
    )
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def test_a_generated_file_is_valid_and_bilingual():
    text = generate(_form())
    result = validate(text)
    assert result.valid, [m.format() for m in result.messages]
    assert result.messages == []
    assert result.data is not None
    assert set(result.data["description"]) == {"en", "cy"}
    assert result.data["description"]["cy"]["shortDescription"] == "Diwrnodau bin yn ôl cod post."
    assert result.data["localisation"]["availableLanguages"] == ["en", "cy"]
    assert "Diwrnodau bin yn ôl cod post." in text  # Welsh letters are written as themselves


def test_values_that_look_like_numbers_stay_text():
    result = validate(generate(_form(software_version="1.0", name="2024")))
    assert result.data["softwareVersion"] == "1.0"
    assert result.data["name"] == "2024"
    assert result.data["publiccodeYmlVersion"] == "0"


def test_long_descriptions_are_literal_blocks():
    text = generate(_form())
    assert "longDescription: |" in text
    assert validate(text).data["description"]["en"]["longDescription"] == LONG_EN + "\n"


def test_english_only_and_contracted_maintenance():
    form = _form(
        description_cy=None,
        maintenance_type="contract",
        contractor_name="Cwmni Cyf",
        contractor_until="2027-03-31",
    )
    result = validate(generate(form))
    assert result.valid, [m.format() for m in result.messages]
    assert set(result.data["description"]) == {"en"}
    assert result.data["maintenance"]["contractors"] == [
        {"name": "Cwmni Cyf", "until": "2027-03-31"}
    ]


def test_bad_form_values_are_caught_by_validation():
    result = validate(generate(_form(licence="Open Government Licence", url="not a url")))
    assert {m.path for m in result.errors} == {"legal.license", "url"}


def test_document_keys_follow_the_standard_order():
    keys = list(build_document(_form()))
    assert keys[:3] == ["publiccodeYmlVersion", "name", "url"]
    assert keys.index("description") < keys.index("legal") < keys.index("maintenance")


def test_forms_can_be_read_from_plain_data():
    form = form_from_mapping(
        {
            "name": "Bin days",
            "url": "https://github.com/example/bins",
            "licence": "MIT",
            "description_en": {"short": "Bins.", "long": LONG_EN, "features": ["Look-up"]},
            "contacts": [{"name": "Siân"}],
        }
    )
    assert validate(generate(form)).valid
    with pytest.raises(ValueError, match="unknown form fields: colour"):
        form_from_mapping({"colour": "red"})
