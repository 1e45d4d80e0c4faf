"""MeiliSearchBackend at its HTTP boundary: the exact requests it sends to a local fake Meilisearch."""

from __future__ import annotations

import socket

import meilisearch
import pytest

from search.aliases import organisation_aliases
from search.backend import (
    FILTER_FIELDS,
    InvalidQueryError,
    Query,
    Reading,
    SearchError,
    SearchUnavailableError,
)
from search.glossary import load_glossary
from search.meili import MeiliSearchBackend
from search.meili import backend as meili_backend
from search.meili import indexes as meili_indexes
from search.meili.backend import SearchTaskError
from search.meili.indexes import POST, PRE, index_settings
from tests.support.search_documents import search_document

KEY = "test-master-key"


doc = search_document


@pytest.fixture
def backend(fake):
    fake.master_key = KEY  # the fake refuses requests without this key, as the server does
    # Generous limits: the fake finishes a task as soon as its thread runs, which on two busy cores
    # (the suite runs two workers) took over 2 s twice. The timeouts have tests of their own.
    return MeiliSearchBackend(fake.url, KEY, index="components", timeout=10, task_timeout=10)


def test_start_creates_both_indexes_and_applies_every_setting(fake, backend):
    backend.ensure_ready()
    assert fake.writes() == [
        ("POST", "/indexes"),
        ("PATCH", "/indexes/components/settings"),
        ("POST", "/indexes"),
        ("PATCH", "/indexes/components_vocabulary/settings"),
    ]
    create = fake.calls("POST", "/indexes")[0]
    assert create.body == {"uid": "components", "primaryKey": "id"}
    settings = fake.calls("PATCH", "/indexes/components/settings")[0].body
    assert settings["searchableAttributes"][:4] == ["name", "name_text", "topics", "keywords"]
    # What a component's technical terms mean ranks below everything the component says itself,
    # then the other terms for the kinds they name, and how people put the needs those meet.
    assert settings["searchableAttributes"][-4:] == ["readme", "glosses", "terms", "needs"]
    assert set(FILTER_FIELDS) <= set(settings["filterableAttributes"])
    assert {"updated", "name_key"} <= set(settings["sortableAttributes"])
    assert settings["rankingRules"][-1] == "archived_rank:asc"
    assert settings["typoTolerance"]["minWordSizeForTypos"] == {"oneTypo": 5, "twoTypos": 9}
    assert settings["pagination"] == {"maxTotalHits": 10_000}
    synonyms = settings["synonyms"]
    assert "cyngor" in synonyms["council"]
    assert "council" in synonyms["gyngor"]  # mutated Welsh forms carry the synonym too
    assert "gwirydd sillafu" in synonyms["spell checker"]
    assert "wirydd sillafu" in synonyms["spell checker"]
    # Every write was awaited through the task route until the server had applied it.
    polled = {r.path for r in fake.calls("GET", "/tasks/")}
    assert polled == {f"/tasks/{task['uid']}" for task in fake.tasks}
    assert [task["status"] for task in fake.tasks] == ["succeeded"] * 4
    assert all(r.headers.get("Authorization") == f"Bearer {KEY}" for r in fake.requests)


def test_workers_starting_together_both_start(fake, backend):
    # Another worker asked for the index first; its task is still queued when this one looks.
    meilisearch.Client(fake.url, KEY).create_index("components", {"primaryKey": "id"})
    backend.ensure_ready()
    creations = [t for t in fake.tasks if t["type"] == "indexCreation"]
    assert creations[1]["error"]["code"] == "index_already_exists"  # as the server answers
    assert fake.indexes["components"]["settings"]["rankingRules"][-1] == "archived_rank:asc"
    assert fake.indexes["components"]["primaryKey"] == "id"


def test_settings_are_not_sent_again_when_already_applied(fake, backend):
    backend.ensure_ready()
    # The fake answers as the server does: every setting, defaults filled in, sets sorted.
    stored = fake.indexes["components"]["settings"]
    assert stored["displayedAttributes"] == ["*"]
    assert stored["typoTolerance"]["disableOnNumbers"] is False
    assert stored != fake.calls("PATCH", "/indexes/components/settings")[0].body
    fake.requests.clear()
    again = MeiliSearchBackend(fake.url, KEY, index="components")
    again.ensure_ready()
    assert fake.writes() == []
    assert [r.path for r in fake.requests] == [
        "/indexes/components/settings",
        "/indexes/components_vocabulary/settings",
    ]


