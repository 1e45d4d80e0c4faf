"""The behaviour every search engine promises, run against each one (Meilisearch when MEILI_URL is set)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from search.aliases import organisation_aliases
from search.backend import FILTER_FIELDS, InvalidQueryError, Page, Query, Reading, SearchBackend
from search.embedded import EmbeddedSearchBackend
from search.embedded import snapshot as snapshots
from search.querytext import MAX_RESULT_WINDOW
from tests.support.meili import meili_backend_from_env
from tests.support.semantic_corpus import maps_and_bookings

DAY = 86_400
NOW = 1_790_000_000


def make_doc(id: int, name: str, **fields: Any) -> dict[str, Any]:
    """A search document shaped like search.documents.component_document, with quiet defaults."""
    doc: dict[str, Any] = {
        "id": id,
        "full_name": f"example-org/{name}",
        "name": name,
        "name_text": name.replace("-", " ").replace("_", " "),
        "owner": "example-org",
        "description": "",
        "description_cy": "",
        "topics": [],
        "keywords": [],
        "readme": "",
        "organisation": "example-body",
        "organisation_name": "Example Body",
        "organisation_name_cy": "Corff Enghreifftiol",
        "sector": "local-government",
        "language": "Python",
        "licence": "MIT",
        "type": "application",
        "activity": "active",
        "publiccode": "no",
        "welsh": "no",
        "topic": [],
        "archived": False,
        "pushed_at": NOW - id * DAY,
        "updated": NOW - id * DAY,
        "first_seen": NOW - 400 * DAY,
    }
    doc.update(fields)
    if "topics" in fields and "topic" not in fields:
        doc["topic"] = list(fields["topics"])
    if fields.get("archived") and "activity" not in fields:
        doc["activity"] = "archived"
    return doc


@pytest.fixture
def embedded_backend():
    backend = EmbeddedSearchBackend(None)
    yield backend
    backend.close()


@pytest.fixture
def embedded_file_backend(tmp_path: Path):
    backend = EmbeddedSearchBackend(tmp_path / "index" / "search.sqlite")
    yield backend
    backend.close()


class PreloadedEmbeddedBackend(EmbeddedSearchBackend):
    """The embedded engine with every word's document list preloaded before each search."""

    def search(self, query: Query) -> Page:
        self.warm()
        assert self._snapshot is not None
        if self._snapshot.size:
            assert self._snapshot.frequent, "the preloaded path is not being exercised"
        return super().search(query)


