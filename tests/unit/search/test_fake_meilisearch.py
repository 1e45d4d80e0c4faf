"""The fake Meilisearch answers as Meilisearch v1.50 does (shapes from the server's own tests)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest


def call(fake, method: str, path: str, body=None, key: str | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(fake.url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def finish(fake, answer: dict) -> dict:
    """Poll a task as a client does until it is processed."""
    seen = []
    for _ in range(10):
        _, task = call(fake, "GET", f"/tasks/{answer['taskUid']}")
        seen.append(task["status"])
        if task["status"] in ("succeeded", "failed"):
            return task
    raise AssertionError(f"task never finished: {seen}")


def test_a_new_index_answers_every_setting_with_the_servers_defaults(fake):
    # The server's documented defaults, copied on purpose: default_settings() would check itself.
    finish(fake, call(fake, "POST", "/indexes", {"uid": "movies", "primaryKey": "id"})[1])
    status, settings = call(fake, "GET", "/indexes/movies/settings")
    assert status == 200
    assert len(settings) == 20
    assert settings["rankingRules"] == [
        "words",
        "typo",
        "proximity",
        "attributeRank",
        "sort",
        "wordPosition",
        "exactness",
    ]
    assert settings["typoTolerance"] == {
        "enabled": True,
        "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
        "disableOnWords": [],
        "disableOnAttributes": [],
        "disableOnNumbers": False,
    }
    assert settings["faceting"] == {"maxValuesPerFacet": 100, "sortFacetValuesBy": {"*": "alpha"}}
    assert settings["pagination"] == {"maxTotalHits": 1000}
    assert settings["searchableAttributes"] == ["*"]
    assert settings["distinctAttribute"] is None


def test_a_write_is_enqueued_then_processing_then_applied(fake):
    fake.create_index("movies")
    status, answer = call(fake, "PATCH", "/indexes/movies/settings", {"stopWords": ["the"]})
    assert status == 202
    assert set(answer) == {"taskUid", "indexUid", "status", "type", "enqueuedAt"}
    assert answer["status"] == "enqueued"
    task = f"/tasks/{answer['taskUid']}"
    assert call(fake, "GET", task)[1]["status"] == "processing"
    assert fake.indexes["movies"]["settings"]["stopWords"] == []  # not applied yet
    done = call(fake, "GET", task)[1]
    assert done["status"] == "succeeded"
    assert done["details"] == {"stopWords": ["the"]}
    assert done["startedAt"] <= done["finishedAt"]
    assert call(fake, "GET", "/indexes/movies/settings")[1]["stopWords"] == ["the"]


def test_settings_come_back_normalised_and_objects_are_merged(fake):
    fake.create_index("movies")
    update = {
        "sortableAttributes": ["year", "title", "year"],
        "searchableAttributes": ["title", "overview", "title"],
        "stopWords": ["the", "Ŵyl", "a", "the"],
        "typoTolerance": {"minWordSizeForTypos": {"oneTypo": 4}},
        "faceting": {"sortFacetValuesBy": {"genre": "count"}},
        "filterableAttributes": ["year", "genre"],
    }
    finish(fake, call(fake, "PATCH", "/indexes/movies/settings", update)[1])
    settings = call(fake, "GET", "/indexes/movies/settings")[1]
    assert settings["sortableAttributes"] == ["title", "year"]
    assert settings["searchableAttributes"] == ["title", "overview"]
    assert settings["stopWords"] == ["W\u0302yl", "a", "the"]  # code point order
    assert settings["typoTolerance"]["minWordSizeForTypos"] == {"oneTypo": 4, "twoTypos": 9}
    assert settings["faceting"]["sortFacetValuesBy"] == {"*": "alpha", "genre": "count"}
    assert settings["filterableAttributes"] == ["year", "genre"]  # kept as given


@pytest.mark.parametrize(
    ("update", "code", "message"),
    [
        ({"rankingRules": ["custom"]}, "invalid_settings_ranking_rules", "`custom` ranking rule"),
        (
            {"rankingRules": ["attribute", "wordPosition"]},
            "invalid_settings_ranking_rules",
            "Mixed",
        ),
        ({"stopWords": "the"}, "invalid_settings_stop_words", "expected an array"),
        ({"filterableAttributes": [7]}, "invalid_settings_filterable_attributes", "`.filterab"),
        (
            {"typoTolerance": {"minWordSizeForTypos": {"oneTypo": 9, "twoTypos": 5}}},
            "invalid_settings_typo_tolerance",
            "twoTypos",
        ),
        ({"colour": "red"}, "bad_request", "Unknown field `colour`"),
    ],
)
def test_malformed_settings_are_refused_at_once(fake, update, code, message):
    fake.create_index("movies")
    status, error = call(fake, "PATCH", "/indexes/movies/settings", update)
    assert status == 400
    assert error["code"] == code
    assert message in error["message"]
    assert error["type"] == "invalid_request"
    assert error["link"] == f"https://docs.meilisearch.com/errors#{code}"
    assert fake.tasks == []


def test_a_deletion_from_a_missing_index_fails_its_task(fake):
    _, answer = call(fake, "POST", "/indexes/ghost/documents/delete", {"filter": "id = 1"})
    task = finish(fake, answer)
    assert task["status"] == "failed"
    assert task["type"] == "documentDeletion"
    assert task["details"] == {
        "providedIds": 0,
        "deletedDocuments": 0,
        "originalFilter": '"id = 1"',
    }
    assert task["error"] == {
        "message": "Index `ghost` not found.",
        "code": "index_not_found",
        "type": "invalid_request",
        "link": "https://docs.meilisearch.com/errors#index_not_found",
    }


def test_making_geo_filterable_over_bad_coordinates_fails_the_settings_task(fake):
    fake.create_index("places")["documents"][1] = {"id": 1, "_geo": {"lat": None, "lng": None}}
    _, answer = call(fake, "PATCH", "/indexes/places/settings", {"filterableAttributes": ["_geo"]})
    task = finish(fake, answer)
    assert task["status"] == "failed"
    assert task["error"]["code"] == "invalid_document_geo_field"
    assert fake.indexes["places"]["settings"]["filterableAttributes"] == []


def _search(fake, **query) -> tuple[int, dict]:
    return call(fake, "POST", "/multi-search", {"queries": [{"indexUid": "movies", **query}]})


@pytest.mark.parametrize(
    ("filter_", "message"),
    [
        ("title & Glass", "Was expecting an operation"),
        ("title = Glass XOR title = Glass", "unexpected characters at the end of the filter"),
        ('title = "Glass', "missing the following closing delimiter"),
        ("title IN Glass", "Expected `[` after `IN` keyword"),
        ("title = AND", "reserved keyword"),
        (True, "expected String, Array, found: true"),
    ],
)
def test_filters_with_bad_syntax_are_refused(fake, filter_, message):
    fake.create_index("movies")["settings"]["filterableAttributes"] = ["title"]
    status, error = _search(fake, filter=filter_)
    assert status == 400
    assert error["code"] == "invalid_search_filter"
    assert error["message"].startswith("Inside `.queries[0]`: ")
    assert message in error["message"]


def test_filtering_sorting_or_faceting_on_an_attribute_not_declared_is_refused(fake):
    fake.create_index("movies")["settings"]["filterableAttributes"] = ["title"]
    status, error = _search(fake, filter="year > 2000")
    assert (status, error["code"]) == (400, "invalid_search_filter")
    assert (
        "Attribute `year` is not filterable. Available filterable attribute patterns are: `title`."
        in error["message"]
    )
    status, error = _search(fake, sort=["year:desc"])
    assert (status, error["code"]) == (400, "invalid_search_sort")
    status, error = _search(fake, facets=["genre"])
    assert (status, error["code"]) == (400, "invalid_search_facets")


def test_searching_on_an_attribute_that_is_not_searchable_is_refused(fake):
    fake.create_index("movies")["settings"]["searchableAttributes"] = ["title", "overview"]
    status, _ = _search(fake, q="carol", attributesToSearchOn=["overview"])
    assert status == 200
    status, error = _search(fake, q="carol", attributesToSearchOn=["year"])
    assert (status, error["code"]) == (400, "invalid_search_attributes_to_search_on")
    assert "Attribute `year` is not searchable." in error["message"]
    status, error = _search(fake, q="carol", attributesToSearchOn="title")
    assert (status, error["code"]) == (400, "invalid_search_attributes_to_search_on")
    # While every attribute is searchable, any may be asked for.
    fake.indexes["movies"]["settings"]["searchableAttributes"] = ["*"]
    assert _search(fake, q="carol", attributesToSearchOn=["year"])[0] == 200


def test_filters_select_documents_as_the_server_compares_values(fake):
    index = fake.create_index("movies")
    index["settings"]["filterableAttributes"] = ["genre", "year", "title"]
    for doc in [
        {"id": 1, "title": "Carol", "genre": ["Drama", "Romance"], "year": 2015},
        {"id": 2, "title": 'Say "hi"', "genre": ["comedy"], "year": 1999},
        {"id": 3, "title": "Ŵyl", "genre": [], "year": 2021},
    ]:
        index["documents"][doc["id"]] = doc

    def found(filter_) -> list[int]:
        status, answer = _search(fake, filter=filter_, limit=10)
        assert status == 200, answer
        return [hit["id"] for hit in answer["results"][0]["hits"]]

    assert found("genre = drama") == [1]  # strings compare case-insensitively
    assert found("year >= 2000 AND NOT genre IS EMPTY") == [1]
    assert found(["year 1990 TO 2016", ["genre = comedy", "genre = romance"]]) == [1, 2]
    assert found('title = "Say \\"hi\\""') == [2]
    assert found("title IN [ŵyl, Carol]") == [1, 3]
    assert found("genre NOT IN [drama] AND (year < 2000 OR year > 2020)") == [2, 3]


def test_with_a_master_key_requests_must_bear_it(fake):
    fake.master_key = "secret"
    assert call(fake, "GET", "/health") == (200, {"status": "available"})
    status, error = call(fake, "GET", "/indexes/movies/settings")
    assert (status, error["code"], error["type"]) == (401, "missing_authorization_header", "auth")
    status, error = call(fake, "GET", "/indexes/movies/settings", key="guess")
    assert (status, error["code"], error["type"]) == (403, "invalid_api_key", "auth")
    status, error = call(fake, "GET", "/indexes/movies/settings", key="secret")
    assert (status, error["code"]) == (404, "index_not_found")


def test_documents_are_fetched_by_a_filter_with_only_the_fields_asked_for(fake):
    index = fake.create_index("movies")
    for doc in [
        {"id": 1, "title": "Carol", "kind": "drama"},
        {"id": 2, "title": "Ŵyl", "kind": "comedy"},
    ]:
        index["documents"][doc["id"]] = doc
    body = {"filter": 'kind = "drama"', "fields": ["title"]}
    status, error = call(fake, "POST", "/indexes/movies/documents/fetch", body)
    # As the server's own tests show, on an index with no filterable attributes:
    assert (status, error["code"]) == (400, "invalid_document_filter")
    assert error["message"].startswith(
        "Attribute `kind` is not filterable. This index does not have configured filterable"
    )
    index["settings"]["filterableAttributes"] = ["kind"]
    status, answer = call(fake, "POST", "/indexes/movies/documents/fetch", body)
    assert status == 200
    assert answer["results"] == [{"title": "Carol"}]
    assert answer["total"] == 1
