"""The JSON API of duplicated work: clusters, one component's similar components."""

from __future__ import annotations

import pytest


def test_duplicates_lists_every_cluster_with_members_and_reasons(client, analysis):
    response = client.get("/api/v1/duplicates")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == len(analysis.clusters) == len(body["clusters"])
    assert body["components_analysed"] == analysis.item_count == 445
    assert body["computed_at"] == analysis.computed_at.isoformat()
    first = body["clusters"][0]
    top = analysis.clusters[0]
    assert first["rank"] == 1 and first["id"] == top.id and first["kind"] == top.kind
    assert first["terms"] == list(top.terms)
    assert first["shared_dependencies"] == list(top.shared_dependencies)
    assert len(first["organisations"]) >= 2
    member = first["members"][0]
    assert {"id", "full_name", "organisation", "sector", "effort", "activity", "links"} <= set(
        member
    )
    assert member["links"]["html"] == f"/components/{member['id']}"
    assert first["links"]["html"] == f"/insight#{top.id}"
    assert [c["rank"] for c in body["clusters"]] == list(range(1, len(body["clusters"]) + 1))


def test_duplicates_filter_by_sector_and_page(client, analysis):
    body = client.get("/api/v1/duplicates", params={"sector": "health"}).json()
    expected = [c.id for c in analysis.clusters if "health" in c.sectors]
    assert [c["id"] for c in body["clusters"]] == expected
    assert body["sector"] == "health"
    paged = client.get("/api/v1/duplicates", params={"per_page": 2, "page": 2}).json()
    assert [c["id"] for c in paged["clusters"]] == [c.id for c in analysis.clusters[2:4]]
    assert paged["clusters"][0]["rank"] == 3
    assert paged["links"]["next"] == "/api/v1/duplicates?page=3"
    assert paged["pages"] == -(-len(analysis.clusters) // 2)


@pytest.mark.parametrize(
    "params",
    [
        {"sector": "nowhere"},
        {"page": "0"},
        {"per_page": "1000"},
        {"page": "x"},
        {"sector": "x" * 300},
    ],
)
def test_duplicates_refuses_bad_parameters_with_json(client, params):
    response = client.get("/api/v1/duplicates", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["status"] == 400
    assert response.json()["error"]["message"]


def test_without_an_analysis_the_api_says_so(bare_client):
    for path in ("/api/v1/duplicates", "/api/v1/components/93/similar"):
        response = bare_client.get(path)
        assert response.status_code == 503
        assert "catalogue duplicates" in response.json()["error"]["message"]


def test_similar_components_come_with_their_reasons(client, analysis):
    top = analysis.clusters[0]
    ident = top.members[0].id
    body = client.get(f"/api/v1/components/{ident}/similar", params={"limit": 3}).json()
    assert body["id"] == ident
    assert 1 <= len(body["similar"]) <= 3
    expected = analysis.similar_to(ident, limit=3)
    for found, (ref, pair) in zip(body["similar"], expected, strict=True):
        assert found["component"]["id"] == ref.id
        assert found["component"]["organisation"] != top.members[0].organisation
        assert found["relation"] in ("copy", "rebuild")
        assert found["terms"] == list(pair.terms)
        assert found["shared_dependencies"] == list(pair.shared_dependencies)
        assert found["component"]["links"]["html"] == f"/components/{ref.id}"
    assert body["cluster"]["id"] == top.id


def test_similar_for_a_component_without_any_is_empty(client, analysis):
    clustered = {m.id for c in analysis.clusters for m in c.members}
    paired = {p.a for p in analysis.pairs} | {p.b for p in analysis.pairs}
    lonely = next(i for i in range(1, 241) if i not in clustered | paired)
    body = client.get(f"/api/v1/components/{lonely}/similar").json()
    assert body["similar"] == [] and body["cluster"] is None


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/components/999999/similar",
        "/api/v1/components/0/similar",
        f"/api/v1/components/{2**70}/similar",
    ],
)
def test_similar_for_an_unknown_component_is_404(client, path):
    response = client.get(path)
    assert response.status_code in (404, 400)
    assert response.json()["error"]["message"]


def test_the_api_routes_sit_beside_the_catalogue_api(client):
    assert client.get("/api/v1/components/93").status_code == 200
    assert client.get("/api/v1/components/93/similar").status_code == 200


def test_each_cluster_has_a_title_in_both_languages_and_each_member_a_reason(client, analysis):
    body = client.get("/api/v1/duplicates").json()
    titles = {c["id"]: (c["title"], c["title_cy"]) for c in body["clusters"]}
    for cluster in analysis.clusters:
        assert titles[cluster.id] == (cluster.title, cluster.title_cy)
        assert cluster.title and cluster.title_cy and cluster.title != cluster.title_cy
    assert ("Address lookup services", "Gwasanaethau chwilio am gyfeiriad") in titles.values()
    member = body["clusters"][0]["members"][0]
    assert member["like"] in {m["id"] for m in body["clusters"][0]["members"]}
    assert member["reason_terms"]