@pytest.fixture
def embedded_preloaded_backend(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(snapshots, "PRELOAD_MIN_DOCS", 1)
    monkeypatch.setattr(snapshots, "PRELOAD_SHARE", 0.0)
    backend = PreloadedEmbeddedBackend(tmp_path / "index" / "search.sqlite")
    yield backend
    backend.close()


@pytest.fixture
def meili_backend():
    with meili_backend_from_env("contract") as backend:
        yield backend


@pytest.fixture(
    params=[
        "embedded",
        "embedded_file",
        "embedded_preloaded",
        pytest.param("meili", marks=pytest.mark.meili),
    ]
)
def backend(request) -> SearchBackend:
    return request.getfixturevalue(f"{request.param}_backend")


def ids(backend: SearchBackend, text: str = "", **query: Any) -> list[int]:
    return [hit.id for hit in backend.search(Query(text=text, **query)).hits]


# -- indexing --------------------------------------------------------------------------------------


def test_a_document_is_found_once_indexed(backend):
    backend.index([make_doc(1, "bin-collection-days", description="When your bins are collected")])
    assert ids(backend, "collected") == [1]


def test_a_deleted_document_leaves_the_results(backend):
    backend.index([make_doc(1, "planning-portal"), make_doc(2, "planning-map")])
    backend.delete([1])
    assert ids(backend, "planning") == [2]
    backend.delete([99])  # unknown ids are ignored
    assert ids(backend, "planning") == [2]


def test_indexing_again_replaces_the_document(backend):
    backend.index([make_doc(1, "alpha", description="payments service")])
    backend.index([make_doc(1, "alpha", description="parking permits")])
    assert ids(backend, "payments") == []
    assert ids(backend, "permits") == [1]


def test_rebuild_replaces_everything_and_keeps_results(backend):
    backend.index([make_doc(1, "old-thing", description="legacy")])
    count = backend.rebuild(make_doc(i, f"housing-{i}") for i in range(2, 7))
    assert count == 5
    assert ids(backend, "legacy") == []
    assert sorted(ids(backend, "housing")) == [2, 3, 4, 5, 6]
    assert backend.health().documents == 5


def test_health_reports_the_engine_and_document_count(backend):
    backend.index([make_doc(1, "one"), make_doc(2, "two")])
    health = backend.health()
    assert health.ok
    assert health.engine == backend.name
    assert health.documents == 2


# -- pagination and sorting ------------------------------------------------------------------------


def test_pages_split_the_results_and_count_them_all(backend):
    backend.index([make_doc(i, f"toolkit-{i}") for i in range(1, 26)])
    first = backend.search(Query(text="toolkit", per_page=10))
    third = backend.search(Query(text="toolkit", per_page=10, page=3))
    assert first.total == third.total == 25
    assert first.pages == 3
    assert len(first.hits) == 10
    assert len(third.hits) == 5
    every = [
        h.id for p in (1, 2, 3) for h in backend.search(Query("toolkit", per_page=10, page=p)).hits
    ]
    assert sorted(every) == list(range(1, 26))


def test_a_page_past_the_end_is_empty_not_an_error(backend):
    backend.index([make_doc(i, f"toolkit-{i}") for i in range(1, 4)])
    page = backend.search(Query(text="toolkit", page=5))
    assert page.hits == []
    assert page.total == 3


def test_pages_beyond_the_result_window_are_refused(backend):
    with pytest.raises(InvalidQueryError):
        backend.search(Query(text="x", page=MAX_RESULT_WINDOW, per_page=100))
    with pytest.raises(InvalidQueryError):
        backend.search(Query(text="x", page=0))
    with pytest.raises(InvalidQueryError):
        backend.search(Query(text="x", per_page=1000))
    with pytest.raises(InvalidQueryError):
        backend.search(Query(text="x", sort="stars"))


def test_empty_query_lists_everything_newest_first(backend):
    backend.index([make_doc(i, f"thing-{i}", updated=NOW - i * DAY) for i in (3, 1, 2)])
    page = backend.search(Query())
    assert page.total == 3
    assert [hit.id for hit in page.hits] == [1, 2, 3]


def test_sort_by_name_and_by_recently_updated(backend):
    backend.index(
        [
            make_doc(1, "zebra-forms", updated=NOW - 5 * DAY),
            make_doc(2, "apple-forms", updated=NOW - 9 * DAY),
            make_doc(3, "mango-forms", updated=NOW - 1 * DAY),
        ]
    )
    assert ids(backend, "forms", sort="name") == [2, 3, 1]
    assert ids(backend, "forms", sort="updated") == [3, 1, 2]


# -- ranking ---------------------------------------------------------------------------------------


def test_a_match_in_the_name_ranks_above_description_and_readme(backend):
    backend.index(
        [
            make_doc(1, "toolkit-a", readme="This mentions geocoder once in passing."),
            make_doc(2, "toolkit-b", description="A geocoder for addresses"),
            make_doc(3, "geocoder"),
        ]
    )
    assert ids(backend, "geocoder") == [3, 2, 1]


def test_topics_rank_above_description(backend):
    backend.index(
        [
            make_doc(1, "one", description="Includes a chatbot"),
            make_doc(2, "two", topics=["chatbot"]),
        ]
    )
    assert ids(backend, "chatbot") == [2, 1]


def test_archived_ranks_below_live_at_equal_relevance(backend):
    backend.index(
        [
            make_doc(1, "payments-old", description="Card payments", archived=True),
            make_doc(2, "payments-new", description="Card payments"),
        ]
    )
    assert ids(backend, "payments") == [2, 1]


def test_all_words_and_the_phrase_rank_above_some_words(backend):
    backend.index(
        [
            make_doc(1, "colours", description="A design tool for the system tray"),
            make_doc(2, "patterns", description="Our design system"),
            make_doc(3, "palette", description="Design tokens"),
        ]
    )
    found = ids(backend, "design system")
    assert found[0] == 2
    assert found.index(1) < found.index(3)


@pytest.mark.parametrize(
    "framed",
    [
        "is there anything for address lookup",
        "does anyone have an address lookup",
        "oes unrhyw beth ar gyfer address lookup",
        "oes gan rywun address lookup",
    ],
)
def test_words_that_frame_a_question_do_not_decide_it(backend, framed):
    # 'there' and 'anything' are in every long README: asked for, they would lift it.
    backend.index(
        [
            make_doc(1, "postcodes", description="Address lookup by postcode"),
            make_doc(
                2,
                "handbook",
                description="Anything anyone needs to know is there",
                readme="If there is anything someone or anybody asks, there is an answer there.",
            ),
        ]
    )
    assert ids(backend, framed)[0] == 1


@pytest.mark.parametrize(
    "need",
    [
        "We are a small digital team in a health board. Looking for an address lookup.",
        "Address lookup by postcode. It must suit a small digital team in a health board.",
        "Tîm digidol bach mewn bwrdd iechyd ydym ni. Rydym yn chwilio am address lookup.",
        "Has anyone already built an address lookup? We are a small digital team.",
    ],
)
def test_a_need_written_out_is_read_by_the_sentences_that_say_what_is_needed(backend, need):
    # Who is asking and what it must also do stand aside (search/sentences.py): the team's own
    # site, which says all of that, is no answer to what they ask for.
    backend.index(
        [
            make_doc(1, "postcodes", description="Address lookup by postcode"),
            make_doc(
                2,
                "team-site",
                description="Website of a small digital team in a health board",
                readme="Built by our small digital team. Any health board can look it up.",
                organisation_name="Example Health Board",
            ),
        ]
    )
    assert ids(backend, need)[0] == 1


# -- language: case, diacritics, Welsh mutations, glossary synonyms ----------------------------------


def test_case_and_diacritics_are_ignored(backend):
    backend.index(
        [
            make_doc(1, "gwyl", description="Trefnu Gŵyl y Gaeaf"),
            make_doc(2, "tŷ-data", description="Data am dai"),
            make_doc(3, "cân", description="Canu a chân"),
        ]
    )
    assert ids(backend, "GWYL") == [1]
    assert ids(backend, "gŵyl") == [1]
    assert ids(backend, "ty") == [2]
    assert ids(backend, "TŶ") == [2]
    assert 3 in ids(backend, "can")


@pytest.mark.parametrize("typed", ["gwasanaeth", "wasanaeth", "ngwasanaeth"])
def test_welsh_mutations_of_gwasanaeth_match_each_other(backend, typed):
    backend.index(
        [
            make_doc(1, "one", description="Gwasanaeth ar-lein"),
            make_doc(2, "two", description="Ein wasanaeth newydd"),
            make_doc(3, "three", description="Yn ein ngwasanaeth"),
            make_doc(4, "four", description="Something else"),
        ]
    )
    assert sorted(ids(backend, typed)) == [1, 2, 3]


@pytest.mark.parametrize("typed", ["cyngor", "gyngor", "nghyngor", "chyngor"])
def test_welsh_mutations_of_cyngor_match_each_other(backend, typed):
    backend.index(
        [
            make_doc(1, "one", description="Cyngor Sir Gwynedd"),
            make_doc(2, "two", description="Ei gyngor"),
            make_doc(3, "three", description="Fy nghyngor"),
            make_doc(4, "four", description="A chyngor da"),
            make_doc(5, "five", description="Dim byd"),
        ]
    )
    assert set(ids(backend, typed)) >= {1, 2, 3, 4}
    assert 5 not in ids(backend, typed)


@pytest.mark.parametrize(
    ("typed", "indexed"),
    [
        ("bin", "Casglu gwastraff"),
        ("gwastraff", "Bin collection days"),
        ("council", "Cyngor Sir"),
        ("cyngor", "Council tax"),
        ("health", "Data iechyd"),
        ("iechyd", "Health data"),
        ("form", "Ffurflen gais"),
        ("ffurflen", "Accessible form builder"),
        ("speech", "Adnabod lleferydd"),
        ("lleferydd", "Speech synthesis"),
        ("spell checker", "Gwirydd sillafu Cymraeg"),
        ("gwirydd sillafu", "A spell checker for Welsh"),
        ("translation", "Offer cyfieithu"),
        ("appointment", "Trefnu apwyntiad"),
    ],
)
def test_glossary_synonyms_work_both_ways(backend, typed, indexed):
    backend.index([make_doc(1, "subject", description=indexed), make_doc(2, "other")])
    assert ids(backend, typed) == [1]


def test_a_glossary_word_keeps_its_meaning_rather_than_borrowing_a_near_word_s(backend):
    # 'mapiau' (maps) is one letter from 'apiau' (apps), which the index holds: the glossary's
    # maps must answer, not the synonyms of apps.
    backend.index(
        [
            make_doc(1, "route-maps", description="Interactive maps of bus routes"),
            make_doc(2, "mobile-app", description="A mobile app for booking"),
            make_doc(3, "siop", description="Siop apiau"),
        ]
    )
    found = ids(backend, "mapiau")
    assert found[0] == 1
    assert 2 not in found


def test_a_mutated_synonym_still_matches(backend):
    backend.index([make_doc(1, "hunspell-cy", description="Fersiwn o wirydd sillafu Hunspell")])
    assert ids(backend, "spell checker") == [1]


def test_a_body_s_acronym_or_web_brand_finds_its_components(backend):
    body = {
        "organisation": "abuhb",
        "organisation_name": "Aneurin Bevan University Health Board",
        "organisation_name_cy": "Bwrdd Iechyd Prifysgol Aneurin Bevan",
        "organisation_aliases": ["abuhb", "bipab", "abuhb.nhs.wales"],
        "owner": "Aneurin-Bevan-University-Health-Board",
    }
    backend.index(
        [
            make_doc(1, "spc-charts", description="Statistical process control charts", **body),
            make_doc(2, "other-charts", description="Statistical process control charts"),
            make_doc(3, "bed-board", description="Hospital bed management", **body),
        ]
    )
    assert sorted(ids(backend, "abuhb")) == [1, 3]
    assert sorted(ids(backend, "bipab")) == [1, 3]
    assert ids(backend, "abuhb.nhs.wales charts")[0] == 1
    assert ids(backend, "abuhb charts")[0] == 1


def test_a_body_named_in_full_in_welsh_finds_its_components_after_a_mutation(backend):
    # 'gan Weithrediaeth GIG Cymru' (by the NHS Wales Executive): its first word mutates after
    # 'gan'; GIG Cymru is another body, whose name holds two of the three words.
    names = ("NHS Wales Executive", "Gweithrediaeth GIG Cymru")
    executive = {
        "organisation": "nhs-wales-executive",
        "organisation_name": names[0],
        "organisation_name_cy": names[1],
        "organisation_aliases": organisation_aliases(*names, None),
        "owner": "NHS-Executive",
    }
    gig = {"organisation": "gig-cymru", "organisation_name_cy": "GIG Cymru", "owner": "GIGCymru"}
    backend.index(
        [
            make_doc(1, "starter-guide", description="Data and code for staff", **gig),
            make_doc(
                2, "hip-fractures", description="Data from the hip fracture audit", **executive
            ),
        ]
    )
    for text in ("data gan Weithrediaeth GIG Cymru", "data Gweithrediaeth GIG Cymru"):
        assert ids(backend, text)[0] == 2, text


def test_a_body_s_names_find_the_work_of_the_suppliers_that_build_for_it(backend):
    supplier = {
        "organisation": "astun-technology",
        "organisation_name": "Astun Technology (supplier)",
        "organisation_name_cy": "Astun Technology (cyflenwr)",
        "organisation_aliases": ["astuntechnology.com"],
        "owner": "AstunTechnology",
        "client_name": "Natural Resources Wales",
        "client_name_cy": "Cyfoeth Naturiol Cymru",
        "client_aliases": ["nrw", "cnc", "naturalresources.wales"],
    }
    backend.index(
        [
            make_doc(1, "custom-geonetwork", description="GeoNetwork customisations", **supplier),
            make_doc(2, "geonetwork-theme", description="A GeoNetwork theme"),
            make_doc(3, "rivers", description="Natural flood management on rivers"),
        ]
    )
    assert ids(backend, "cyfoeth naturiol cymru")[0] == 1
    assert ids(backend, "natural resources wales geonetwork")[0] == 1
    assert ids(backend, "cnc geonetwork")[0] == 1
    # One word of the body's name alone does not make its suppliers' work about it.
    assert ids(backend, "natural")[0] == 3


def _index_beside_an_address_lookup(backend, headword: str, name: str, description: str):
    """Index one component beside an address lookup, or skip without the dictionaries."""
    from search.lexicon import load_lexicon

    if not load_lexicon().english(headword):
        pytest.skip("the Welsh-English dictionaries are not installed (make lexicon)")
    backend.index(
        [
            make_doc(1, name, description=description),
            make_doc(2, "address-lookup", description="Find an address from a postcode"),
        ]
    )


def test_a_welsh_word_the_glossary_lacks_finds_english_components(backend):
    # 'ffermydd' (farms) is in no glossary entry: FreeDict's dictionaries translate it
    # (search/lexicon.py; `make setup` unpacks them).
    from search.glossary import load_glossary

    assert not load_glossary().contains(("ffermydd",))
    _index_beside_an_address_lookup(
        backend, "ffermydd", "crop-forecasts", "Crop forecasts for farms"
    )
    assert ids(backend, "ffermydd") == [1]
    assert ids(backend, "ffermydd") == ids(backend, "farms")


def test_an_english_word_is_no_mutated_form_of_the_welsh_word_typed(backend):
    # 'air' (English) would be a soft-mutated 'gair' (word), and 'we' a soft-mutated 'gwe'.
    from search.lexicon import load_lexicon

    if not load_lexicon().english_word("air"):
        pytest.skip("the Welsh-English dictionaries are not installed (make lexicon)")
    backend.index(
        [
            make_doc(1, "air-quality", description="Air quality readings we publish"),
            make_doc(2, "geiriadur", description="Pob gair yn y geiriadur"),
        ]
    )
    assert ids(backend, "gair") == [2]
    assert ids(backend, "gwe") == []


def test_a_welsh_noun_made_of_a_verb_finds_what_the_verb_says(backend):
    # 'ymlusgwr' (crawler) is in no dictionary; 'ymlusgo' (crawl) is (search/derivation.py).
    _index_beside_an_address_lookup(backend, "ymlusgo", "site-crawler", "Crawl websites for links")
    assert ids(backend, "ymlusgwr") == [1]


# -- typos and typing ------------------------------------------------------------------------------


def test_one_typo_is_forgiven_in_words_of_five_letters_or_more(backend):
    backend.index([make_doc(1, "one", description="address lookup"), make_doc(2, "two")])
    assert ids(backend, "adress") == [1]
    assert ids(backend, "addresz") == [1]


def test_two_typos_are_forgiven_in_words_of_nine_letters_or_more(backend):
    backend.index([make_doc(1, "one", description="Accessible questionnaire runner")])
    assert ids(backend, "questionaare") == [1]
    assert ids(backend, "acessible") == [1]  # 9 letters, one typo
    assert ids(backend, "qestionnair") == [1]


def test_short_words_must_be_spelt_exactly(backend):
    backend.index([make_doc(1, "one", description="data about roads")])
    assert ids(backend, "dota ") == []


def test_the_last_word_matches_as_a_prefix(backend):
    backend.index([make_doc(1, "one", description="Welsh speech recognition"), make_doc(2, "two")])
    assert ids(backend, "speech recog") == [1]
    assert ids(backend, "recog") == [1]


def test_no_results_suggest_a_word_from_the_index(backend):
    backend.index([make_doc(1, "one", description="Welsh terminology dictionary")])
    page = backend.search(Query(text="dikshonary"))
    assert page.total == 0
    assert page.suggestion == "dictionary"
    assert backend.search(Query(text="dictionary")).suggestion is None


def test_a_suggestion_starts_as_the_word_typed(backend):
    # A misspelling seldom changes how a word starts: no word of the index begins 'ps'.
    backend.index([make_doc(1, "one", description="Theme customisation")])
    page = backend.search(Query(text="pseudonymisation"))
    assert page.total == 0
    assert page.suggestion is None


def test_an_exact_name_ranks_first(backend):
    backend.index(
        [
            make_doc(1, "macsen-flutter", description="Macsen app for phones"),
            make_doc(2, "macsen", description="Macsen voice assistant"),
            make_doc(3, "macsen-sgwrsfot", description="Chatbot for Macsen"),
        ]
    )
    assert ids(backend, "macsen")[0] == 2


def test_a_component_described_in_other_words_is_found_by_meaning(backend):
    backend.index(maps_and_bookings(make_doc))
    found = ids(backend, "geocoding")
    # 'place-finder' never says 'geocoding', but it is about what the components that do are.
    assert sorted(found[:2]) == [1, 2]
    assert found[2:3] == [3]
    assert not {4, 5, 6, 7} & set(found[:3])
    # Each hit says whether its words matched or only its meaning did.
    hits = {hit.id: hit for hit in backend.search(Query(text="geocoding")).hits}
    assert hits[3].by_meaning and not hits[1].by_meaning and not hits[2].by_meaning
    # ... and marks no word in one found by meaning alone.
    assert not hits[3].highlights and hits[1].highlights


def test_unknown_words_still_find_nothing_beside_meaning(backend):
    backend.index(maps_and_bookings(make_doc))
    assert ids(backend, "xyzzy plugh") == []


# -- filters and facets ----------------------------------------------------------------------------


@pytest.fixture
def catalogue(backend):
    backend.index(
        [
            make_doc(
                1,
                "forms-a",
                organisation="cardiff",
                sector="local-government",
                language="Python",
                topics=["forms", "gov-uk"],
            ),
            make_doc(
                2,
                "forms-b",
                organisation="cardiff",
                sector="local-government",
                language="Ruby",
                topics=["forms"],
            ),
            make_doc(
                3,
                "forms-c",
                organisation="nhs-wales",
                sector="health",
                language="Python",
                topics=["fhir"],
                welsh="yes",
            ),
            make_doc(
                4,
                "forms-d",
                organisation="nhs-wales",
                sector="health",
                language="C#",
                archived=True,
            ),
            make_doc(
                5,
                "maps",
                organisation="gwynedd",
                sector="local-government",
                language="Python",
                publiccode="yes",
            ),
        ]
    )
    return backend


def test_filters_are_or_within_a_field_and_and_across_fields(catalogue):
    either = {"organisation": ("cardiff", "nhs-wales")}
    assert sorted(ids(catalogue, "forms", filters=either)) == [1, 2, 3, 4]
    both = {"organisation": ("cardiff", "nhs-wales"), "language": ("Python",)}
    assert sorted(ids(catalogue, "forms", filters=both)) == [1, 3]
    assert ids(catalogue, "", filters={"publiccode": ("yes",)}) == [5]
    assert ids(catalogue, "", filters={"welsh": ("yes",)}) == [3]
    assert ids(catalogue, "", filters={"activity": ("archived",)}) == [4]


def test_components_with_no_push_date_filter_and_count_as_unknown_activity(backend):
    backend.index(
        [
            make_doc(1, "dated-forms", activity="stale", pushed_at=NOW - 900 * DAY),
            make_doc(2, "undated-forms", activity="unknown", pushed_at=0),
        ]
    )
    assert ids(backend, "", filters={"activity": ("unknown",)}) == [2]
    assert backend.search(Query(text="")).facets["activity"] == {"stale": 1, "unknown": 1}


def test_topic_is_a_multi_valued_filter(catalogue):
    assert sorted(ids(catalogue, "", filters={"topic": ("forms",)})) == [1, 2]
    assert sorted(ids(catalogue, "", filters={"topic": ("gov-uk", "fhir")})) == [1, 3]


def test_unknown_filter_values_match_nothing(catalogue):
    page = catalogue.search(Query(text="forms", filters={"organisation": ("no-such-body",)}))
    assert page.total == 0
    assert page.hits == []


def test_unknown_filter_fields_are_refused(catalogue):
    with pytest.raises(InvalidQueryError):
        catalogue.search(Query(text="forms", filters={"colour": ("red",)}))


def test_facets_count_every_filter_field(catalogue):
    facets = catalogue.search(Query(text="")).facets
    assert set(facets) == set(FILTER_FIELDS)
    assert facets["organisation"] == {"cardiff": 2, "nhs-wales": 2, "gwynedd": 1}
    assert facets["language"]["Python"] == 3
    assert facets["topic"] == {"forms": 2, "gov-uk": 1, "fhir": 1}
    assert facets["activity"] == {"active": 4, "archived": 1}


def test_facet_counts_reflect_the_other_active_filters(catalogue):
    page = catalogue.search(
        Query(text="forms", filters={"organisation": ("cardiff",), "language": ("Python",)})
    )
    assert [hit.id for hit in page.hits] == [1]
    # Organisation counts ignore the organisation filter but keep the language one...
    assert page.facets["organisation"] == {"cardiff": 1, "nhs-wales": 1}
    # ...and language counts ignore the language filter but keep the organisation one.
    assert page.facets["language"] == {"Python": 1, "Ruby": 1}
    assert page.facets["sector"] == {"local-government": 1}


# -- hostile and odd input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"unbalanced quote',
        "forms*",
        "*",
        "-forms",
        "forms NEAR maps",
        "NEAR(forms maps, 2)",
        "forms AND",
        "OR",
        "NOT forms",
        "(forms",
        "forms)",
        "{name}: forms",
        "name:forms",
        "^forms",
        "forms + maps",
        "' OR 1=1 --",
        "\x00\x01",
        "🙂 forms",
        "<script>alert(1)</script>",
        "x" * 1000,
        "forms " * 200,
        "a" * 5000,
    ],
)
def test_operators_and_punctuation_typed_by_people_never_break_search(catalogue, text):
    page = catalogue.search(Query(text=text))
    assert page.total >= 0


