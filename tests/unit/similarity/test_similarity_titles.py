"""Cluster titles in English and Welsh, from the concept the members share or, failing that,
their component type and the words they share."""

import pytest

from search.similarity.concepts import CONCEPTS
from search.similarity.titles import CONCEPT_TITLES, cluster_title, similar_heading
from search.similarity.welsh_names import WelshNames, WelshWord

NO_WELSH = WelshNames({}, {})  # no dictionary: shared names stay in English


def test_a_shared_concept_names_the_cluster_in_both_languages():
    title = cluster_title(("address", "address lookup", "uprn"), "application")
    assert (title.en, title.cy) == (
        "Address lookup services",
        "Gwasanaethau chwilio am gyfeiriad",
    )
    assert title.concept == "address-lookup" and title.words == ()


def test_the_blog_title_reads_as_the_concept_does_in_welsh():
    """ "Blogiau timau a nodiadau wythnosol" beside the concept's "blog tîm neu nodiadau wythnos"."""
    title = cluster_title(("team blog or week notes",), "documentation")
    assert (title.en, title.cy) == ("Team blogs and week notes", "Blogiau tîm a nodiadau wythnos")


def test_the_strongest_concept_wins():
    title = cluster_title(("payments", "dashboards"), "application")
    assert title.en == "Payment services" and title.cy == "Gwasanaethau talu"


def test_without_a_concept_the_type_and_one_shared_word_say_what_is_known():
    title = cluster_title(("pdf", "generator", "java", "maven"), "library", names=NO_WELSH)
    assert title.en == "Similar libraries: pdf"
    assert title.cy == "Llyfrgelloedd tebyg: pdf"
    assert title.concept is None and title.words == ("pdf",)


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
    common = {"developer hub", "gov uk", "developer"}
    title = cluster_title(terms, "application", common=common, names=NO_WELSH)
    assert title.en == "Similar applications: developer hub"
    assert title.cy == "Rhaglenni tebyg: developer hub"
    assert title.words == ("developer hub",)  # quoted in English: pages mark it lang="en"
    # Without a common phrase, one word common to two organisations' names, never a list.
    title = cluster_title(("pdf", "generator"), "application", common={"generator"})
    assert title.en == "Similar applications: generator"


@pytest.mark.parametrize(
    "terms",
    [
        ("react", "react app", "app"),  # tooling, a repeated word, a generic word
        ("service", "pdf service", "platform"),  # every candidate ends on a generic word
        ("application", "applications"),  # the heading's own noun
    ],
)
def test_a_title_never_lists_repeats_or_ends_on_a_generic_or_tooling_word(terms):
    title = cluster_title(terms, "application", common=set(terms), names=NO_WELSH)
    assert title.en == "Similar applications" and title.cy == "Rhaglenni tebyg"
    assert title.words == ()


def test_a_name_written_as_one_camel_case_word_counts_as_a_phrase():
    terms = ("rabbit", "RabbitMQ", "queue")
    title = cluster_title(terms, "application", common={"rabbit", "RabbitMQ"}, names=NO_WELSH)
    assert title.en == "Similar applications: RabbitMQ"


def test_the_welsh_title_gives_the_shared_name_in_welsh_order_where_it_can():
    names = WelshNames(
        {"profiles": WelshWord("proffiliau", False), "number": WelshWord("rhif", False)},
        {"nhs": "GIG"},
    )
    title = cluster_title(("FHIR profiles",), "documentation", {"FHIR profiles"}, names)
    assert title.en == "Similar documentation: FHIR profiles"
    assert title.cy == "Dogfennaeth debyg: proffiliau FHIR"
    assert title.words == ()  # nothing left in English to mark
    title = cluster_title(("NHS number",), "application", {"NHS number"}, names)
    assert title.cy == "Rhaglenni tebyg: rhif GIG"


def test_applications_are_rhaglenni_as_everywhere_else_in_welsh():
    # web/locales/cy translates the type 'Application' as 'Rhaglen'.
    assert similar_heading("application") == ("Similar applications", "Rhaglenni tebyg")
