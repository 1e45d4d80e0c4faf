"""CSV downloads of the clusters and of every chart's data."""

from __future__ import annotations

import csv
import io

import pytest

from web.routes.insight import CLUSTER_COLUMNS, _cell

CHART_COLUMNS = {
    "languages-by-sector": ["sector", "sector_name", "language", "language_name", "components"],
    "licences": ["licence", "licence_name", "components"],
    "activity": ["year", "year_name", "components"],
    "organisations": ["organisation", "organisation_name", "components"],
    "clusters-by-kind": ["kind", "kind_name", "clusters"],
    "reuse": ["measure", "measure_name", "components"],
}


def read_csv(client, path: str) -> list[dict[str, str]]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(response.text)))


def test_clusters_csv_has_a_row_per_member_with_the_reasons(client, analysis):
    rows = read_csv(client, "/insight/clusters.csv")
    assert list(rows[0]) == list(CLUSTER_COLUMNS)
    assert len(rows) == sum(len(c.members) for c in analysis.clusters)
    top = analysis.clusters[0]
    first = [r for r in rows if r["cluster_id"] == top.id]
    assert {r["component_id"] for r in first} == {str(m.id) for m in top.members}
    assert all(r["rank"] == "1" and r["kind"] == top.kind for r in first)
    assert first[0]["shared_terms"] == "; ".join(top.terms)
    assert first[0]["shared_dependencies"] == "; ".join(top.shared_dependencies)
    assert first[0]["catalogue_url"].endswith(f"/components/{first[0]['component_id']}")
    assert first[0]["organisation_name"]


def test_clusters_csv_follows_the_sector_and_the_language(client, analysis):
    rows = read_csv(client, "/insight/clusters.csv?sector=education")
    expected = [c for c in analysis.clusters if "education" in c.sectors]
    assert {r["cluster_id"] for r in rows} == {c.id for c in expected}
    welsh = read_csv(client, "/cy/insight/clusters.csv")
    assert all("/cy/components/" in r["catalogue_url"] for r in welsh)
    assert client.get("/insight/clusters.csv?sector=nowhere").status_code == 400


def test_clusters_csv_is_empty_but_well_formed_without_an_analysis(bare_client):
    response = bare_client.get("/insight/clusters.csv")
    assert response.status_code == 200
    assert response.text.strip() == ",".join(CLUSTER_COLUMNS)


@pytest.mark.parametrize("slug", list(CHART_COLUMNS))
def test_each_chart_downloads_as_csv(client, slug):
    rows = read_csv(client, f"/insight/charts/{slug}.csv")
    assert list(rows[0]) == CHART_COLUMNS[slug]
    assert all(int(row[CHART_COLUMNS[slug][-1]]) >= 0 for row in rows)


def test_chart_csv_figures_add_up(client, analysis):
    total = sum(int(r["components"]) for r in read_csv(client, "/insight/charts/organisations.csv"))
    assert total == 445
    assert (
        sum(int(r["components"]) for r in read_csv(client, "/insight/charts/licences.csv")) == 445
    )
    assert (
        sum(int(r["components"]) for r in read_csv(client, "/insight/charts/activity.csv")) == 445
    )
    by_sector = read_csv(client, "/insight/charts/languages-by-sector.csv")
    assert sum(int(r["components"]) for r in by_sector) == 445
    kinds = read_csv(client, "/insight/charts/clusters-by-kind.csv")
    assert sum(int(r["clusters"]) for r in kinds) == len(analysis.clusters)
    reuse = {
        r["measure"]: int(r["components"]) for r in read_csv(client, "/insight/charts/reuse.csv")
    }
    assert reuse["in-cluster"] == len({m.id for c in analysis.clusters for m in c.members})
    assert reuse["in-cluster"] + reuse["not-in-cluster"] == 445


def test_chart_csv_follows_sector_and_language(client):
    rows = read_csv(client, "/insight/charts/organisations.csv?sector=health")
    assert rows and all(r["organisation"] for r in rows)
    every = read_csv(client, "/insight/charts/organisations.csv")
    assert len(rows) < len(every)
    welsh = read_csv(client, "/cy/insight/charts/languages-by-sector.csv")
    assert {"Iechyd a gofal"} <= {r["sector_name"] for r in welsh}


@pytest.mark.parametrize(
    "path",
    ["/insight/charts/nothing.csv", "/insight/charts/licences", "/insight/charts/licences.json"],
)
def test_unknown_chart_downloads_are_404(client, path):
    assert client.get(path).status_code == 404


def test_cells_that_spreadsheets_would_run_are_defused():
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell("+1") == "'+1" and _cell("-2") == "'-2" and _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("plain") == "plain" and _cell(None) == "" and _cell(3) == "3"