def test_typed_operators_are_read_as_words(catalogue):
    assert sorted(ids(catalogue, "forms AND maps")) == [1, 2, 3, 4, 5]
    assert 5 in ids(catalogue, '"maps')


def test_highlights_mark_matches_and_escape_html(backend):
    backend.index(
        [make_doc(1, "widget", description='Render <b onclick="x()">forms</b> & more forms')]
    )
    hit = backend.search(Query(text="forms")).hits[0]
    snippet = hit.highlights["description"]
    assert "<mark>forms</mark>" in snippet
    assert "<b" not in snippet
    assert "&lt;b onclick=" in snippet
    assert "&amp;" in snippet


def test_acronyms_and_welsh_loanwords_are_searched_for_and_told(backend):
    # search/acronyms.py and search/loans.py: what the question's words also stood for comes
    # back with the page, for people to be told.
    backend.index(
        [
            make_doc(
                1, "GoogleColab_NHFD_WebScraper", description="Download the latest NHFD extracts"
            ),
            make_doc(2, "g2p", description="Convert graphemes to phonemes"),
            make_doc(3, "address-lookup", description="Find an address from a postcode"),
        ]
    )
    page = backend.search(Query(text="National Hip Fracture Database"))
    assert [hit.id for hit in page.hits] == [1]
    assert Reading("national hip fracture database", ("nhfd",), "acronym") in page.readings
    page = backend.search(Query(text="trosi graffemau i ffonemau"))
    assert [hit.id for hit in page.hits][:1] == [2]
    assert Reading("graffemau", ("graphemes",), "english") in page.readings
    assert backend.search(Query(text="address lookup")).readings == []


