"""Stars, forks and open issues: 'not known' for the bundled snapshot, the numbers once harvested."""

from __future__ import annotations

import csv
import html
import io

import pytest
from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.models import Component
from catalogue.services import upsert_component, upsert_organisation
from ingest.normalise import normalise
from ingest.records import RawRepository
from tests.integration.web.conftest import catalogue_client
from tests.support.pages import check_page

NOT_KNOWN = {
    "en": "Not known for this component: the catalogue has not harvested them yet.",
    "cy": "Ddim yn hysbys ar gyfer y gydran hon: nid yw’r catalog wedi’u cynaeafu eto.",
}
ZEROS = {
    "en": "Stars: 0, forks: 0, open issues: 0",
    "cy": "Sêr: 0, fforciau: 0, materion agored: 0",
}
HARVESTED = {
    "en": "Stars: 0, forks: 1,234, open issues: 7",
    "cy": "Sêr: 0, fforciau: 1,234, materion agored: 7",
}


def _text(page) -> str:
    return " ".join(html.unescape(page.text).split())


@pytest.fixture(scope="module")
def snapshot_component(loaded_engine) -> int:
    with make_sessionmaker(loaded_engine)() as session:
        return session.scalar(select(Component.id).order_by(Component.id).limit(1))


def _add_harvested(session) -> int:
    """One component as a GitHub harvest stores it, with a real zero among its counts; its id."""
    raw = RawRepository(
        host="github.com",
        full_name="cyngor/offeryn",
        owner="cyngor",
        name="offeryn",
        html_url="https://github.com/cyngor/offeryn",
        description="A tool a council harvested from GitHub",
        stars=0,
        forks=1234,
        open_issues=7,
    )
    organisation = upsert_organisation(
        session, "cyngor", "Cyngor", "local-government", accounts=[("github.com", "cyngor")]
    )
    component, _ = upsert_component(session, normalise(raw), organisation)
    session.flush()
    return component.id


@pytest.fixture(scope="module")
def harvested(tmp_path_factory):
    """A client over a catalogue holding one component as a GitHub harvest stored it."""
    yield from catalogue_client(tmp_path_factory, "counts", _add_harvested)


def _page_text(client, component_id: int, locale: str) -> str:
    """The component page in the locale, checked as every page is, as plain text."""
    prefix = "/cy" if locale == "cy" else ""
    page = client.get(f"{prefix}/components/{component_id}")
    assert page.status_code == 200
    check_page(page.text, locale)
    return _text(page)


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_a_snapshot_component_says_its_counts_are_not_known(client, snapshot_component, locale):
    text = _page_text(client, snapshot_component, locale)
    assert NOT_KNOWN[locale] in text
    assert ZEROS[locale] not in text


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_a_harvested_component_shows_its_counts_a_real_zero_included(harvested, locale):
    client, component_id = harvested
    text = _page_text(client, component_id, locale)
    assert HARVESTED[locale] in text
    assert NOT_KNOWN[locale] not in text


def test_the_api_gives_null_for_counts_not_known(client, snapshot_component):
    body = client.get(f"/api/v1/components/{snapshot_component}").json()
    assert (body["stars"], body["forks"], body["open_issues"]) == (None, None, None)
    hits = client.get("/api/v1/search", params={"per_page": 100}).json()["hits"]
    assert hits and all(hit["stars"] is None for hit in hits)


def test_the_api_gives_harvested_counts_and_a_real_zero(harvested):
    client, component_id = harvested
    body = client.get(f"/api/v1/components/{component_id}").json()
    assert (body["stars"], body["forks"], body["open_issues"]) == (0, 1234, 7)
    hits = client.get("/api/v1/search", params={"q": "offeryn"}).json()["hits"]
    assert [(hit["id"], hit["stars"]) for hit in hits] == [(component_id, 0)]


def _stars_column(page) -> list[str]:
    rows = list(csv.reader(io.StringIO(page.text.lstrip("\ufeff"))))
    column = rows[0].index("Stars")
    return [row[column] for row in rows[1:]]


def test_the_csv_download_leaves_unknown_stars_empty_and_keeps_a_real_zero(client, harvested):
    assert set(_stars_column(client.get("/search/export.csv", params={"q": "nhs"}))) == {""}
    harvested_client, _ = harvested
    assert _stars_column(harvested_client.get("/search/export.csv", params={"q": "offeryn"})) == [
        "0"
    ]
