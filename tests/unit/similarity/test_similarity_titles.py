"""Cluster titles in English and Welsh, from the concept the members share or, failing that,
their component type and the words they share."""

import pytest

from search.similarity.concepts import CONCEPTS
from search.similarity.titles import CONCEPT_TITLES, cluster_title, similar_heading


def test_a_shared_concept_names_the_cluster_in_both_languages():
    title = cluster_title(("address", "address lookup", "uprn"), "application")
    assert (title.en, title.cy) == (
        "Address lookup services",
        "Gwasanaethau chwilio am gyfeiriad",
    )
    assert title.concept == "address-lookup" and title.words == ()


def test_the_strongest_concept_wins():
    title = cluster_title(("payments", "dashboards"), "application")
    assert title.en == "Payment services" and title.cy == "Gwasanaethau talu"


def test_without_a_concept_the_type_and_shared_words_say_what_is_known():
    title = cluster_title(("pdf", "generator", "java", "maven"), "library")
    assert title.en == "Similar libraries: pdf, generator, java"
    assert title.cy == "Llyfrgelloedd tebyg: pdf, generator, java"
    assert title.concept is None and title.words == ("pdf", "generator", "java")


@pytest.mark.parametrize(
    ("component_type", "welsh"),
    [
        ("documentation", "Dogfennaeth debyg"),  # feminine singular: the adjective mutates
        ("library", "Llyfrgelloedd tebyg"),  # plural: it does not
        ("infrastructure", "Cod seilwaith tebyg"),  # masculine: it does not
        ("something-new", "Gwaith tebyg"),
    ],
)
def test_welsh_adjectives_mutate_after_a_feminine_singular_only(component_type, welsh):
    assert similar_heading(component_type)[1] == welsh


def test_no_words_and_no_concept_gives_a_plain_title():
    title = cluster_title((), "other")
    assert (title.en, title.cy) == ("Similar work", "Gwaith tebyg")


def test_every_concept_has_a_title_in_both_languages():
    assert set(CONCEPT_TITLES) == set(CONCEPTS)
    for english, welsh in CONCEPT_TITLES.values():
        assert english and welsh and english != welsh
        assert english[0].isupper() or english.startswith("open")


def test_a_phrase_common_to_two_organisations_is_the_title_rather_than_a_list_of_words():
    terms = ("developer", "gov", "hub", "developer hub", "gov uk")
    title = cluster_title(terms, "application", common={"developer hub", "gov uk", "developer"})
    assert title.en == "Similar applications: developer hub"
    assert title.cy == "Rhaglenni tebyg: developer hub"
    assert title.words == ("developer hub",)
    # Without a common phrase, words common to two organisations' names come first.
    title = cluster_title(("pdf", "generator", "service"), "application", common={"generator"})
    assert title.words == ("generator", "pdf", "service")


def test_applications_are_rhaglenni_as_everywhere_else_in_welsh():
    # web/locales/cy translates the type 'Application' as 'Rhaglen'.
    assert similar_heading("application") == ("Similar applications", "Rhaglenni tebyg")