def _glossed(id: int, name: str, description: str) -> dict[str, Any]:
    """A document carrying what its technical terms mean, as search/documents.py gives it."""
    from search.definitions import load_definitions

    glosses = load_definitions().glosses([name.replace("-", " "), description])
    return make_doc(id, name, description=description, glosses=glosses)


def test_everyday_words_find_a_component_described_in_jargon(backend):
    # search/definitions.py: 'ASR' means software that writes spoken words down as text.
    backend.index(
        [
            _glossed(1, "kaldi-recipes", "Kaldi ASR recipes for Welsh"),
            _glossed(2, "colour-picker", "Pick colours for charts"),
        ]
    )
    page = backend.search(Query(text="write down spoken words"))
    assert [hit.id for hit in page.hits] == [1]
    # It says why: none of its own words matched, so the definition is shown, marked.
    assert "<mark>" in page.hits[0].highlights["glosses"]
    assert "description" not in page.hits[0].highlights


def test_a_component_s_own_words_rank_above_what_its_terms_mean(backend):
    backend.index(
        [
            _glossed(1, "kaldi-recipes", "Kaldi ASR recipes for Welsh"),
            _glossed(2, "dictation-notes", "Write down spoken words as notes"),
        ]
    )
    found = ids(backend, "write down spoken words")
    assert found[:2] == [2, 1]
    hit = backend.search(Query(text="write down spoken words")).hits[0]
    assert "glosses" not in hit.highlights


