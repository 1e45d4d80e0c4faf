"""Suppliers and the public bodies they build for, on the pages and in the API, in both languages."""

from __future__ import annotations

import csv
import io
import re
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from sqlalchemy import event

from catalogue.models import Component, Organisation
from tests.integration.web.conftest import catalogue_client
from tests.support.pages import check_page

LANGUAGES = [("", "en"), ("/cy", "cy")]
BUILT_FOR = {"en": "Built for", "cy": "Wedi’i hadeiladu ar gyfer"}
BUILDS_FOR = {"en": "Builds for", "cy": "Yn adeiladu ar gyfer"}
SUPPLIERS = {
    "en": "Suppliers building for this body",
    "cy": "Cyflenwyr sy’n adeiladu ar gyfer y corff hwn",
}
NRW = {"en": "Natural Resources Wales", "cy": "Cyfoeth Naturiol Cymru"}


def _component(organisation: Organisation, name: str) -> Component:
    login = organisation.slug
    return Component(
        host="github.com",
        full_name=f"{login}/{name}",
        full_name_key=f"{login}/{name}",
        owner=login,
        organisation=organisation,
        name=name,
        description=f"The {name} component",
        repository_url=f"https://github.com/{login}/{name}",
        component_type="application",
        first_seen_at=datetime.now(UTC),
    )


def add_suppliers(session) -> dict[str, int]:
    """Suppliers building for two bodies, and a body with neither."""

    def body(slug, name, name_cy=None, sector="supplier", builds_for=None):
        organisation = Organisation(
            slug=slug, name=name, name_cy=name_cy, sector=sector, builds_for=builds_for
        )
        session.add(organisation)
        return organisation

    nrw = body("natural-resources-wales", NRW["en"], NRW["cy"], "arms-length-body")
    government = body(
        "welsh-government", "Welsh Government", "Llywodraeth Cymru", "central-government"
    )
    astun = body("astun-technology", "Astun Technology (supplier)", builds_for=nrw)
    body("epimorphics", "Epimorphics (supplier)", builds_for=nrw)
    # SQL sorts capitals first ("Work" before "freshEHR"); people read alphabetical order.
    body("freshehr", "freshEHR (supplier)", builds_for=nrw)
    body("wip", "Work In Progress (prototyping account)", builds_for=nrw)
    body("marvell-consulting", "Marvell Consulting (supplier)", builds_for=government)
    gwynedd = body("cyngor-gwynedd", "Gwynedd Council", "Cyngor Gwynedd", "local-government")
    built = _component(astun, "nrw-custom-geonetwork")
    own = _component(gwynedd, "gwynedd-forms")
    session.add_all([built, own])
    session.flush()
    return {"built": built.id, "own": own.id}


@pytest.fixture(scope="module")
def suppliers(tmp_path_factory):
    """A client over the catalogue of add_suppliers, and the ids of its two components."""
    yield from catalogue_client(tmp_path_factory, "suppliers", add_suppliers)


def summary_value(html: str, key: str) -> str | None:
    """The HTML of the summary-list value beside `key`, or None when the page has no such row."""
    found = re.search(
        r'<dt class="govuk-summary-list__key">\s*' + re.escape(key) + r"\s*</dt>\s*"
        r'<dd class="govuk-summary-list__value">(.*?)</dd>',
        html,
        re.DOTALL,
    )
    return found.group(1).strip() if found else None


def links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a class="govuk-link" href="([^"]+)">([^<]+)</a>', html)


def page(client, path: str, locale: str) -> str:
    """A page's HTML, checked as every page is (status, language, markup)."""
    response = client.get(path)
    assert response.status_code == 200
    check_page(response.text, locale)
    return response.text


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_a_suppliers_component_says_whom_it_was_built_for(suppliers, prefix, locale):
    client, ids = suppliers
    html = page(client, f"{prefix}/components/{ids['built']}", locale)
    value = summary_value(html, BUILT_FOR[locale])
    assert value is not None, "no 'Built for' row"
    assert links(value) == [(f"{prefix}/organisations/natural-resources-wales", NRW[locale])]


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_a_clients_page_lists_the_suppliers_building_for_it(suppliers, prefix, locale):
    client, _ = suppliers
    html = page(client, f"{prefix}/organisations/natural-resources-wales", locale)
    value = summary_value(html, SUPPLIERS[locale])
    assert value is not None, "no suppliers row"
    supplier, account = {
        "en": ("(supplier)", "(prototyping account)"),
        "cy": ("(cyflenwr)", "(cyfrif prototeipio)"),
    }[locale]
    assert links(value) == [
        (f"{prefix}/organisations/astun-technology", f"Astun Technology {supplier}"),
        (f"{prefix}/organisations/epimorphics", f"Epimorphics {supplier}"),
        (f"{prefix}/organisations/freshehr", f"freshEHR {supplier}"),
        (f"{prefix}/organisations/wip", f"Work In Progress {account}"),
    ]
    assert summary_value(html, BUILDS_FOR[locale]) is None


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_a_suppliers_page_says_which_body_it_builds_for(suppliers, prefix, locale):
    client, _ = suppliers
    html = page(client, f"{prefix}/organisations/astun-technology", locale)
    value = summary_value(html, BUILDS_FOR[locale])
    assert value is not None, "no 'Builds for' row"
    assert links(value) == [(f"{prefix}/organisations/natural-resources-wales", NRW[locale])]
    assert summary_value(html, SUPPLIERS[locale]) is None


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_a_body_with_neither_says_neither(suppliers, prefix, locale):
    client, ids = suppliers
    pages = [f"{prefix}/organisations/cyngor-gwynedd", f"{prefix}/components/{ids['own']}"]
    for path in pages:
        html = page(client, path, locale)
        for label in (BUILT_FOR, BUILDS_FOR, SUPPLIERS):
            assert label[locale] not in html, (path, label[locale])