def _as_written_by_hand(glossary=None) -> dict:
    """Our settings as someone might write them: in an order the server does not keep."""
    settings = index_settings(glossary or load_glossary())
    settings["sortableAttributes"] = sorted(settings["sortableAttributes"], reverse=True)
    settings["searchableAttributes"] = [*settings["searchableAttributes"], "name"]
    settings["stopWords"] = ["ŵy", *sorted(settings["stopWords"], reverse=True), "a"]
    settings["faceting"] = {"maxValuesPerFacet": 100, "sortFacetValuesBy": {"language": "count"}}
    return settings


def test_settings_the_server_reorders_are_not_sent_again(fake, monkeypatch):
    monkeypatch.setattr(meili_backend, "index_settings", _as_written_by_hand)
    MeiliSearchBackend(fake.url, KEY, index="components").ensure_ready()
    stored = fake.indexes["components"]["settings"]
    assert stored["sortableAttributes"] == sorted(stored["sortableAttributes"])
    assert "w\u0302y" in stored["stopWords"]  # kept decomposed (NFKD), as the server keeps it
    assert stored["faceting"]["sortFacetValuesBy"] == {"*": "alpha", "language": "count"}
    fake.requests.clear()
    MeiliSearchBackend(fake.url, KEY, index="components").ensure_ready()
    assert fake.writes() == []


def test_a_synonym_dropped_from_the_glossary_is_removed_from_the_server(fake, backend):
    backend.ensure_ready()
    stale = {"stale term": ["old term"], "old term": ["stale term"]}
    fake.indexes["components"]["settings"]["synonyms"].update(stale)
    fake.requests.clear()
    MeiliSearchBackend(fake.url, KEY, index="components").ensure_ready()
    (patch,) = fake.calls("PATCH")
    assert list(patch.body) == ["synonyms"]
    assert "stale term" not in fake.indexes["components"]["settings"]["synonyms"]


def test_changed_settings_are_patched_alone(fake, backend):
    backend.ensure_ready()
    fake.indexes["components"]["settings"]["rankingRules"] = ["words"]
    fake.requests.clear()
    MeiliSearchBackend(fake.url, KEY, index="components").ensure_ready()
    patches = fake.calls("PATCH")
    assert len(patches) == 1
    assert list(patches[0].body) == ["rankingRules"]


def test_index_sends_documents_with_hidden_fields_and_waits(fake, backend):
    backend.index(
        [doc(1, "gwasanaeth-data", description=f"Gwasanaeth {PRE}sneaky{POST}", archived=True)]
    )
    sent = fake.calls("POST", "/indexes/components/documents")[0]
    assert sent.query == {"primaryKey": ["id"]}
    (document,) = sent.body
    assert document["id"] == 1
    assert "wasanaeth" in document["mutations"].split()
    assert "ngwasanaeth" in document["mutations"].split()
    assert document["archived_rank"] == 1
    assert PRE not in document["description"]
    assert POST not in document["description"]
    vocabulary = fake.calls("POST", "/indexes/components_vocabulary/documents")[0].body
    assert {"gwasanaeth", "data", "sneaky"} <= {v["term"] for v in vocabulary}
    last_task = fake.tasks[-1]["uid"]
    assert fake.requests[-1].path == f"/tasks/{last_task}"


def test_an_english_word_gives_a_document_no_welsh_mutated_forms(fake, backend):
    # 'air' is no soft-mutated 'gair' (word); 'cyngor' still takes 'gyngor'.
    from search.lexicon import load_lexicon

    if not load_lexicon().english_word("air"):
        pytest.skip("the Welsh-English dictionaries are not installed (make lexicon)")
    backend.index([doc(1, "air-quality", description="Air quality for every cyngor")])
    (document,) = fake.calls("POST", "/indexes/components/documents")[0].body
    assert "gair" not in document["mutations"].split()
    assert "gyngor" in document["mutations"].split()


def test_a_failed_task_is_raised_with_its_reason(fake, backend):
    backend.ensure_ready()
    fake.fail_next_task = {
        "message": "Document identifier `x` is invalid.",
        "code": "invalid_document_id",
    }
    with pytest.raises(SearchTaskError, match="invalid_document_id"):
        backend.index([doc(1, "one")])


