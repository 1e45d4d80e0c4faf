"""MeiliSearchBackend's vectors: a userProvided embedder, `_vectors` on documents, the model stored
beside the index, and hybrid neighbour searches whose close components follow the word matches."""

from __future__ import annotations

import pytest

from search.backend import Query
from search.meili import MeiliSearchBackend
from search.meili.semantic import EMBEDDER, SEMANTIC_EXTRA
from search.semantic import DIMENSIONS, LIKE_THE_BEST, SemanticModel
from tests.support.search_documents import search_document as doc
from tests.support.semantic_corpus import maps_and_bookings

KEY = "test-master-key"

DOCS = maps_and_bookings(doc)


@pytest.fixture
def backend(fake):
    # As generous as the adapter tests' backend: on a loaded two-core CI runner the fake once took
    # over two seconds to answer a task poll, and these tests are about vectors, not waiting.
    return MeiliSearchBackend(fake.url, KEY, index="components", timeout=10, task_timeout=10)


def test_the_index_has_a_user_provided_embedder_of_the_model_s_size(fake, backend):
    backend.ensure_ready()
    settings = fake.calls("PATCH", "/indexes/components/settings")[0].body
    assert settings["embedders"] == {EMBEDDER: {"source": "userProvided", "dimensions": DIMENSIONS}}


def test_documents_carry_their_vectors_and_the_model_is_stored_beside_them(fake, backend):
    backend.index(DOCS)
    stored = fake.indexes["components"]["documents"]
    vectors = [stored[i]["_vectors"][EMBEDDER] for i in range(1, 8)]
    assert all(len(vector) == DIMENSIONS for vector in vectors)
    assert "components_semantic" in fake.indexes
    model = backend.models.model("components", backend.glossary)
    assert isinstance(model, SemanticModel)
    again = model.embed(DOCS)
    assert [round(v, 3) for v in again[0].tolist()] == [round(v, 3) for v in vectors[0]]


def test_a_document_of_unknown_words_has_no_vector(fake, backend):
    backend.index(DOCS)
    backend.index([doc(8, "xyzzy", description="plugh")])
    assert fake.indexes["components"]["documents"][8]["_vectors"] == {EMBEDDER: None}


def test_a_search_asks_for_neighbours_by_meaning_with_the_query_s_vector(fake, backend):
    backend.index(DOCS)
    fake.requests.clear()
    backend.search(Query(text="geocoding", filters={"sector": ("health",)}))
    queries = fake.calls("POST", "/multi-search")[0].body["queries"]
    neighbours = queries[-1]
    assert neighbours["hybrid"] == {"embedder": EMBEDDER, "semanticRatio": 1.0}
    assert len(neighbours["vector"]) == DIMENSIONS
    assert neighbours["retrieveVectors"] is True
    assert neighbours["filter"] == ['sector IN ["health"]']
    assert neighbours["limit"] == SEMANTIC_EXTRA * 3
    assert "hybrid" not in queries[0]  # the word search itself is unchanged


def test_a_query_of_unknown_words_sends_no_vector(fake, backend):
    backend.index(DOCS)
    fake.requests.clear()
    page = backend.search(Query(text="xyzzy plugh"))
    queries = fake.calls("POST", "/multi-search")[0].body["queries"]
    assert all("vector" not in query for query in queries)
    assert page.total == len(DOCS)  # the fake matches every document: it does not rank words


def _hit(found: int, vector) -> dict:
    return {"id": found, "_vectors": {EMBEDDER: {"embeddings": [vector], "regenerate": False}}}


def test_close_components_no_word_matches_follow_the_word_matches(fake, backend):
    backend.index(DOCS)
    model = backend.models.model("components", backend.glossary)
    vectors = model.embed(DOCS).tolist()
    fake.search_results += [
        [
            {"hits": [{"id": 1}, {"id": 2}], "totalHits": 2, "facetDistribution": {}},
            # the best word matches, with their vectors
            {"hits": [_hit(1, vectors[0]), _hit(2, vectors[1])]},
            # neighbours: 3 is close and matches no word; 1 matches words; 6 is far
            {"hits": [_hit(1, vectors[0]), _hit(3, vectors[2]), _hit(6, vectors[5])]},
        ],
        [{"hits": [{"id": 1}]}],  # of the close ones, the words match 1 only
    ]
    page = backend.search(Query(text="geocoding", facets=False))
    assert [hit.id for hit in page.hits] == [1, 2, 3]
    assert page.total == 3
    assert [hit.by_meaning for hit in page.hits] == [False, False, True]
    check = fake.calls("POST", "/multi-search")[-1].body["queries"][0]
    assert check["q"] == "geocoding"
    assert check["filter"][-1].startswith("id IN [")
    assert "6" not in check["filter"][-1]  # too far to be asked about


def test_close_components_fill_the_page_after_the_last_word_match(fake, backend):
    backend.index(DOCS)
    model = backend.models.model("components", backend.glossary)
    vectors = model.embed(DOCS).tolist()
    fake.search_results += [
        [
            {"hits": [], "totalHits": 2, "facetDistribution": {}},
            {"hits": [_hit(1, vectors[0]), _hit(2, vectors[1])]},
            {"hits": [_hit(3, vectors[2])]},
        ],
        [{"hits": []}],
    ]
    page = backend.search(Query(text="geocoding", page=2, per_page=2, facets=False))
    assert [hit.id for hit in page.hits] == [3]
    assert page.total == 3


def test_a_close_component_unlike_the_best_word_matches_is_left_out(fake, backend):
    backend.index(DOCS)
    model = backend.models.model("components", backend.glossary)
    vectors = model.embed(DOCS).tolist()
    fake.search_results += [
        [
            {"hits": [{"id": 4}], "totalHits": 1, "facetDistribution": {}},
            # the words found only a clinic booking; the place finder is close to the question
            {"hits": [_hit(4, vectors[3])]},
            {"hits": [_hit(3, vectors[2])]},
        ],
        [{"hits": []}],
    ]
    page = backend.search(Query(text="geocoding", facets=False))
    assert [hit.id for hit in page.hits] == [4]
    best = fake.calls("POST", "/multi-search")[0].body["queries"][-2]
    assert best["q"] == "geocoding" and best["retrieveVectors"] is True
    assert best["limit"] == LIKE_THE_BEST


def test_a_vector_of_the_wrong_size_is_refused_as_the_server_would(fake, backend):
    backend.index(DOCS)
    from search.backend import SearchError

    bad = {"id": 9, "name": "x", "_vectors": {EMBEDDER: [0.1, 0.2]}}
    with pytest.raises(SearchError, match="invalid_vector_dimensions"):
        backend._run(backend.client.index("components").add_documents, [bad], "id")
