"""Organisation identifiers are checked by format and normalised."""

import pytest

from catalogue.identifiers import check_identifier, identifier_url
from catalogue.urls import InputError


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("gss", "W06000015", "W06000015"),
        ("gss", " w06000001 ", "W06000001"),
        ("ods", "7a1", "7A1"),
        ("ods", "RQF", "RQF"),
        ("ods", "RQF01", "RQF01"),
        ("govuk", "companies-house", "companies-house"),
        ("govuk", "https://www.gov.uk/government/organisations/Companies-House", "companies-house"),
    ],
)
def test_well_formed_identifiers_are_normalised(kind, value, expected):
    assert check_identifier(kind, value) == (kind, expected)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("gss", "E06000015"),  # an English unitary authority
        ("gss", "W0600001"),
        ("gss", "W060000155"),
        ("gss", "W07000041"),
        ("ods", "7A"),
        ("ods", "RQF-01"),
        ("ods", "ABCDEFGHIJ"),
        ("govuk", "Companies House"),
        ("govuk", "companies--house"),
        ("govuk", "-companies"),
        ("govuk", "a" * 101),
        ("gss", ""),
        ("passport", "123"),
    ],
)
def test_malformed_identifiers_are_refused(kind, value):
    with pytest.raises(InputError):
        check_identifier(kind, value)


def test_gss_and_govuk_identifiers_link_to_their_registers():
    assert identifier_url("gss", "W06000015").endswith("/W06000015")
    assert identifier_url("govuk", "companies-house") == (
        "https://www.gov.uk/government/organisations/companies-house"
    )
    assert identifier_url("ods", "7A1") is None
    assert identifier_url(None, None) is None
