"""The public request forms and the moderators' area, through the web."""

import re

import pytest
from sqlalchemy import select

from catalogue.models import AuditLog, Organisation, ProjectRequest, RegistrationRequest
from tests.integration.register.factories import (
    PASSWORD,
    make_component,
    make_organisation,
    make_user,
)
from tests.integration.register.webtools import get_page, post_form, sign_in

LISTING = {
    "name": "Cyngor Prawf",
    "name_cy": "Cyngor Prawf",
    "sector": "local-government",
    "website": "https://prawf.example.gov.wales",
    "accounts": "https://github.com/cyngor-prawf-web",
    "contact_email": "digidol@example.gov.wales",
    "reason": "We publish our code.",
    "identifier_kind": "none",
    "identifier": "",
}


@pytest.mark.parametrize("prefix", ["", "/cy"])
@pytest.mark.parametrize(
    "path", ["/register", "/register/received", "/register/project", "/register/project/received"]
)
def test_the_request_pages_render_in_both_languages(client, prefix, path):
    get_page(client, prefix + path)


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_a_listing_request_is_stored_and_the_next_steps_shown(client, store, prefix):
    data = dict(LISTING, accounts=f"https://github.com/listing{len(prefix)}")
    response = post_form(client, f"{prefix}/register", data)
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"{prefix}/register/status/")
    assert response.headers["location"].endswith("?received=1")
    stored = store.scalars(
        select(RegistrationRequest).where(
            RegistrationRequest.contact_email == LISTING["contact_email"]
        )
    ).all()
    assert any(
        r.accounts == [{"host": "github.com", "login": f"listing{len(prefix)}"}] for r in stored
    )


def test_a_bad_listing_request_is_shown_again_with_its_errors(client):
    data = dict(
        LISTING, accounts="http://10.0.0.1/admin", contact_email="nope", identifier_kind="gss"
    )
    response = post_form(client, "/register", data)
    assert response.status_code == 400
    assert "There is a problem" in response.text
    for field in ("accounts", "contact_email", "identifier"):
        assert f'href="#{field}"' in response.text
    assert "Enter an address that starts with https://" in response.text
    # What was typed is kept, escaped.
    assert "http://10.0.0.1/admin" in response.text


def test_a_duplicate_account_is_refused_on_the_form(client, store):
    make_organisation(
        store, "already-web", name="Already Web", accounts=[("github.com", "dup-web")]
    )
    store.commit()
    response = post_form(client, "/register", dict(LISTING, accounts="https://github.com/Dup-Web"))
    assert response.status_code == 400
    assert "already listed, under Already Web" in response.text


def test_a_project_request_names_a_listed_organisation(client, store):
    make_organisation(store, "project-web", name="Project Web")
    store.commit()
    page = get_page(client, "/register/project?organisation=project-web")
    assert re.search(r'<option value="project-web" selected', page)
    response = post_form(
        client,
        "/register/project",
        {
            "organisation": "project-web",
            "repository_url": "https://github.com/a-supplier/their-app",
            "contact_email": "x@example.gov.wales",
            "reason": "They built it for us",
        },
    )
    assert response.status_code == 303
    assert store.scalar(
        select(ProjectRequest).where(ProjectRequest.full_name == "a-supplier/their-app")
    )


def test_hostile_text_is_escaped_when_shown_back(client):
    response = post_form(
        client, "/register", dict(LISTING, name="<script>alert(1)</script>", sector="")
    )
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