def test_documents_the_server_rejects_fail_the_write_and_none_is_added(fake, backend):
    with pytest.raises(
        SearchTaskError, match=r"documentAdditionOrUpdate\) failed: invalid_document_id"
    ):
        backend.index([doc(1, "one"), {**doc(2, "two"), "id": "not valid!"}])
    assert fake.indexes["components"]["documents"] == {}


def test_a_failed_settings_task_stops_the_start_and_is_tried_again(fake, backend):
    fake.create_index("components")
    fake.fail_next_task = {"code": "internal", "message": "disk full"}
    with pytest.raises(SearchTaskError, match=r"\(settingsUpdate\) failed: internal disk full"):
        backend.ensure_ready()
    assert fake.indexes["components"]["settings"]["rankingRules"][0] == "words"  # unchanged
    fake.requests.clear()
    backend.ensure_ready()
    assert ("PATCH", "/indexes/components/settings") in fake.writes()
    assert fake.indexes["components"]["settings"]["rankingRules"][0] == "sort"


def test_settings_the_server_refuses_are_reported_with_its_code(fake, backend, monkeypatch):
    mixed = ["words", "attribute", "wordPosition"]
    monkeypatch.setattr(meili_indexes, "RANKING_RULES", mixed)
    with pytest.raises(SearchError, match="invalid_settings_ranking_rules: Mixed usage"):
        backend.ensure_ready()
    assert fake.writes() == [("POST", "/indexes"), ("PATCH", "/indexes/components/settings")]


def test_a_deletion_the_server_cannot_filter_fails_and_deletes_nothing(fake, backend):
    backend.index([doc(1, "one"), doc(2, "two")])
    fake.indexes["components"]["settings"]["filterableAttributes"] = []  # reset behind our back
    with pytest.raises(SearchTaskError, match=r"invalid_document_filter.*`id` is not filterable"):
        backend.delete([1])
    assert sorted(fake.indexes["components"]["documents"]) == [1, 2]


def test_a_failed_rebuild_keeps_the_live_index_and_leaves_nothing_behind(fake, backend):
    backend.index([doc(9, "old")])
    with pytest.raises(SearchTaskError, match="invalid_document_id"):
        backend.rebuild([doc(1, "one"), {**doc(2, "two"), "id": "not valid!"}])
    assert set(fake.indexes) == {"components", "components_vocabulary", "components_semantic"}
    assert sorted(fake.indexes["components"]["documents"]) == [9]


def test_a_filter_the_server_refuses_is_an_error_not_an_empty_page(fake, backend):
    backend.ensure_ready()
    fake.indexes["components"]["settings"]["filterableAttributes"] = ["id"]
    with pytest.raises(
        SearchError, match=r"invalid_search_filter.*`organisation` is not filterable"
    ):
        backend.search(Query(text="forms", filters={"organisation": ("cardiff",)}))


def test_filter_values_reach_the_server_as_the_values_typed(fake, backend):
    odd = 'we"ird\\org'
    backend.index([doc(1, "one", organisation=odd), doc(2, "two", organisation="we")])
    page = backend.search(Query(filters={"organisation": (odd,)}, facets=False))
    assert [hit.id for hit in page.hits] == [1]
    assert page.total == 1


def test_a_task_that_never_finishes_times_out(fake):
    backend = MeiliSearchBackend(fake.url, KEY, timeout=2, task_timeout=0.3)
    fake.tasks_stay_processing = True
    with pytest.raises(SearchUnavailableError, match="did not finish task"):
        backend.ensure_ready()


def test_delete_uses_a_filter_and_waits(fake, backend):
    backend.index([doc(1, "one"), doc(2, "two"), doc(3, "three")])
    fake.requests.clear()
    backend.delete([1, 3])
    assert fake.writes() == [("POST", "/indexes/components/documents/delete")]
    assert fake.calls("POST")[0].body == {"filter": "id IN [1, 3]"}
    assert sorted(fake.indexes["components"]["documents"]) == [2]


