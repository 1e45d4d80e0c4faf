"""HTTP as clients expect it: HEAD on every GET route, one charset, 406 naming the formats we have."""

from __future__ import annotations

import re

import pytest
from litestar.routes import HTTPRoute

# Values for path parameters, by name; ids and slugs are filled in from the bundled data.
PARAMETER_VALUES = {"code": "cy", "token": "A" * 43}


@pytest.fixture(scope="module")
def known(client):
    hit = client.get("/api/v1/search", params={"q": "speech"}).json()["hits"][0]
    return {"component_id": str(hit["id"]), "slug": hit["organisation"], **PARAMETER_VALUES}


def get_paths(app, known) -> list[str]:
    """One concrete address for every GET route of the app, parameters filled in."""
    paths = []
    for route in app.routes:
        if not isinstance(route, HTTPRoute) or "GET" not in route.methods:
            continue
        path = route.path
        for name in re.findall(r"{(\w+)(?::\w+)?}", path):
            value = known.get(name) or ("1" if name.endswith("id") else "x")
            path = re.sub(r"{" + name + r"(?::\w+)?}", value, path)
        paths.append(path)
    return paths


def test_every_get_route_answers_head_like_get_without_a_body(client, known):
    paths = get_paths(client.app, known)
    assert len(paths) > 40  # every page in both languages, the API, downloads, feeds
    for path in paths:
        got = client.get(path, follow_redirects=False)
        head = client.head(path, follow_redirects=False)
        assert head.status_code == got.status_code, path
        assert head.status_code != 405, path
        assert head.content == b"", path
        assert head.headers.get("content-type") == got.headers.get("content-type"), path


def test_head_of_a_post_only_route_is_still_not_allowed(client):
    assert client.head("/hooks/github").status_code == 405


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_csv_export_names_its_charset_once_in_both_languages(client, prefix):
    response = client.get(f"{prefix}/search/export.csv", params={"q": "speech"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    first = response.text.splitlines()[1]
    assert f"{prefix}/components/" in first


def test_welsh_json_export_links_welsh_pages(client):
    payload = client.get("/cy/search/export.json", params={"q": "speech"}).json()
    assert payload["components"][0]["catalogue_url"].startswith(
        "http://testserver.local/cy/components/"
    )


def test_search_hits_link_their_catalogue_page_and_repository(client):
    hit = client.get("/api/v1/search", params={"q": "speech"}).json()["hits"][0]
    assert hit["url"] == f"http://testserver.local/components/{hit['id']}"
    assert hit["repository_url"].startswith("https://github.com/")
    component = client.get(f"/api/v1/components/{hit['id']}").json()
    assert component["url"] == hit["url"]


@pytest.mark.parametrize(
    ("path", "accept", "available"),
    [
        ("/api/v1/search", "application/xml", ["application/json"]),
        ("/api/v1/sectors", "text/html", ["application/json"]),
        ("/search/export.csv", "application/json", ["text/csv"]),
        ("/cy/search/export.json", "text/csv", ["application/json"]),
    ],
)
def test_a_format_nobody_makes_is_406_with_the_list(client, path, accept, available):
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code == 406
    error = response.json()["error"]
    assert error["status"] == 406 and error["available"] == available
    assert available[0] in error["message"]


@pytest.mark.parametrize("accept", ["*/*", "application/*", "text/html,application/json;q=0.9"])
def test_accept_headers_that_allow_the_format_are_answered(client, accept):
    assert client.get("/api/v1/sectors", headers={"Accept": accept}).status_code == 200
