"""What people call a body besides its name: acronyms and web brands, matched by search."""

from __future__ import annotations

import pytest

from search.aliases import acronym, organisation_aliases, web_brand


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Aneurin Bevan University Health Board", "abuhb"),
        ("Office for National Statistics", "ons"),
        ("Digital Health and Care Wales", "dhcw"),
        ("Iechyd a Gofal Digidol Cymru", "igdc"),
        ("Swyddfa Ystadegau Gwladol", "syg"),
        ("NHS Wales (national GitHub accounts)", None),  # two letters say nothing
        ("Tŷ'r Cwmnïau", None),
        ("", None),
    ],
)
def test_acronyms_are_the_initials_of_the_words_that_count(name, expected):
    assert acronym(name) == expected


@pytest.mark.parametrize(
    ("website", "expected"),
    [
        ("https://www.gov.wales", "gov.wales"),
        ("https://dhcw.nhs.wales/", "dhcw.nhs.wales"),
        ("senedd.wales", "senedd.wales"),
        # A page on a site many bodies share is not this body's brand.
        ("https://www.gov.wales/welsh-revenue-authority", None),
        ("https://www.gov.uk/government/organisations/companies-house", None),
        ("", None),
        (None, None),
        ("http://[::1", None),
    ],
)
def test_the_web_brand_is_the_host_of_a_site_of_its_own(website, expected):
    assert web_brand(website) == expected


def test_aliases_come_once_each_in_order():
    assert organisation_aliases(
        "Digital Health and Care Wales", "Iechyd a Gofal Digidol Cymru", "https://dhcw.nhs.wales"
    ) == ["dhcw", "igdc", "dhcw.nhs.wales"]
    assert organisation_aliases("Public Health Wales", None, None) == ["phw"]
