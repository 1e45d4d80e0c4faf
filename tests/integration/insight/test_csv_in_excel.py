"""Every CSV download opens in Excel with Welsh letters intact, and in Python's csv module.

Excel reads a CSV as UTF-8 only when it starts with a byte order mark (EF BB BF); otherwise it
reads Windows-1252, and "Tŷ'r Cwmnïau" comes out as "TÅ·'r CwmnÃ¯au". Issue 16.
"""

from __future__ import annotations

import csv
import io

import pytest
from litestar.testing import TestClient

from web.charts import CHARTS

UTF8_BOM = b"\xef\xbb\xbf"
# Downloads of Companies House's components (or of everything), which must carry its name.
DOWNLOADS = [
    "/search/export.csv?organisation=companies-house",
    "/insight/clusters.csv",
    *[f"/insight/charts/{slug}.csv" for slug in CHARTS],
]
NAMES = {"en": "Companies House", "cy": "Tŷ'r Cwmnïau"}
# What UTF-8 Welsh letters look like when read as Windows-1252.
MOJIBAKE = ("Ã", "Å", "â€", "ï»¿")


@pytest.fixture(scope="module")
def site(analysed_settings, analysed_engine, loaded_backend):
    """The whole app over the analysed database, so that every CSV route is there."""
    from web.app import create_app

    app = create_app(analysed_settings, search_backend=loaded_backend, engine=analysed_engine)
    with TestClient(app=app) as client:
        yield client


def as_excel_reads(body: bytes) -> str:
    """The text Excel sees: UTF-8 after a byte order mark, else Windows-1252."""
    if body.startswith(UTF8_BOM):
        return body[len(UTF8_BOM) :].decode("utf-8")
    return body.decode("cp1252", errors="replace")


def test_every_csv_route_is_checked_here(site):
    paths = {route.path for route in site.app.routes if "csv" in route.path}
    checked = {path.split("?")[0] for path in DOWNLOADS}
    checked |= {"/insight/charts/{name:str}"}
    assert {path.removeprefix("/cy") for path in paths} <= checked


@pytest.mark.parametrize("locale", ["en", "cy"])
@pytest.mark.parametrize("path", DOWNLOADS)
def test_a_csv_download_reads_the_same_in_excel_and_in_python(site, path, locale):
    response = site.get(path if locale == "en" else "/cy" + path)
    assert response.status_code == 200
    body = response.content
    assert body.startswith(UTF8_BOM)
    text = as_excel_reads(body)
    assert text == body.decode("utf-8-sig")
    assert not [mark for mark in MOJIBAKE if mark in text]
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) > 1
    assert {len(row) for row in rows} == {len(rows[0])}
    cells = {cell for row in rows[1:] for cell in row}
    if path.startswith("/search") or path.endswith("organisations.csv"):
        assert NAMES[locale] in cells


def test_without_the_mark_excel_would_garble_the_welsh_name():
    """The check above can fail: the same bytes without a BOM read as mojibake."""
    body = "Sefydliad\nTŷ'r Cwmnïau\n".encode()
    assert NAMES["cy"] not in as_excel_reads(body)
    assert NAMES["cy"] in as_excel_reads(UTF8_BOM + body)


def test_the_welsh_search_download_is_in_welsh_words(site):
    response = site.get("/cy/search/export.csv?organisation=companies-house")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert list(rows[0])[:4] == ["Rhif adnabod yn y catalog", "Enw", "Enw llawn", "Sefydliad"]
    assert {row["Sector"] for row in rows} == {"Cyrff y DU yng Nghymru"}
    assert {row["Sefydliad"] for row in rows} == {"Tŷ'r Cwmnïau"}
    assert {row["Gweithgarwch"] for row in rows} <= {
        "Gweithredol yn ystod y 12 mis diwethaf",
        "Heb ei diweddaru ers 12 mis",
        "Wedi’i harchifo",
        "Newid diwethaf yn anhysbys",
    }
    assert {row["Wedi’i harchifo"] for row in rows} <= {"Ie", "Na"}
    assert all(row["Tudalen yn y catalog"].split("/cy/components/")[1] for row in rows)
    # The codes the JSON download keeps appear nowhere in the spreadsheet.
    codes = {"uk-body-in-wales", "active", "stale", "archived", "unknown", "true", "false"}
    codes.add("library")
    assert not codes & {value for row in rows for value in row.values()}


def test_the_json_download_keeps_the_codes(site):
    payload = site.get("/cy/search/export.json?organisation=companies-house").json()
    assert {c["sector"] for c in payload["components"]} == {"uk-body-in-wales"}
    assert {c["activity"] for c in payload["components"]} <= {
        "active",
        "stale",
        "archived",
        "unknown",
    }
