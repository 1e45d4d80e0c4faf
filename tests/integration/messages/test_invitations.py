"""Moderators invite people and send reset links by e-mail, here through the Notify double."""

from __future__ import annotations

import re

import pytest
from litestar.testing import TestClient
from sqlalchemy import select

from catalogue.addresses import is_verified, mark_verified
from catalogue.db import make_engine, make_sessionmaker
from catalogue.migrate import upgrade
from catalogue.models import Message, PasswordReset, User
from tests.integration.register.factories import (
    PASSWORD,
    build_app,
    make_organisation,
    make_user,
)
from tests.integration.register.webtools import get_page, post_form, sign_in

LINK = re.compile(r"https?://\S+/account/reset/[A-Za-z0-9_-]+")
NEW_PASSWORD = "my own long passphrase"


@pytest.fixture
def admin_app(tmp_path, notify, notify_settings):
    url = f"sqlite:///{tmp_path / 'invite.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as store:
        make_user(store, "moderator@example.gov.wales", is_admin=True)
        make_organisation(store, "cyngor-gwahodd", name="Cyngor Gwahodd", name_cy="Cyngor Gwahodd")
        make_user(store, "forgetful@example.gov.wales")
    app = build_app(notify_settings, engine)
    with TestClient(app=app) as client:
        sign_in(client, "moderator@example.gov.wales", PASSWORD)
        yield client, engine
    engine.dispose()


def wait_for_notify(notify, count: int) -> list[dict]:
    import time

    for _ in range(200):
        if len(notify.double.sent) >= count:
            break
        time.sleep(0.05)
    assert len(notify.double.sent) >= count, notify.double.sent
    return notify.double.sent


def stored_body_cleared(engine, email: str, seconds: float = 10) -> bool:
    """True once the outbox no longer keeps the message body sent to `email`."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with make_sessionmaker(engine)() as session:
            if session.scalar(select(Message.body).where(Message.address_key == email)) is None:
                return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize(("language", "template"), [("en", "template_en"), ("cy", "template_cy")])
def test_an_invited_editor_chooses_a_password_and_signs_in(admin_app, notify, language, template):
    client, engine = admin_app
    email = f"newcomer-{language}@example.gov.wales"
    response = post_form(
        client,
        "/admin/users",
        {"email": email, "role": "editor", "organisation": "cyngor-gwahodd", "language": language},
        action="/admin/users/invite",
    )
    assert response.status_code == 303, response.text[:2000]
    banner = get_page(client, response.headers["location"])
    assert f"An invitation was e-mailed to {email}" in banner

    [sent] = wait_for_notify(notify, 1)
    assert sent["request"]["email_address"] == email
    assert sent["request"]["template_id"] == getattr(notify, template)
    assert "Cyngor Gwahodd" in sent["body"]
    link = LINK.search(sent["body"]).group(0)
    path = "/" + link.split("/", 3)[3]
    assert path.startswith("/cy/account/reset/" if language == "cy" else "/account/reset/")

    with make_sessionmaker(engine)() as session:
        person = session.scalar(select(User).where(User.email_key == email))
        assert person.organisation.slug == "cyngor-gwahodd"
        assert not person.is_admin
        assert (
            session.scalar(select(PasswordReset.purpose).where(PasswordReset.user_id == person.id))
            == "invite"
        )
        assert not is_verified(session, email)
    # The double answers before the sender records the send; the body (it holds the link) goes then.
    assert stored_body_cleared(engine, email)

    client.cookies.clear()
    get_page(client, path)
    done = post_form(client, path, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert done.status_code == 303
    assert sign_in(client, email, NEW_PASSWORD).status_code == 303
    with make_sessionmaker(engine)() as session:
        assert is_verified(session, email), "using the link confirms the address"


def test_an_invitation_needs_a_role_and_an_organisation_for_editors(admin_app):
    client, _ = admin_app
    response = post_form(
        client,
        "/admin/users",
        {"email": "x@example.gov.wales", "role": "editor", "organisation": "", "language": "en"},
        action="/admin/users/invite",
    )
    assert response.status_code == 400
    assert "Choose the organisation they edit for" in response.text
    again = post_form(
        client,
        "/admin/users",
        {"email": "moderator@example.gov.wales", "role": "moderator", "language": "en"},
        action="/admin/users/invite",
    )
    assert again.status_code == 400
    assert "There is already an account" in again.text


def test_reset_links_are_e_mailed_not_shown(admin_app, notify):
    client, engine = admin_app
    with make_sessionmaker(engine)() as session:
        person = session.scalar(select(User).where(User.email_key == "forgetful@example.gov.wales"))
    response = post_form(client, "/admin/users", {}, action=f"/admin/users/{person.id}/reset-link")
    assert response.status_code == 303
    assert "/account/reset/" not in get_page(client, response.headers["location"])
    [sent] = wait_for_notify(notify, 1)
    assert sent["request"]["email_address"] == "forgetful@example.gov.wales"
    assert LINK.search(sent["body"])


def test_moderators_decisions_reach_a_confirmed_applicant(admin_app, notify):
    client, engine = admin_app
    from catalogue.models import RegistrationRequest
    from catalogue.registration import OrganisationApplication, submit_registration

    with make_sessionmaker(engine).begin() as store:
        mark_verified(store, "applicant@example.gov.wales")
        found = submit_registration(
            store,
            OrganisationApplication(
                name="Cyngor Newydd",
                sector="local-government",
                accounts="https://github.com/cyngor-newydd",
                contact_email="applicant@example.gov.wales",
                reason="We publish code.",
            ),
            ("github.com",),
            "cy",
        )
        request_id = found.id
    decided = post_form(
        client,
        f"/admin/registrations/{request_id}",
        {"decision": "approve", "slug": "cyngor-newydd"},
        action=f"/admin/registrations/{request_id}/decision",
    )
    assert decided.status_code == 303
    [sent] = wait_for_notify(notify, 1)
    assert sent["request"]["template_id"] == notify.template_cy
    assert "/cy/organisations/cyngor-newydd" in sent["body"]
    with make_sessionmaker(engine)() as session:
        reference = session.get(RegistrationRequest, request_id).reference
    assert reference in sent["subject"]
    assert "Approved" in get_page(client, f"/register/status/{reference}")
