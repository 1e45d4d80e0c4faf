"""A supplier asking to be listed names the public body it builds for; approval records it."""

import pytest
from sqlalchemy import select

from catalogue.models import AuditLog, Organisation, RegistrationRequest
from tests.integration.register.factories import (
    PASSWORD,
    make_component,
    make_organisation,
    make_user,
)
from tests.integration.register.webtools import get_page, post_form, sign_in

SUPPLIER = {
    "name": "Cyflenwr Prawf Ltd",
    "name_cy": "",
    "sector": "supplier",
    "website": "",
    "contact_email": "cyflenwr@example.co.uk",
    "reason": "We build the body's data services.",
    "identifier_kind": "none",
    "identifier": "",
}


def _client(store, slug="corff-prawf", name="Corff Prawf", name_cy="Corff Prawf Cymru"):
    found = store.scalar(select(Organisation).where(Organisation.slug == slug))
    if found is None:
        found = make_organisation(store, slug, name=name, name_cy=name_cy, sector="health")
        make_organisation(store, "cyflenwr-rhestredig", name="Listed Supplier", sector="supplier")
        store.commit()
    return found


@pytest.mark.parametrize(
    ("prefix", "words"),
    [("", "Public body it builds for"), ("/cy", "Y corff cyhoeddus y mae’n adeiladu ar ei gyfer")],
)
def test_the_form_offers_the_listed_bodies_in_the_pages_language(client, store, prefix, words):
    _client(store)
    html = get_page(client, f"{prefix}/register")
    assert words in html
    shown = "Corff Prawf Cymru" if prefix else "Corff Prawf"
    assert f'<option value="corff-prawf">{shown}</option>' in html
    # Other suppliers are no public bodies to build for.
    assert 'value="cyflenwr-rhestredig"' not in html


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_a_supplier_request_keeps_the_body_it_builds_for(client, store, prefix):
    _client(store)
    login = f"cyflenwr-prawf{len(prefix)}"
    data = dict(SUPPLIER, accounts=f"https://github.com/{login}", builds_for="corff-prawf")
    response = post_form(client, f"{prefix}/register", data)
    assert response.status_code == 303
    store.commit()
    stored = store.scalars(select(RegistrationRequest)).all()
    [mine] = [r for r in stored if r.accounts == [{"host": "github.com", "login": login}]]
    assert mine.builds_for == "corff-prawf"


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        ("", "Choose the public body from the list, or ‘It builds for no other body’"),
        (
            "/cy",
            "Dewiswch y corff cyhoeddus o’r rhestr, neu ‘Nid yw’n adeiladu ar gyfer unrhyw gorff arall’",
        ),
    ],
)
def test_a_body_that_is_not_listed_is_refused_on_the_form(client, prefix, message):
    data = dict(SUPPLIER, accounts="https://github.com/nobody-listed", builds_for="no-such-body")
    response = post_form(client, f"{prefix}/register", data)
    assert response.status_code == 400
    assert 'href="#builds_for"' in response.text
    assert message in response.text


def test_no_body_chosen_is_no_body(client, store):
    data = dict(SUPPLIER, accounts="https://github.com/builds-for-none", builds_for="none")
    assert post_form(client, "/register", data).status_code == 303
    store.commit()
    stored = store.scalars(select(RegistrationRequest)).all()
    [mine] = [r for r in stored if r.accounts[0]["login"] == "builds-for-none"]
    assert mine.builds_for is None


def _supplier_request(store, name: str, login: str, builds_for: str) -> RegistrationRequest:
    """A pending request from a supplier, stored as the form would store it."""
    request = RegistrationRequest(
        name=name,
        sector="supplier",
        accounts=[{"host": "github.com", "login": login}],
        contact_email=f"{login}@example.co.uk",
        reason="Supplier",
        builds_for=builds_for,
    )
    store.add(request)
    store.commit()
    return request


def _approve(client, request_id, slug):
    return post_form(
        client,
        f"/admin/registrations/{request_id}",
        {"decision": "approve", "slug": slug},
        action=f"/admin/registrations/{request_id}/decision",
    )


def test_approval_records_the_body_and_re_indexes_code_already_listed(client, store, web_app):
    make_user(store, "mod-builds@example.gov.wales", is_admin=True)
    body = _client(store)
    # An organisation listed before, with code, asks again as the body's supplier.
    known = make_organisation(store, "cyflenwr-hysbys", name="Cyflenwr Hysbys", sector="supplier")
    component = make_component(store, known, "data-service")
    request = _supplier_request(store, "Cyflenwr Hysbys", "cyflenwr-hysbys-2", "corff-prawf")
    sign_in(client, "mod-builds@example.gov.wales", PASSWORD)
    detail = get_page(client, f"/admin/registrations/{request.id}")
    assert "Builds for" in detail and "Corff Prawf" in detail
    welsh = get_page(client, f"/cy/admin/registrations/{request.id}")
    assert "Yn adeiladu ar gyfer" in welsh and "Corff Prawf Cymru" in welsh
    assert _approve(client, request.id, "cyflenwr-hysbys").status_code == 303
    store.commit()
    store.expire_all()
    supplier = store.scalar(select(Organisation).where(Organisation.slug == "cyflenwr-hysbys"))
    assert supplier.builds_for.id == body.id
    entry = store.scalars(
        select(AuditLog).where(
            AuditLog.action == "registration.approve", AuditLog.target_id == str(request.id)
        )
    ).one()
    assert entry.after["organisation"]["builds_for"] == "corff-prawf"
    assert entry.after["request"]["builds_for"] == "corff-prawf"
    # Its component's search document now holds the body's names.
    from search.backend import Query

    found = web_app.state.search_backend.search(Query(text="Corff Prawf Cymru", facets=False))
    assert component.id in [hit.id for hit in found.hits]


def test_approval_is_refused_when_the_body_is_gone(client, store):
    make_user(store, "mod-gone@example.gov.wales", is_admin=True)
    gone = make_organisation(store, "corff-wedi-mynd", name="Corff Wedi Mynd", sector="health")
    request = _supplier_request(store, "Cyflenwr Amddifad", "cyflenwr-amddifad", "corff-wedi-mynd")
    store.delete(gone)
    store.commit()
    sign_in(client, "mod-gone@example.gov.wales", PASSWORD)
    detail = get_page(client, f"/admin/registrations/{request.id}")
    assert "corff-wedi-mynd (no longer listed)" in detail
    response = _approve(client, request.id, "cyflenwr-amddifad")
    assert response.status_code == 400
    assert "corff-wedi-mynd, the body the request says it builds for, is no longer listed" in (
        response.text
    )
    store.commit()
    assert (
        store.scalar(select(Organisation).where(Organisation.slug == "cyflenwr-amddifad")) is None
    )
