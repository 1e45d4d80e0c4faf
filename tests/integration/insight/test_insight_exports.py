"""CSV downloads of the clusters and of every chart's data: the page's language, words not codes,
UTF-8 with a byte order mark so that spreadsheet programs do not read them as Windows-1252."""

from __future__ import annotations

import csv
import io

import pytest

from web.routes.insight_exports import BOM, CLUSTER_COLUMNS, _cell

CHART_HEADERS = {
    "languages-by-sector": ["Sector", "Language", "Components"],
    "licences": ["Licence", "Components"],
    "organisations": ["Organisation", "Components"],
}


def read_csv(client, path: str) -> list[dict[str, str]]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["content-disposition"]
    body = response.content
    assert body.startswith(BOM.encode("utf-8"))
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_clusters_csv_has_a_row_per_member_in_words(client, analysis):
    rows = read_csv(client, "/insight/clusters.csv")
    assert list(rows[0]) == list(CLUSTER_COLUMNS)
    assert len(rows) == sum(len(c.members) for c in analysis.clusters)
    top = analysis.clusters[0]
    first = [r for r in rows if r["Cluster"] == "1"]
    assert {r["Component"] for r in first} == {m.full_name for m in top.members}
    assert first[0]["Kind"] in {"Independent rebuilds", "Copies or forks", "Copies and rebuilds"}
    assert first[0]["Activity"] in {
        "Active in the last 12 months",
        "Not updated in 12 months",
        "Archived",
        "Last change unknown",
    }
    assert first[0]["Recommended action"]
    assert "person-" in first[0]["Duplicated effort, estimated"]
    # Words, not codes: no slugs of kinds, activities or sectors anywhere.
    codes = {"rebuilds", "copies", "mixed", "stale", "active", "unknown", "health"}
    codes.add("uk-body-in-wales")
    assert not codes & {value for row in rows for value in row.values()}
    assert {r["Catalogue page"].rsplit("/", 1)[-1] for r in first} == {
        str(m.id) for m in top.members
    }


def test_the_welsh_clusters_csv_has_welsh_headers_and_values(client, analysis):
    rows = read_csv(client, "/cy/insight/clusters.csv")
    assert list(rows[0])[:3] == ["Clwstwr", "Teitl", "Math"]
    assert all("/cy/components/" in r["Tudalen yn y catalog"] for r in rows)
    assert {r["Sector"] for r in rows} & {"Iechyd a gofal", "Cyrff y DU yng Nghymru"}


def test_welsh_names_survive_a_spreadsheet_that_honours_the_bom(client):
    body = client.get("/cy/insight/charts/organisations.csv").content
    text = body.decode("utf-8-sig")
    assert "Iechyd a Gofal Digidol Cymru" in text or "Llywodraeth Cymru" in text
    assert any(ch in text for ch in "ŵŷâêîôû’")
    # Windows-1252 reads the BOM's bytes as "ï»¿": that mark is what tells Excel the file is UTF-8;
    # without it, every Welsh letter would come out as two or three Latin-1 characters.
    as_cp1252 = body.decode("cp1252", errors="replace")
    assert as_cp1252.startswith("ï»¿")
    assert "Tŷ" not in body[3:].decode("cp1252", errors="replace")


def test_clusters_csv_follows_the_sector(client, analysis):
    rows = read_csv(client, "/insight/clusters.csv?sector=education")
    expected = [c for c in analysis.clusters if "education" in c.sectors]
    assert len(rows) == sum(len(c.members) for c in expected)
    assert client.get("/insight/clusters.csv?sector=nowhere").status_code == 400


def test_clusters_csv_is_empty_but_well_formed_without_an_analysis(bare_client):
    response = bare_client.get("/insight/clusters.csv")
    assert response.status_code == 200
    assert response.content.decode("utf-8-sig").strip() == ",".join(
        f'"{c}"' if "," in c else c for c in CLUSTER_COLUMNS
    )


@pytest.mark.parametrize("slug", list(CHART_HEADERS))
def test_charts_download_as_csv_with_the_charts_words(client, slug):
    rows = read_csv(client, f"/insight/charts/{slug}.csv")
    assert list(rows[0]) == CHART_HEADERS[slug]
    assert all(int(row[CHART_HEADERS[slug][-1]]) >= 0 for row in rows)


def test_chart_csv_figures_add_up(client):
    total = sum(int(r["Components"]) for r in read_csv(client, "/insight/charts/organisations.csv"))
    assert total == 445
    assert (
        sum(int(r["Components"]) for r in read_csv(client, "/insight/charts/licences.csv")) == 445
    )


def test_chart_csv_follows_sector_and_language(client):
    rows = read_csv(client, "/insight/charts/organisations.csv?sector=health")
    every = read_csv(client, "/insight/charts/organisations.csv")
    assert rows and len(rows) < len(every)
    welsh = read_csv(client, "/cy/insight/charts/languages-by-sector.csv")
    assert {"Iechyd a gofal"} <= {r["Sector"] for r in welsh}


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


def test_the_clusters_csv_titles_are_in_the_page_language(client, analysis):
    english = {r["Title"] for r in read_csv(client, "/insight/clusters.csv")}
    welsh = {r["Teitl"] for r in read_csv(client, "/cy/insight/clusters.csv")}
    assert english == {c.title for c in analysis.clusters}
    assert welsh == {c.title_cy for c in analysis.clusters}
    assert "Gwasanaethau chwilio am gyfeiriad" in welsh