def test_rebuild_fills_fresh_indexes_then_swaps_and_drops_the_old(fake, backend):
    backend.index([doc(9, "old")])
    fake.requests.clear()
    assert backend.rebuild([doc(1, "one"), doc(2, "two")]) == 2
    swap = fake.calls("POST", "/swap-indexes")[0].body
    fresh = swap[0]["indexes"][1]
    assert fresh.startswith("components_rebuild_")
    assert swap == [
        {"indexes": ["components", fresh]},
        {"indexes": ["components_vocabulary", f"{fresh}_vocabulary"]},
        {"indexes": ["components_semantic", f"{fresh}_semantic"]},
    ]
    writes = fake.writes()
    assert writes.index(("POST", f"/indexes/{fresh}/documents")) < writes.index(
        ("POST", "/swap-indexes")
    )
    assert writes.index(("POST", f"/indexes/{fresh}_semantic/documents")) < writes.index(
        ("POST", "/swap-indexes")
    )
    assert writes[-3:] == [
        ("DELETE", f"/indexes/{fresh}"),
        ("DELETE", f"/indexes/{fresh}_vocabulary"),
        ("DELETE", f"/indexes/{fresh}_semantic"),
    ]
    assert sorted(fake.indexes["components"]["documents"]) == [1, 2]
    assert fresh not in fake.indexes


def test_search_sends_filters_sort_paging_and_disjunctive_facet_queries(fake, backend):
    backend.ensure_ready()
    fake.search_results.append(
        [
            {
                "hits": [
                    {
                        "id": 7,
                        "_rankingScore": 0.9,
                        "_formatted": {
                            "id": "7",
                            "name": "forms",
                            "description": f"Render <b>{PRE}forms{POST}</b> & more",
                        },
                    }
                ],
                "hitsPerPage": 10,
                "page": 2,
                "totalPages": 2,
                "totalHits": 11,
                "facetDistribution": {
                    "organisation": {"cardiff": 11},
                    "language": {"Python": 11},
                    "sector": {"local-government": 11},
                },
            },
            {
                "hits": [],
                "totalHits": 30,
                "facetDistribution": {"organisation": {"cardiff": 11, "nhs-wales": 19}},
            },
            {
                "hits": [],
                "totalHits": 14,
                "facetDistribution": {"language": {"Python": 11, "Ruby": 3}},
            },
        ]
    )
    page = backend.search(
        Query(
            text="forms",
            filters={"organisation": ("cardiff",), "language": ("Python",)},
            page=2,
            per_page=10,
        )
    )
    queries = fake.calls("POST", "/multi-search")[0].body["queries"]
    main, by_organisation, by_language = queries
    assert main["q"] == "forms"
    assert main["filter"] == ['organisation IN ["cardiff"]', 'language IN ["Python"]']
    assert main["page"] == 2
    assert main["hitsPerPage"] == 10
    assert main["facets"] == list(FILTER_FIELDS)
    shown = ["name", "description", "description_cy", "topics", "readme", "glosses"]
    assert main["attributesToHighlight"] == [*shown, "terms"]  # marked, never shown
    assert main["attributesToCrop"] == ["readme", "glosses"]
    assert main["highlightPreTag"] == PRE
    assert "sort" not in main
    assert by_organisation["filter"] == ['language IN ["Python"]']
    assert by_organisation["facets"] == ["organisation"]
    assert by_organisation["hitsPerPage"] == 0
    assert by_language["filter"] == ['organisation IN ["cardiff"]']
    assert page.total == 11
    assert [hit.id for hit in page.hits] == [7]
    assert page.hits[0].highlights["description"] == (
        "Render &lt;b&gt;<mark>forms</mark>&lt;/b&gt; &amp; more"
    )
    assert "name" not in page.hits[0].highlights  # no match marked there
    assert page.facets["organisation"] == {"nhs-wales": 19, "cardiff": 11}
    assert page.facets["language"] == {"Python": 11, "Ruby": 3}
    assert page.facets["sector"] == {"local-government": 11}


def test_empty_query_lists_newest_first_and_name_sort_is_sent(fake, backend):
    backend.ensure_ready()
    backend.search(Query())
    backend.search(Query(text="maps", sort="name", facets=False))
    calls = fake.calls("POST", "/multi-search")
    empty, named = calls[0].body["queries"][0], calls[1].body["queries"][0]
    assert empty["q"] == ""
    assert empty["sort"] == ["updated:desc", "id:asc"]
    assert "attributesToHighlight" not in empty
    assert named["sort"] == ["name_key:asc", "id:asc"]
    assert "facets" not in named


def test_typed_syntax_is_cleaned_and_filter_values_are_quoted(fake, backend):
    backend.ensure_ready()
    backend.search(
        Query(text='forms -maps NEAR( "design system', filters={"organisation": ('we"ird\\org',)})
    )
    main = fake.calls("POST", "/multi-search")[0].body["queries"][0]
    assert main["q"] == "forms maps near design system"
    assert main["filter"] == ['organisation IN ["we\\"ird\\\\org"]']


