"""In a browser, in English and Welsh: a listing request's status page, the outbox, the address
confirmation and an invitation, with no e-mail service set up (messages wait in the outbox)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.integration.register.factories import PASSWORD

pytestmark = pytest.mark.browser
CONFIRM = re.compile(r"https?://\S+/confirm-email/[A-Za-z0-9_-]+")
TEXT = {
    "en": {
        "submit": "Send request",
        "received": "Received",
        "in_review": "In review",
        "rejected": "Rejected",
        "confirm": "Confirm my e-mail address",
        "confirmed": "E-mail address confirmed",
        "invite": "Send invitation",
        "waits": "waits in the outbox",
        "sign_in": "Sign in",
    },
    "cy": {
        "submit": None,
        "received": "Derbyniwyd",
        "in_review": "Wrthi’n cael ei adolygu",
        "rejected": "Wedi’i wrthod",
        "confirm": "Cadarnhau fy nghyfeiriad e-bost",
        "confirmed": "Cyfeiriad e-bost wedi’i gadarnhau",
        "invite": "Anfon gwahoddiad",
        "waits": "yn aros yn y blwch allan",
        "sign_in": "Mewngofnodi",
    },
}


@pytest.fixture(scope="module")
def moderator(loaded_engine):
    from catalogue.accounts import create_user
    from catalogue.db import make_sessionmaker

    with make_sessionmaker(loaded_engine)() as session:
        create_user(session, "axe-messages@example.gov.wales", PASSWORD, is_admin=True)
        session.commit()
    return "axe-messages@example.gov.wales"


def accessible(page) -> None:
    assert axe_violations(page) == []
    assert page.problems.messages == [], page.problems.messages


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_a_listing_request_seen_through_in_a_browser(page, moderator, locale):
    prefix = "/cy" if locale == "cy" else ""
    words = TEXT[locale]
    applicant = f"browser-{locale}@example.gov.wales"
    page.goto(f"{prefix}/register")
    page.fill("#name", f"Cyngor Porwr {locale}")
    page.check("#sector")
    page.fill("#accounts", f"https://github.com/cyngor-porwr-{locale}")
    page.fill("#contact_email", applicant)
    page.fill("#reason", "We publish our code.")
    page.locator("form button.govuk-button").last.click()
    expect(page.locator("#request-status")).to_have_text(words["received"])
    status_url = page.url.split("?")[0]
    accessible(page)

    # The moderator reads the waiting confirmation in the outbox and finds its link.
    page.goto(f"{prefix}/account/sign-in")
    page.fill("#email", moderator)
    page.fill("#password", PASSWORD)
    page.locator("form button.govuk-button").last.click()
    page.goto(f"{prefix}/admin/messages")
    row = page.locator("tr", has_text=applicant).first
    row.locator("summary").click()
    confirm_link = CONFIRM.search(row.inner_text()).group(0)
    accessible(page)

    # Opening the request puts it "in review"; rejecting it shows the reason to the applicant.
    page.goto(f"{prefix}/admin")
    page.get_by_role("link", name=f"Cyngor Porwr {locale}").click()
    request_id = page.url.rstrip("/").rsplit("/", 1)[1]
    page.goto(status_url)
    expect(page.locator("#request-status")).to_have_text(words["in_review"])
    page.goto(f"{prefix}/admin/registrations/{request_id}")
    page.fill("#reason", "Those accounts belong to a supplier.")
    page.locator("form", has=page.locator("#reason")).locator("button").click()
    page.goto(status_url)
    expect(page.locator("#request-status")).to_have_text(words["rejected"])
    expect(page.locator("main")).to_contain_text("Those accounts belong to a supplier.")
    accessible(page)

    # The applicant confirms their address with the button the link opens.
    page.goto("/" + confirm_link.split("/", 3)[3])
    accessible(page)
    page.get_by_role("button", name=words["confirm"]).click()
    expect(page.locator("h1")).to_have_text(words["confirmed"])
    accessible(page)


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_a_moderator_invites_someone_in_a_browser(page, moderator, locale):
    prefix = "/cy" if locale == "cy" else ""
    words = TEXT[locale]
    page.goto(f"{prefix}/account/sign-in")
    page.fill("#email", moderator)
    page.fill("#password", PASSWORD)
    page.locator("form button.govuk-button").last.click()
    page.goto(f"{prefix}/admin/users")
    accessible(page)
    page.fill("#email", f"invited-{locale}@example.gov.wales")
    page.check("#role-2")
    page.get_by_role("button", name=words["invite"]).click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(words["waits"])
    accessible(page)