def test_anonymous_people_are_sent_to_sign_in_for_the_admin_area(client):
    response = client.get("/admin/audit?page=2", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/account/sign-in?next=%2Fadmin%2Faudit%3Fpage%3D2"
    assert (
        client.get("/cy/admin", follow_redirects=False)
        .headers["location"]
        .startswith("/cy/account/sign-in")
    )


def test_editors_cannot_moderate(client, store):
    make_user(store, "not-a-mod@example.gov.wales", organisation=make_organisation(store))
    request = RegistrationRequest(
        name="Target",
        sector="health",
        accounts=[{"host": "github.com", "login": "t-web"}],
        contact_email="t@example.gov.wales",
        reason="x",
    )
    store.add(request)
    store.commit()
    sign_in(client, "not-a-mod@example.gov.wales", PASSWORD)
    assert client.get("/admin").status_code == 403
    assert client.get(f"/admin/registrations/{request.id}").status_code == 403
    html = client.get("/account").text
    response = post_form(
        client,
        "/account",
        {"decision": "approve", "slug": "target"},
        action=f"/admin/registrations/{request.id}/decision",
    )
    assert response.status_code == 403
    assert "Only catalogue moderators can review requests" in response.text
    assert html
    # End the read transaction so the next reads see what the app committed.
    store.commit()
    store.expire_all()
    assert store.get(RegistrationRequest, request.id).status == "pending"


def test_a_moderator_approves_and_rejects_with_an_audit_trail(client, store):
    make_user(store, "mod-web@example.gov.wales", is_admin=True)
    approve_me = RegistrationRequest(
        name="Bwrdd Iechyd Prawf",
        sector="health",
        accounts=[{"host": "github.com", "login": "bip-prawf"}],
        contact_email="a@example.gov.wales",
        reason="NHS Wales body",
        identifier_kind="ods",
        identifier="7A9",
    )
    reject_me = RegistrationRequest(
        name="Not Public Ltd",
        sector="supplier",
        accounts=[{"host": "github.com", "login": "not-public"}],
        contact_email="b@example.gov.wales",
        reason="Please",
    )
    store.add_all([approve_me, reject_me])
    store.commit()
    sign_in(client, "mod-web@example.gov.wales", PASSWORD)
    index = get_page(client, "/admin")
    assert "Bwrdd Iechyd Prawf" in index
    detail = get_page(client, f"/admin/registrations/{approve_me.id}")
    assert 'value="bwrdd-iechyd-prawf"' in detail
    response = post_form(
        client,
        f"/admin/registrations/{approve_me.id}",
        {"decision": "approve", "slug": "bwrdd-iechyd-prawf"},
        action=f"/admin/registrations/{approve_me.id}/decision",
    )
    assert response.status_code == 303
    # End the read transaction so the next reads see what the app committed.
    store.commit()
    store.expire_all()
    organisation = store.scalar(
        select(Organisation).where(Organisation.slug == "bwrdd-iechyd-prawf")
    )
    assert [a.login for a in organisation.accounts] == ["bip-prawf"]
    assert organisation.identifier == "7A9"

    empty = post_form(
        client,
        f"/admin/registrations/{reject_me.id}",
        {"decision": "reject", "reason": ""},
        action=f"/admin/registrations/{reject_me.id}/decision",
    )
    assert empty.status_code == 400
    assert "Enter the reason for rejecting the request" in empty.text
    rejected = post_form(
        client,
        f"/admin/registrations/{reject_me.id}",
        {"decision": "reject", "reason": "A company"},
        action=f"/admin/registrations/{reject_me.id}/decision",
    )
    assert rejected.status_code == 303
    get_page(client, f"/cy/admin/registrations/{reject_me.id}")
    audit = get_page(client, "/admin/audit")
    assert (
        "mod-web@example.gov.wales approved the request to list the organisation "
        "Bwrdd Iechyd Prawf." in audit
    )
    assert (
        "mod-web@example.gov.wales rejected the request to list the organisation Not Public Ltd"
        in audit
    )
    assert "decision_reason" not in audit  # sentences, not the raw JSON of before and after
    store.commit()  # a fresh read transaction sees what the app committed
    entries = store.scalars(select(AuditLog).where(AuditLog.target_id == str(reject_me.id))).all()
    assert any(e.after and e.after["request"]["decision_reason"] == "A company" for e in entries)


def test_a_moderator_decides_project_requests(client, store):
    make_user(store, "mod-projects@example.gov.wales", is_admin=True)
    owner = make_organisation(store, "owner-web")
    request = ProjectRequest(
        organisation=owner,
        host="github.com",
        full_name="person/tool",
        full_name_key="person/tool",
        contact_email="p@example.gov.wales",
        reason="Ours",
    )
    store.add(request)
    store.commit()
    sign_in(client, "mod-projects@example.gov.wales", PASSWORD)
    get_page(client, f"/cy/admin/projects/{request.id}")
    response = post_form(
        client,
        f"/admin/projects/{request.id}",
        {"decision": "approve"},
        action=f"/admin/projects/{request.id}/decision",
    )
    assert response.status_code == 303
    # End the read transaction so the next reads see what the app committed.
    store.commit()
    store.expire_all()
    assert store.get(ProjectRequest, request.id).status == "approved"
    again = post_form(
        client,
        "/account",
        {"decision": "approve"},
        action=f"/admin/projects/{request.id}/decision",
    )
    assert again.status_code == 400
    assert "already been decided" in again.text


def test_adding_a_project_shows_similar_work_in_other_organisations(client, store):
    """Check before you build, at registration: the confirmation lists what is alike elsewhere."""
    mine = make_organisation(store, "bins-mine", name="Bins Mine")
    theirs = make_organisation(store, "bins-theirs", name="Bins Theirs")
    existing = make_component(store, theirs, "bin-collection-reminders")
    existing.description = "Reminds residents of their bin collection days by email and text."
    make_component(store, mine, "unrelated-payroll").description = "Payroll exports."
    store.commit()
    response = post_form(
        client,
        "/register/project",
        {
            "organisation": "bins-mine",
            "repository_url": "https://github.com/bins-supplier/bin-day-alerts",
            "contact_email": "x@example.gov.wales",
            "reason": "Alerts people to their bin collection day",
        },
    )
    assert response.status_code == 303
    received = get_page(client, response.headers["location"])
    assert "bin-collection-reminders" in received
    assert "unrelated-payroll" not in received
    get_page(client, "/cy" + response.headers["location"])


def test_an_organisation_page_shows_its_authoritative_identifier(client, store):
    organisation = make_organisation(store, "ident-web", name="Ident Web")
    organisation.identifier_kind, organisation.identifier = "gss", "W06000002"
    store.commit()
    page = get_page(client, "/organisations/ident-web")
    assert "ONS GSS code (Welsh local authority): W06000002" in page
    get_page(client, "/cy/organisations/ident-web")
