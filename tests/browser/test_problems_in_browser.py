"""In a browser, in English and Welsh: the problems an organisation's and a component's pages list,
with the day each was found, and an editor turning the e-mails off (with and without JavaScript)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.integration.register.factories import PASSWORD

pytestmark = pytest.mark.browser
FOUND_ON = datetime(2026, 12, 2, 10, tzinfo=UTC)
DETAIL = "publiccode.yml:7:3: error: <b>developmentStatus</b> must be one of concept, beta, stable."
TEXT = {
    "en": {
        "heading": "Problems found",
        "readiness": "Reuse readiness:",
        "found": "Found on 2 December 2026",
        "invalid": "The publiccode.yml is not valid: fix the messages listed.",
        "welsh": "There is no description in Welsh",
        "settings": "Editors: choose how you hear about problems",
        "emails": "E-mail the organisation’s editors",
        "save": "Save",
        "saved": "Your choices are saved.",
    },
    "cy": {
        "heading": "Problemau a ganfuwyd",
        "readiness": "Parodrwydd i’w hailddefnyddio:",
        "found": "Canfuwyd ar 2 Rhagfyr 2026",
        "invalid": "Nid yw’r publiccode.yml yn ddilys: cywirwch y negeseuon a restrir.",
        "welsh": "Does dim disgrifiad yn Gymraeg",
        "settings": "Golygyddion: dewiswch sut rydych chi’n clywed am broblemau",
        "emails": "Anfon e-bost at olygyddion y sefydliad",
        "save": "Cadw",
        "saved": "Mae eich dewisiadau wedi’u cadw.",
    },
}


@pytest.fixture(scope="module")
def broken(loaded_engine) -> dict:
    """A bundled component with two recorded problems, and an editor of its organisation."""
    from sqlalchemy import select

    from catalogue.accounts import create_user
    from catalogue.db import make_sessionmaker
    from catalogue.models import Component
    from catalogue.problems import Found, record_problems

    with make_sessionmaker(loaded_engine)() as session:
        component = session.scalars(select(Component).order_by(Component.id)).first()
        found = [Found("publiccode.invalid", (DETAIL,)), Found("description_cy.missing")]
        record_problems(session, component.id, found, FOUND_ON)
        email = "axe-problems@example.gov.wales"
        create_user(session, email, PASSWORD, organisation=component.organisation)
        world = {
            "component": component.id,
            "name": component.name,
            "organisation": component.organisation.slug,
            "editor": email,
        }
        session.commit()
    return world


def accessible(page) -> None:
    assert axe_violations(page) == []
    assert page.problems.messages == [], page.problems.messages


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_both_pages_show_the_problems_and_the_day_they_were_found(page, broken, locale):
    prefix = "/cy" if locale == "cy" else ""
    words = TEXT[locale]

    page.goto(f"{prefix}/organisations/{broken['organisation']}")
    expect(page.locator("h2#problems-found")).to_have_text(words["heading"])
    expect(page.locator("h2#problems")).to_have_count(0)  # the one section, no older table
    own = page.locator(f"#problems-{broken['component']}")
    expect(own).to_contain_text(words["readiness"])
    problems = own.locator("ul.app-problems")
    expect(problems).to_contain_text(words["invalid"])
    expect(problems).to_contain_text(words["welsh"])
    expect(problems.get_by_text(words["found"])).to_have_count(2)
    # Harvested text is shown as text, never as markup, and marked as English.
    expect(problems.locator("li[lang=en] li, ul[lang=en] li").first).to_have_text(DETAIL)
    accessible(page)

    page.locator(f"a[href$='/components/{broken['component']}#problems-found']").first.click()
    expect(page.locator("h2#problems-found")).to_have_text(words["heading"])
    expect(page.locator("ul.app-problems").get_by_text(words["found"])).to_have_count(2)
    accessible(page)


@pytest.mark.parametrize(
    ("locale", "javascript"), [("en", True), ("cy", False)], ids=["en-js", "cy-no-js"]
)
def test_an_editor_turns_the_emails_off(request, broken, locale, javascript):
    page = request.getfixturevalue("page" if javascript else "page_without_js")
    prefix = "/cy" if locale == "cy" else ""
    words = TEXT[locale]
    page.goto(f"{prefix}/account/sign-in")
    page.fill("#email", broken["editor"])
    page.fill("#password", PASSWORD)
    page.locator("form button.govuk-button").last.click()

    page.goto(f"{prefix}/organisations/{broken['organisation']}")
    page.get_by_role("link", name=words["settings"]).click()
    emails = page.get_by_label(words["emails"])
    emails.set_checked(locale == "cy")  # off in English; back on in Welsh
    if javascript:  # axe runs as a script: only where scripts run
        accessible(page)
    page.get_by_role("button", name=words["save"]).click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text(words["saved"])
    expect(page.get_by_label(words["emails"])).to_be_checked(checked=locale == "cy")
    if javascript:
        accessible(page)
