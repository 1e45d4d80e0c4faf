"""Downloads of whole search results (CSV, JSON) and Atom feeds of new components."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


def api_ids(client, **params) -> set[int]:
    ids, page = set(), 1
    while True:
        payload = client.get(
            "/api/v1/search", params={**params, "page": page, "per_page": 100}
        ).json()
        ids |= {hit["id"] for hit in payload["hits"]}
        if page >= payload["pages"]:
            return ids
        page += 1


def csv_rows(response) -> list[dict[str, str]]:
    """A CSV download's rows, past its byte order mark."""
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_export_holds_every_result_not_just_the_first_page(client):
    response = client.get("/search/export.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = csv_rows(response)
    assert len(rows) == 445  # more than two pages of the engine's largest page size
    assert {int(row["Catalogue ID"]) for row in rows} == api_ids(client)
    assert rows[0]["Catalogue page"].endswith(f"/components/{rows[0]['Catalogue ID']}")


def test_json_export_of_a_filtered_search_matches_the_api(client):
    response = client.get("/search/export.json", params={"q": "data", "sector": "health"})
    assert response.status_code == 200
    payload = json.loads(response.text)
    assert payload["query"] == "data" and payload["filters"] == {"sector": ["health"]}
    ids = [c["id"] for c in payload["components"]]
    assert len(ids) == len(set(ids)) == payload["total"]
    assert set(ids) == api_ids(client, q="data", sector="health")


def test_exports_refuse_bad_parameters(client):
    assert client.get("/search/export.csv", params={"sort": "sideways"}).status_code == 400
    assert client.get("/search/export.json", params={"page": "x"}).status_code == 400


def test_csv_cells_cannot_become_spreadsheet_formulas(hostile):
    client, _ = hostile
    rows = csv_rows(client.get("/search/export.csv"))
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    formula = next(row for row in rows if row["Full name"] == "hostile/formula")
    assert formula["Description"] == '\'=HYPERLINK("https://evil.example","click")'
    assert formula["Name"] == "'@SUM(A1)" and formula["Topics"] == "'-2+3"


@pytest.mark.parametrize(("prefix", "language"), [("", "en"), ("/cy", "cy")])
def test_atom_feed_lists_newest_components_first(client, prefix, language):
    response = client.get(f"{prefix}/components/feed.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    entries = feed.findall(f"{ATOM}entry")
    assert 0 < len(entries) <= 50
    published = [e.findtext(f"{ATOM}published") for e in entries]
    assert published == sorted(published, reverse=True)
    link = entries[0].find(f"{ATOM}link").get("href")
    assert f"{prefix}/components/" in link and link.startswith("http")
    assert feed.find(f"{ATOM}link[@rel='self']") is not None


def test_organisation_feed_holds_only_that_organisation(client):
    organisation = client.get("/api/v1/organisations").json()["organisations"][0]
    feed = ET.fromstring(client.get(f"/organisations/{organisation['slug']}/feed.atom").content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == min(50, organisation["component_count"])
    authors = {e.findtext(f"{ATOM}author/{ATOM}name") for e in entries}
    assert authors <= {organisation["name"]}
    assert client.get("/organisations/no-such-body/feed.atom").status_code == 404


def test_feeds_of_hostile_data_are_well_formed(hostile):
    client, ids = hostile
    for path in ("/components/feed.atom", f"/cy/organisations/{ids['organisation']}/feed.atom"):
        feed = ET.fromstring(client.get(path).content)
        titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
        assert any("<script>" in title for title in titles)  # as text, escaped in the XML
