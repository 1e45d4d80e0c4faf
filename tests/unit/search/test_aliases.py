"""What people call a body besides its name: acronyms and web brands, matched by search."""

from __future__ import annotations

import pytest

from search.aliases import acronym, joined, organisation_aliases, web_brand


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


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Cyfoeth Naturiol Cymru", "cyfoethnaturiolcymru"),
        ("Gweithrediaeth GIG Cymru", "gweithrediaethgigcymru"),
        ("Companies House", "companieshouse"),
        ("Senedd Cymru", "seneddcymru"),
        # A name with small words is never all neighbouring words of a question.
        ("Tŷ'r Cwmnïau", None),
        ("Transport for Wales", None),
        ("Iechyd a Gofal Digidol Cymru", None),
        # One word is the body's name already; five are more than a brand is spelt from.
        ("Sport", None),
        ("Bwrdd Iechyd Prifysgol Aneurin Bevan", None),
        ("", None),
    ],
)
def test_a_name_of_two_to_four_words_and_no_small_ones_runs_together(name, expected):
    assert joined(name) == expected


def test_aliases_come_once_each_in_order():
    assert organisation_aliases(
        "Digital Health and Care Wales", "Iechyd a Gofal Digidol Cymru", "https://dhcw.nhs.wales"
    ) == ["dhcw", "igdc", "dhcw.nhs.wales"]
    assert organisation_aliases("Public Health Wales", None, None) == ["phw", "publichealthwales"]
    assert organisation_aliases("Natural Resources Wales", "Cyfoeth Naturiol Cymru", None) == [
        "nrw",
        "cnc",
        "naturalresourceswales",
        "cyfoethnaturiolcymru",
    ]
