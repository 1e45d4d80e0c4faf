"""An applicant is told of every step by e-mail, in their language, over a real SMTP server."""

from __future__ import annotations

import re

import pytest
from litestar.testing import TestClient
from sqlalchemy import select

from catalogue.addresses import mark_verified
from catalogue.db import make_engine, make_sessionmaker
from catalogue.migrate import upgrade
from catalogue.models import Message, RegistrationRequest
from catalogue.models.messages import UNVERIFIED
from tests.integration.register.factories import PASSWORD, build_app, make_user
from tests.integration.register.webtools import get_page, post_form, sign_in

LINK = re.compile(r"https?://\S+")


def listing(login: str, email: str) -> dict:
    return {
        "name": f"Cyngor {login}",
        "name_cy": "",
        "sector": "local-government",
        "website": "",
        "accounts": f"https://github.com/{login}",
        "contact_email": email,
        "reason": "We publish our code.",
        "identifier_kind": "none",
        "identifier": "",
    }


@pytest.fixture
def journey(tmp_path, smtp, smtp_settings):
    url = f"sqlite:///{tmp_path / 'journey.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as store:
        moderator = make_user(store, "moderator@example.gov.wales", is_admin=True)
        moderator.language = "cy"
        mark_verified(store, moderator.email)
    app = build_app(smtp_settings, engine)
    with TestClient(app=app) as client:
        yield client, engine
    engine.dispose()


def links(message) -> list[str]:
    return LINK.findall(message.get_content())


def path_of(link: str) -> str:
    return "/" + link.split("/", 3)[3]


@pytest.mark.parametrize(("prefix", "locale"), [("", "en"), ("/cy", "cy")])
def test_an_applicant_hears_at_each_step(journey, smtp, prefix, locale):
    client, engine = journey
    applicant = f"applicant-{locale}@example.gov.wales"
    response = post_form(client, f"{prefix}/register", listing(f"journey-{locale}", applicant))
    assert response.status_code == 303
    status_path = response.headers["location"].split("?")[0]
    assert status_path.startswith(f"{prefix}/register/status/")
    page = get_page(client, response.headers["location"])
    reference = status_path.rsplit("/", 1)[1]
    assert reference in page
    assert ("Received" if locale == "en" else "Derbyniwyd") in page

    # The confirmation, in the applicant's language, and the moderator's notice, in theirs.
    smtp.wait_for(2)
    [confirmation] = smtp.to(applicant)
    [notice] = smtp.to("moderator@example.gov.wales")
    assert confirmation["Content-Language"] == locale
    assert reference in confirmation["Subject"]
    assert notice["Content-Language"] == "cy"
    status_link, confirm_link = links(confirmation)[:2]
    assert path_of(status_link) == status_path
    assert "/confirm-email/" in confirm_link

    # Until the address is confirmed, the decision waits in the outbox.
    sign_in(client, "moderator@example.gov.wales", PASSWORD)
    with make_sessionmaker(engine)() as session:
        request_id = session.scalar(
            select(RegistrationRequest.id).where(RegistrationRequest.reference == reference)
        )
    get_page(client, f"/admin/registrations/{request_id}")
    assert ("In review" if locale == "en" else "Wrthi’n cael ei adolygu") in get_page(
        client, status_path
    )
    decided = post_form(
        client,
        f"/admin/registrations/{request_id}",
        {"decision": "reject", "reason": "These accounts belong to a company."},
        action=f"/admin/registrations/{request_id}/decision",
    )
    assert decided.status_code == 303
    with make_sessionmaker(engine)() as session:
        held = session.scalars(
            select(Message).where(
                Message.address_key == applicant, Message.kind == "registration.rejected"
            )
        ).one()
        assert held.status == UNVERIFIED
    outbox = get_page(client, "/admin/messages")
    assert applicant in outbox
    assert "These accounts belong to a company." in outbox

    # Confirming the address releases it.
    form = get_page(client, path_of(confirm_link))
    assert "Confirm" in form or "Cadarnhau" in form
    confirmed = post_form(client, path_of(confirm_link), {})
    assert confirmed.status_code == 200
    smtp.wait_for(3)
    [confirmation, decision] = smtp.to(applicant)
    assert decision["Content-Language"] == locale
    assert "These accounts belong to a company." in decision.get_content()
    rejected_page = get_page(client, status_path)
    assert "These accounts belong to a company." in rejected_page
    assert post_form(client, path_of(confirm_link), {}).status_code == 404, "the link works once"


def test_an_unknown_reference_is_a_404(journey):
    client, _ = journey
    get_page(client, "/register/status/AAAAA-BBBBB", 404)
    get_page(client, "/cy/register/status/nonsense", 404)