def test_a_finished_last_word_is_sent_with_a_space_so_it_is_no_prefix(fake, backend):
    backend.ensure_ready()
    for text in ("maps ", "ACC", "maps"):
        backend.search(Query(text=text, facets=False))
    calls = fake.calls("POST", "/multi-search")
    firsts = [call.body["queries"][0] for call in calls]
    sent = [query["q"] for query in firsts if query["indexUid"] == backend.uid]
    assert sent == ["maps ", "acc ", "maps"]


def test_bad_queries_are_refused_before_any_request(fake, backend):
    with pytest.raises(InvalidQueryError):
        backend.search(Query(text="x", filters={"colour": ("red",)}))
    with pytest.raises(InvalidQueryError):
        backend.search(Query(text="x", page=10_000))
    assert fake.requests == []


def test_no_results_suggest_a_word_from_the_vocabulary(fake, backend):
    backend.ensure_ready()
    fake.search_results.append([{"hits": [], "totalHits": 0, "facetDistribution": {}}])
    fake.search_results.append(
        [{"hits": [{"term": "dictionary"}, {"term": "digital"}], "totalHits": 2}]
    )
    page = backend.search(Query(text="dikshunary"))
    assert page.suggestion == "dictionary"
    lookup = fake.calls("POST", "/multi-search")[1].body["queries"][0]
    assert lookup["indexUid"] == "components_vocabulary"
    assert lookup["filter"] == 'start = "di"'


def test_a_server_error_means_search_is_unavailable(fake, backend):
    fake.status_override = 503
    with pytest.raises(SearchUnavailableError):
        backend.search(Query(text="forms"))


def test_a_slow_server_times_out_as_unavailable(fake):
    fake.delay = 1.5
    slow = MeiliSearchBackend(fake.url, KEY, timeout=0.5)
    with pytest.raises(SearchUnavailableError):
        slow.search(Query(text="forms"))


def test_nothing_listening_means_unavailable_and_health_says_so():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    down = MeiliSearchBackend(f"http://127.0.0.1:{port}", KEY, timeout=0.5)
    with pytest.raises(SearchUnavailableError):
        down.search(Query(text="forms"))
    with pytest.raises(SearchUnavailableError):
        down.index([doc(1, "one")])
    health = down.health()
    assert not health.ok
    assert health.engine == "meilisearch"


def test_a_refused_key_is_reported_not_treated_as_an_empty_index(fake, backend):
    wrong = MeiliSearchBackend(fake.url, "not-the-key", index="components", timeout=2)
    with pytest.raises(SearchError, match="invalid_api_key"):
        wrong.index([doc(1, "one")])
    health = wrong.health()
    assert not health.ok
    assert "invalid_api_key" in health.detail


def test_health_reports_documents(fake, backend):
    assert backend.health().documents == 0  # index not built yet is still healthy
    backend.index([doc(1, "one"), doc(2, "two")])
    health = backend.health()
    assert health.ok
    assert health.documents == 2


def test_settings_include_the_glossary():
    settings = index_settings(load_glossary())
    assert len(load_glossary()) >= 150
    assert "iechyd" in settings["synonyms"]["health"]
    assert "health" in settings["synonyms"]["iechyd"]


def test_facts_from_the_code_are_sent_and_searched_in_the_embedded_engines_order(fake, backend):
    backend.ensure_ready()
    searchable = fake.calls("PATCH", "/indexes/components/settings")[0].body["searchableAttributes"]
    # As in the embedded engine: facts rank with topics, packages between organisation and README.
    assert searchable.index("facts") < searchable.index("description")
    assert searchable.index("owner") < searchable.index("dependencies") < searchable.index("readme")
    backend.index([doc(2, "platform", facts=["terraform", "hcl"], dependencies=["godog"])])
    (document,) = fake.calls("POST", "/indexes/components/documents")[0].body
    assert document["facts"] == ["terraform", "hcl"]
    assert document["dependencies"] == ["godog"]