def test_another_term_for_the_kind_of_software_finds_a_component(backend):
    # search/definitions.py: 'sign in' and 'authentication' name one kind of software; 'flask'
    # and 'dropwizard' are two products of another kind, and one says nothing of the other.
    backend.index(
        [
            _glossed(1, "staff-auth", "Authentication for staff systems"),
            _glossed(2, "colour-picker", "Pick colours for charts"),
            _glossed(3, "flask-portal", "Built with Flask"),
        ]
    )
    page = backend.search(Query(text="sign in"))
    assert [hit.id for hit in page.hits] == [1]
    # It says why: the definition, unmarked, as none of its words matched.
    shown = page.hits[0].highlights["glosses"]
    assert "<mark>" not in shown and shown.startswith("Checks that people are who")
    assert ids(backend, "dropwizard") == []


@pytest.mark.parametrize(
    ("question", "meant", "near"),
    [
        (
            "one username and password for all our staff systems",
            "microsoft entra",
            "authentication",
        ),
        ("dal camgymeriadau yn fy nghod cyn iddo redeg", "lint", "automated tests"),
    ],
)
def test_a_need_in_everyday_words_finds_what_carries_the_definition_meeting_it(
    backend, question, meant, near
):
    # search/data/needs/ says how people put the need each definition meets; the question may be
    # paraphrasing either definition (search/paraphrase.py: Paraphrases.likely), so both
    # definitions' needs are searched, and the one whose needs say it comes first.
    backend.index(
        [
            _glossed(1, near.replace(" ", "-"), f"{near} service"),
            _glossed(2, meant.replace(" ", "-"), f"{meant} service"),
            _glossed(3, "colour-picker", "Pick colours for charts"),
        ]
    )
    page = backend.search(Query(text=question))
    assert [hit.id for hit in page.hits][:2] == [2, 1]


def test_a_question_that_reads_like_a_definition_finds_what_carries_its_term(backend):
    # search/paraphrase.py: the question reads like the definition of '360 feedback' and no other.
    backend.index(
        [
            _glossed(1, "api-proxy", "Rate limits for each API"),
            _glossed(2, "staff-feedback", "Values based 360 feedback for NHS staff"),
            _glossed(3, "colour-picker", "Pick colours for charts"),
        ]
    )
    question = "a way for colleagues to rate each other against the organisation's values"
    page = backend.search(Query(text=question))
    assert [hit.id for hit in page.hits][:2] == [2, 1]
    # The term is marked in the component's own words, with the question's word it holds.
    marked = page.hits[0].highlights["description"]
    assert "<mark>Values</mark>" in marked and "<mark>feedback</mark>" in marked
    assert (
        Reading("colleagues rate organisation values", ("360 feedback",), "definition")
        in page.readings
    )
    # A question naming the term is only searched for as typed.
    assert backend.search(Query(text="360 feedback")).readings == []
