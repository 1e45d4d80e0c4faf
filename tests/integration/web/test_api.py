"""The JSON API: search with pagination links, components, organisations, sectors, CORS, limits."""

from urllib.parse import parse_qs, urlsplit

import pytest
from litestar.testing import TestClient
from sqlalchemy import delete, select

from catalogue.db import make_sessionmaker
from catalogue.models import Component, RateLimitWindow
from catalogue.vocabulary import SECTORS
from tests.conftest import make_settings
from web.app import create_app


def test_search_answers_with_hits_facets_and_pagination_links(client):
    response = client.get("/api/v1/search", params={"q": "data", "per_page": "5", "page": "2"})
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=60"
    payload = response.json()
    assert payload["page"] == 2 and payload["per_page"] == 5 and len(payload["hits"]) == 5
    assert {"organisation", "sector", "type", "language", "licence"} <= set(payload["facets"])
    links = payload["links"]
    assert set(links) == {"self", "first", "last", "next", "prev"}
    assert parse_qs(urlsplit(links["next"]).query) == {
        "q": ["data"],
        "page": ["3"],
        "per_page": ["5"],
    }
    assert parse_qs(urlsplit(links["prev"]).query) == {"q": ["data"], "per_page": ["5"]}
    assert 'rel="next"' in response.headers["link"]
    # Following the links walks the whole result exactly once.
    seen, url = [], links["first"]
    while url:
        page = client.get(url).json()
        seen.extend(hit["id"] for hit in page["hits"])
        url = page["links"].get("next")
    assert len(seen) == len(set(seen)) == payload["total"]


def test_search_filters_match_the_page(client):
    payload = client.get(
        "/api/v1/search", params={"type": "design-system", "sector": "health"}
    ).json()
    assert payload["filters"] == {"sector": ["health"], "type": ["design-system"]}
    assert all(h["type"] == "design-system" and h["sector"] == "health" for h in payload["hits"])


def test_component_has_everything_and_links(client):
    hit = client.get("/api/v1/search", params={"q": "speech"}).json()["hits"][0]
    payload = client.get(f"/api/v1/components/{hit['id']}").json()
    for key in ("languages", "dependencies", "readme_text", "first_seen_at", "publiccode", "links"):
        assert key in payload
    assert payload["links"]["html"] == f"/components/{hit['id']}"
    missing = client.get("/api/v1/components/999999")
    assert missing.status_code == 404
    assert missing.json() == {"error": {"status": 404, "message": "no component with id 999999"}}


def test_organisations_list_every_body_without_secrets(client):
    response = client.get("/api/v1/organisations")
    payload = response.json()
    assert payload["total"] == len(payload["organisations"]) == 29
    assert "webhook" not in response.text
    first = payload["organisations"][0]
    assert {"slug", "name", "name_cy", "sector", "accounts", "component_count", "links"} <= set(
        first
    )
    assert sum(o["component_count"] for o in payload["organisations"]) == 445


def test_one_organisation_has_counts_by_language_and_type(client):
    slug = client.get("/api/v1/organisations").json()["organisations"][0]["slug"]
    payload = client.get(f"/api/v1/organisations/{slug}").json()
    assert payload["slug"] == slug
    assert sum(payload["counts"]["type"].values()) == payload["component_count"]
    assert client.get("/api/v1/organisations/no-such-body").status_code == 404


def test_sectors_have_both_names_and_counts(client):
    sectors = client.get("/api/v1/sectors").json()["sectors"]
    assert [s["slug"] for s in sectors] == list(SECTORS)
    health = next(s for s in sectors if s["slug"] == "health")
    assert health["name"] == {"en": "Health and care", "cy": "Iechyd a gofal"}
    assert sum(s["component_count"] for s in sectors) == 445


def test_cors_allows_any_site_to_read_the_api_only(client):
    api = client.get("/api/v1/sectors", headers={"Origin": "https://elsewhere.example"})
    assert api.headers["access-control-allow-origin"] == "*"
    page = client.get("/search", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in page.headers
    preflight = client.options(
        "/api/v1/search",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "GET" in preflight.headers["access-control-allow-methods"]


def test_openapi_document_describes_the_api_only(client):
    document = client.get("/api/docs/openapi.json").json()
    assert document["openapi"].startswith("3.")
    paths = set(document["paths"])
    assert paths == {
        "/api/v1/search",
        "/api/v1/components/{component_id}",
        "/api/v1/organisations",
        "/api/v1/organisations/{slug}",
        "/api/v1/sectors",
        "/api/v1/duplicates",
        "/api/v1/components/{component_id}/similar",
        "/api/v1/components/{component_id}/reuse",
        "/api/v1/check",
    }
    names = {p["name"] for p in document["paths"]["/api/v1/search"]["get"]["parameters"]}
    assert {"q", "page", "per_page", "sort", "organisation", "sector", "type", "topic"} <= names


def test_api_rate_limit_answers_429_with_retry_after(loaded_engine, loaded_backend, tmp_path):
    with loaded_engine.begin() as connection:  # other tests' requests count in the same minute
        connection.execute(delete(RateLimitWindow))
    app = create_app(
        make_settings(tmp_path),
        search_backend=loaded_backend,
        engine=loaded_engine,
        api_rate_limit=3,
    )
    with TestClient(app=app) as limited:
        statuses = [limited.get("/api/v1/sectors").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        refused = limited.get("/api/v1/sectors")
        assert int(refused.headers["retry-after"]) >= 1
        assert refused.json()["error"]["status"] == 429
        # Pages are not rate limited.
        assert limited.get("/about").status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/sectors", "/search", "/"])
def test_responses_are_compressed(client, path):
    response = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert response.headers.get("content-encoding") == "gzip" or len(response.content) < 500


def test_a_page_past_the_last_is_404_as_on_the_search_page(client):
    # Issue 13, finding 7: the API answered 200 with no hits where the page answers 404.
    api = client.get("/api/v1/search", params={"q": "nhs", "page": "300"})
    assert api.status_code == 404
    assert api.json()["error"]["status"] == 404
    assert client.get("/search", params={"q": "nhs", "page": "300"}).status_code == 404
    assert client.get("/api/v1/search", params={"q": "zzzqqqxxx"}).status_code == 200


def test_a_component_says_whether_it_works_in_welsh_as_the_search_filter_does(client):
    """The search filtered on `welsh`, but a component's JSON had no such flag to read."""
    for answer, works in (("yes", True), ("no", False)):
        hits = client.get("/api/v1/search", params={"welsh": answer, "per_page": 5}).json()["hits"]
        assert hits
        for hit in hits:
            payload = client.get(f"/api/v1/components/{hit['id']}").json()
            assert payload["works_in_welsh"] is works
            evidence = payload["welsh_evidence"]
            assert bool(evidence) is works
            assert all(set(item) == {"kind", "detail"} for item in evidence)
            assert all(d["kind"] == "welsh_docs" for d in payload["welsh_documentation"])


def test_welsh_documentation_alone_is_listed_but_is_not_working_in_welsh(client, loaded_engine):
    name = "Public-Health-Wales/phwcookiecutter"  # a README_cy.md, an English template
    with make_sessionmaker(loaded_engine)() as session:
        found = session.scalar(select(Component.id).where(Component.full_name == name))
    payload = client.get(f"/api/v1/components/{found}").json()
    assert payload["works_in_welsh"] is False and payload["welsh_evidence"] == []
    assert payload["welsh_documentation"] == [{"kind": "welsh_docs", "detail": "README_cy.md"}]