def test_a_body_s_aliases_are_searched_beside_its_names(fake, backend):
    backend.ensure_ready()
    searchable = fake.calls("PATCH", "/indexes/components/settings")[0].body["searchableAttributes"]
    assert searchable.index("owner") < searchable.index("organisation_aliases")
    assert searchable.index("organisation_aliases") < searchable.index("dependencies")
    backend.index([doc(3, "spc-charts", organisation_aliases=["abuhb", "abuhb.nhs.wales"])])
    (document,) = fake.calls("POST", "/indexes/components/documents")[0].body
    assert document["organisation_aliases"] == ["abuhb", "abuhb.nhs.wales"]


def test_the_body_a_supplier_builds_for_is_searched_beside_the_supplier(fake, backend):
    # As the embedded engine reads them: names as the organisation's names, aliases as its own.
    backend.ensure_ready()
    searchable = fake.calls("PATCH", "/indexes/components/settings")[0].body["searchableAttributes"]
    assert searchable.index("organisation_name_cy") < searchable.index("client_name")
    assert searchable.index("client_name_cy") < searchable.index("owner")
    assert searchable.index("organisation_aliases") < searchable.index("client_aliases")
    assert searchable.index("client_aliases") < searchable.index("dependencies")
    client = {"client_name": "Natural Resources Wales", "client_aliases": ["nrw", "cnc"]}
    backend.index([doc(4, "custom-geonetwork", **client)])
    (document,) = fake.calls("POST", "/indexes/components/documents")[0].body
    assert document["client_aliases"] == ["nrw", "cnc"]
    vocabulary = fake.calls("POST", "/indexes/components_vocabulary/documents")[0].body
    assert {"nrw", "cnc"} <= {v["term"] for v in vocabulary if v.get("kind") == "brand"}


def test_a_brand_spelt_out_from_its_words_beginnings_is_asked_for_as_well(fake, backend):
    # As the embedded engine reads it (search/brands.py): 'Improvement Cymru' names 'impcymru'.
    body = {"owner": "impcymru", "organisation_aliases": ["phw", "phw.nhs.wales"]}
    backend.index([doc(1, "chart-formatter", **body), doc(2, "snapper")])
    vocabulary = fake.calls("POST", "/indexes/components_vocabulary/documents")[0].body
    brands = [v for v in vocabulary if v.get("kind") == "brand"]
    assert {"impcymru", "phw", "nhs", "wales", "org"} == {v["term"] for v in brands}
    # No 'start': 'did you mean' never offers a brand word.
    assert all("start" not in v for v in brands)
    for text in ("Improvement Cymru charts", "imp cymru", "i mcymru", "charts"):
        backend.search(Query(text=text, facets=False))
    sent = [call.body["queries"][0]["q"] for call in fake.calls("POST", "/multi-search")]
    # The first may also be asked for a definition it reads like (SPC charts, for improvement work).
    assert sent[0].startswith("impcymru ") and sent[0].endswith(" improvement cymru charts")
    assert sent[1:] == ["impcymru imp cymru", "i mcymru", "charts"]
    # Read once, with a filter the vocabulary index allows, for every search after.
    (read,) = fake.calls("POST", "/indexes/components_vocabulary/documents/fetch")
    assert read.body["filter"] == 'kind = "brand"'
    assert read.body["fields"] == ["term"]


def test_a_body_named_in_full_with_its_first_word_mutated_is_asked_for_by_its_brand(fake, backend):
    # As the embedded engine reads it: 'gan Weithrediaeth GIG Cymru' names the NHS Wales Executive,
    # whose Welsh name run together is one of its aliases (search/aliases.py: joined).
    aliases = organisation_aliases("NHS Wales Executive", "Gweithrediaeth GIG Cymru", None)
    backend.index([doc(1, "hip-fractures", organisation_aliases=aliases), doc(2, "snapper")])
    backend.search(Query(text="data gan Weithrediaeth GIG Cymru", facets=False))
    (call,) = fake.calls("POST", "/multi-search")
    assert call.body["queries"][0]["q"].startswith("gweithrediaethgigcymru ")


def test_without_brand_words_in_the_vocabulary_search_goes_on(fake, backend):
    backend.ensure_ready()
    fake.indexes.pop("components_vocabulary")  # an index the server no longer holds
    backend.search(Query(text="Improvement Cymru", facets=False))
    main = fake.calls("POST", "/multi-search")[0].body["queries"][0]
    assert main["q"] == "improvement cymru"