@contextmanager
def counting_statements(engine):
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_more_suppliers_take_no_more_queries(suppliers):
    """The Welsh Government has one supplier here, Natural Resources Wales four."""
    client, _ = suppliers
    engine = client.app.state.engine
    client.get("/organisations/welsh-government")  # a first visit sets cookies; count the second
    with counting_statements(engine) as one_supplier:
        assert client.get("/organisations/welsh-government").status_code == 200
    with counting_statements(engine) as four_suppliers:
        assert client.get("/organisations/natural-resources-wales").status_code == 200
    assert one_supplier and len(four_suppliers) == len(one_supplier)


def test_the_api_names_the_client_of_a_suppliers_component(suppliers):
    client, ids = suppliers
    built = client.get(f"/api/v1/components/{ids['built']}").json()
    assert built["organisation"] == "astun-technology"
    assert built["builds_for"] == {
        "slug": "natural-resources-wales",
        "name": NRW["en"],
        "name_cy": NRW["cy"],
    }
    assert client.get(f"/api/v1/components/{ids['own']}").json()["builds_for"] is None


def test_the_api_gives_each_organisation_its_client_and_a_client_its_suppliers(suppliers):
    client, _ = suppliers
    listed = {o["slug"]: o for o in client.get("/api/v1/organisations").json()["organisations"]}
    assert listed["astun-technology"]["builds_for"] == {
        "slug": "natural-resources-wales",
        "name": NRW["en"],
        "name_cy": NRW["cy"],
    }
    assert listed["natural-resources-wales"]["builds_for"] is None
    assert listed["cyngor-gwynedd"]["builds_for"] is None

    nrw = client.get("/api/v1/organisations/natural-resources-wales").json()
    assert nrw["builds_for"] is None
    assert nrw["suppliers"] == [
        {"slug": "astun-technology", "name": "Astun Technology (supplier)", "name_cy": None},
        {"slug": "epimorphics", "name": "Epimorphics (supplier)", "name_cy": None},
        {"slug": "freshehr", "name": "freshEHR (supplier)", "name_cy": None},
        {"slug": "wip", "name": "Work In Progress (prototyping account)", "name_cy": None},
    ]
    astun = client.get("/api/v1/organisations/astun-technology").json()
    assert astun["builds_for"]["slug"] == "natural-resources-wales"
    assert astun["suppliers"] == []
    gwynedd = client.get("/api/v1/organisations/cyngor-gwynedd").json()
    assert gwynedd["builds_for"] is None and gwynedd["suppliers"] == []


def result_meta(html: str, name: str) -> str:
    """The metadata line under one search result, found by the component's name."""
    found = re.search(
        r">" + re.escape(name) + r"</a>.*?<ul class=\"app-meta\">(.*?)</ul>", html, re.DOTALL
    )
    assert found, f"no result for {name}"
    return re.sub(r"\s+", " ", found.group(1))


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_a_search_result_says_whom_a_suppliers_component_was_built_for(suppliers, prefix, locale):
    client, _ = suppliers
    html = page(client, f"{prefix}/search?q=component", locale)
    built = result_meta(html, "nrw-custom-geonetwork")
    words = {"en": "for", "cy": "ar gyfer"}[locale]
    assert f", {words} {NRW[locale]}</span>" in built
    own = result_meta(html, "gwynedd-forms")
    assert f", {words} " not in own


def test_api_search_hits_and_exports_name_the_client(suppliers):
    client, ids = suppliers
    hits = {h["id"]: h for h in client.get("/api/v1/search?q=component").json()["hits"]}
    assert hits[ids["built"]]["builds_for"]["slug"] == "natural-resources-wales"
    assert hits[ids["own"]]["builds_for"] is None
    rows = {
        row["Catalogue ID"]: row
        for row in csv.DictReader(
            io.StringIO(client.get("/search/export.csv").content.decode("utf-8-sig"))
        )
    }
    assert rows[str(ids["built"])]["Built for"] == NRW["en"]
    assert rows[str(ids["own"])]["Built for"] == ""
    welsh = csv.DictReader(
        io.StringIO(client.get("/cy/search/export.csv").content.decode("utf-8-sig"))
    )
    assert {row[BUILT_FOR["cy"]] for row in welsh} == {NRW["cy"], ""}
    exported = {c["id"]: c for c in client.get("/search/export.json").json()["components"]}
    assert exported[ids["built"]]["builds_for"]["name_cy"] == NRW["cy"]


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_check_before_you_build_says_whom_a_match_was_built_for(suppliers, prefix, locale):
    from tests.integration.register.webtools import post_form

    client, _ = suppliers
    response = post_form(
        client, f"{prefix}/check", {"description": "a custom GeoNetwork catalogue for NRW"}
    )
    assert response.status_code == 200
    check_page(response.text, locale)
    built = result_meta(response.text, "nrw-custom-geonetwork")
    words = {"en": "for", "cy": "ar gyfer"}[locale]
    assert f", {words} {NRW[locale]}</span>" in built
    api = client.post("/api/v1/check", json={"description": "a custom GeoNetwork catalogue"})
    matches = {m["full_name"]: m for m in api.json()["matches"]}
    assert matches["astun-technology/nrw-custom-geonetwork"]["builds_for"]["slug"] == (
        "natural-resources-wales"
    )