def test_an_acronym_spelt_out_in_full_words_is_asked_for_when_the_index_holds_it(fake, backend):
    # As the embedded engine reads it (search/acronyms.py): the initials of the whole question.
    backend.index([doc(1, "GoogleColab_NHFD_WebScraper", description="Latest NHFD extracts")])
    pages = [
        backend.search(Query(text=text, facets=False))
        for text in ("National Hip Fracture Database", "national clinical register")
    ]
    assert pages[0].readings == [Reading("national hip fracture database", ("nhfd",), "acronym")]
    assert pages[1].readings == []
    sent = [call.body["queries"][0]["q"] for call in fake.calls("POST", "/multi-search")]
    assert sent == ["nhfd national hip fracture database", "national clinical register"]
    lookups = fake.calls("POST", "/indexes/components_vocabulary/documents/fetch")
    asked = [call.body["filter"] for call in lookups if "term" in call.body["filter"]]
    # Runs of all the words but one are asked about too; the index holds only 'nhfd'.
    assert asked == ['term IN ["nhf", "nhfd", "hfd"]', 'term IN ["ncr"]']
    # A question of one or two words spells no acronym and costs no lookup.
    backend.search(Query(text="fracture database", facets=False))
    assert len(fake.calls("POST", "/indexes/components_vocabulary/documents/fetch")) == len(lookups)


def test_the_english_of_a_welsh_loanword_is_asked_for_when_the_index_holds_it(fake, backend):
    # As the embedded engine reads them (search/loans.py): 'morffemau' is 'morphemes' (words
    # no glossary entry translates: 'ffonemau', phonemes, has one).
    backend.index([doc(1, "word-parts", description="Split words into graphemes and morphemes")])
    vocabulary = fake.calls("POST", "/indexes/components_vocabulary/documents")[0].body
    loans = {v["term"]: v["loan"] for v in vocabulary if v.get("kind") == "loan"}
    assert loans["morphemes"] == "morfem" and loans["graphemes"] == "grafem"
    assert all("start" not in v for v in vocabulary if v.get("kind") == "loan")
    page = backend.search(Query(text="rhannu graffemau a morffemau", facets=False))
    assert page.readings == [
        Reading("graffemau", ("graphemes",), "english"),
        Reading("morffemau", ("morphemes",), "english"),
    ]
    main = fake.calls("POST", "/multi-search")[0].body["queries"][0]
    assert main["q"] == "graphemes morphemes rhannu graffemau a morffemau"
    fetches = fake.calls("POST", "/indexes/components_vocabulary/documents/fetch")
    (lookup,) = [call for call in fetches if "loan" in call.body["filter"]]
    assert lookup.body["filter"] == 'loan IN ["grafem", "morfem"]'


def test_the_english_of_a_noun_made_of_a_verb_is_asked_for_beside_it(fake, backend):
    # Its synonyms settings list the dictionaries' headwords; 'aseswr' (assessor) is built from
    # 'asesu' (assess) and is read as the embedded engine reads it (search/derivation.py).
    from search.lexicon import load_lexicon

    if not load_lexicon().english("asesu"):
        pytest.skip("the Welsh-English dictionaries are not installed (make lexicon)")
    backend.index([doc(1, "answer-checker", description="Assess answers")])
    backend.search(Query(text="aseswr gwe", facets=False))
    main = fake.calls("POST", "/multi-search")[0].body["queries"][0]
    # and 'gweoedd', the plural of 'gwe' (web), which the embedded engine also looks for
    assert main["q"] == "assess gweoedd aseswr gwe"


def test_a_welsh_noun_s_other_number_is_asked_for_beside_it(fake, backend):
    # 'pynciau' (subjects) is the plural of 'pwnc' (search/numbers.py); no synonym reaches it.
    from search.lexicon import load_lexicon

    if not load_lexicon().numbers.get("pynciau"):
        pytest.skip("the Welsh-English dictionaries are not installed (make lexicon)")
    backend.index([doc(1, "modelu-pwnc-demo", description="BERTopic")])
    backend.search(Query(text="modelu pynciau", facets=False))
    main = fake.calls("POST", "/multi-search")[0].body["queries"][0]
    assert main["q"] == "pwnc modelu pynciau"
    # Only in the room the question leaves: Meilisearch reads ten words, and would drop the
    # question's own last words ('demo') for it.
    fake.requests.clear()
    question = "modelu pynciau gyda bertopic mewn python ar gyfer y demo"
    backend.search(Query(text=question, facets=False))
    main = fake.calls("POST", "/multi-search")[0].body["queries"][0]
    assert main["q"] == question


def test_a_question_reading_like_a_definition_is_also_asked_for_as_its_term(fake, backend):
    # search/paraphrase.py, as the embedded engine reads it.
    backend.index([doc(1, "staff-feedback", description="Values based 360 feedback")])
    question = "a way for colleagues to rate each other against the organisation's values"
    page = backend.search(Query(text=question, facets=False))
    assert page.readings == [
        Reading("colleagues rate organisation values", ("360 feedback",), "definition")
    ]
    backend.search(Query(text="rate each other", facets=False))
    sent = [call.body["queries"][0]["q"] for call in fake.calls("POST", "/multi-search")]
    # Thirteen words, more than Meilisearch reads: sent without the stop words, which the index
    # ignores anyway, so it reads every word that says something.
    assert sent == [
        "360 feedback way colleagues rate each other against organisation values",
        "rate each other",
    ]


def test_documents_carry_the_needs_of_their_definitions(fake, backend):
    from search.definitions import load_definitions

    feedback = load_definitions().by_key["360 feedback"]
    backend.index([doc(1, "staff-feedback", glosses=list(feedback.texts)), doc(2, "plain")])
    first, second = fake.calls("POST", "/indexes/components/documents")[0].body
    assert first["needs"] == list(feedback.needs) and second["needs"] == []


def test_documents_carry_the_terms_naming_the_kinds_of_their_definitions(fake, backend):
    from search.definitions import load_definitions

    auth = load_definitions().by_term["sign in"]
    backend.index([doc(1, "auth", glosses=list(auth.texts)), doc(2, "plain")])
    first, second = fake.calls("POST", "/indexes/components/documents")[0].body
    assert "sign in" in first["terms"] and second["terms"] == []
    assert first["terms"] == list(auth.kind_terms)


def test_the_needs_are_searched_only_for_a_question_that_may_paraphrase_a_definition(fake, backend):
    # search/paraphrase.py: Paraphrases.likely, as the embedded engine reads it.
    backend.index([doc(1, "staff-feedback", description="Values based 360 feedback")])
    backend.search(Query(text="colleagues rate each other against our values", facets=True))
    backend.search(Query(text="forms", facets=True, filters={"sector": ("health",)}))
    likely, unlikely = (call.body["queries"] for call in fake.calls("POST", "/multi-search"))
    assert all("attributesToSearchOn" not in query for query in likely)
    # Every search of the question's words, facet counts too, leaves the needs out.
    worded = [query for query in unlikely if query.get("q")]
    assert len(worded) >= 2
    assert all(query["attributesToSearchOn"] == meili_indexes.UNLESS_LIKELY for query in worded)
    assert "needs" not in meili_indexes.UNLESS_LIKELY
    assert set(meili_indexes.UNLESS_LIKELY) | {"needs"} == set(meili_indexes.SEARCHABLE)


def test_the_glossary_term_of_a_word_s_stem_is_asked_for_in_the_room_left(fake, backend):
    # 'crawl' is no glossary term; 'crawler' is, and the synonyms settings take it to
    # 'ymlusgwr' (Translating.derived_forms), as the embedded engine's weaker synonyms do.
    backend.index([doc(1, "Ymlusgwr")])
    backend.search(Query(text="crawl council websites", facets=False))
    main = fake.calls("POST", "/multi-search")[0].body["queries"][0]
    asked = main["q"].split()[:-3]
    assert len(asked) == 1 and asked[0] in {"crawler", "crawlers", "crawling"}
    assert main["q"].endswith("crawl council websites")
    fake.requests.clear()
    question = "crawl every page of the council website and list its broken links images today"
    backend.search(Query(text=question, facets=False))
    main = fake.calls("POST", "/multi-search")[0].body["queries"][0]
    assert main["q"].split()[0] == "crawl"


def test_warming_loads_what_the_first_question_would_wait_for(fake, backend, monkeypatch):
    # The dictionaries (about 0.8 s) and the definitions' words (0.15 s) load at the web app's
    # start, beside the settings, not at the first visitor's question.
    from search import paraphrase

    paraphrase.paraphrases.cache_clear()
    loaded = []
    monkeypatch.setattr(type(backend.language), "lexicon", property(lambda _: loaded.append(1)))
    backend.warm()
    assert loaded and paraphrase.paraphrases.cache_info().currsize == 1
