"""axe-core finds no WCAG 2.2 A or AA violation on any page type, in English or in Welsh."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, component_with_readme
from tests.integration.register.factories import PASSWORD

pytestmark = pytest.mark.browser

PAGES = {
    "home": "/",
    "search": "/search?q=design",
    "search-filtered": "/search?q=data&sector=health&type=library&sort=name",
    "search-page-2": "/search?page=2",
    "search-no-results": "/search?q=zzzqqqxxx",
    "search-error": "/search?q=" + "x" * 1001,
    "search-suggestion": "/search?q=speeeech",
    "component": "/components/{component}",
    "organisation": "/organisations/{organisation}",
    "organisations": "/organisations",
    "sectors": "/sectors",
    "about": "/about",
    "help": "/help",
    "api-guide": "/help/api",
    "api-reference": "/api/docs",
    "accessibility": "/accessibility",
    "privacy": "/privacy",
    "not-found": "/no/such/page",
    "insight": "/insight",
    "insight-report": "/insight/report",
    "insight-bad-sector": "/insight?sector=bogus",
    "insight-my-organisation": "/insight?organisation=companies-house",
    "insight-report-my-organisation": "/insight/report?organisation=dvla",
    "insight-stacks": "/insight/stacks?package=react&a=companies-house&b=dvla",
    "check": "/check",
    "register": "/register",
    "register-project": "/register/project",
    "publiccode-check": "/publiccode/check",
    "publiccode-generate": "/publiccode/generate",
    "sign-in": "/account/sign-in",
    "forgotten-password": "/account/forgotten-password",
    "reset-form": "/account/reset/{reset_token}",
    "reset-link-refused": "/account/reset/" + "A" * 43,
    "password-changed": "/account/password-changed",
}


@pytest.fixture(scope="module")
def known(loaded_engine):
    """A component with languages, dependencies and a README, and its organisation."""
    from catalogue.db import make_sessionmaker

    with make_sessionmaker(loaded_engine)() as session:
        component = component_with_readme(session)
        return {
            "component": component.id,
            "organisation": component.organisation.slug,
            "reset_token": _reset_token(session, "axe-reset@example.gov.wales"),
        }


def _reset_token(session, email: str) -> str:
    """A working reset link's token for a new person (GETs of the form leave it unused)."""
    from catalogue.accounts import create_user
    from catalogue.password_resets import issue_reset

    token, _ = issue_reset(session, create_user(session, email, PASSWORD), actor=None)
    session.commit()
    return token


@pytest.mark.parametrize("locale", ["en", "cy"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_has_no_wcag_violations(page, known, name, locale):
    path = PAGES[name].format(**known)
    if locale == "cy":
        path = "/cy" if path == "/" else "/cy" + path
    response = page.goto(path)
    assert response.status in (200, 400, 404)
    assert page.locator("html").get_attribute("lang") == locale
    violations = axe_violations(page)
    assert violations == [], violations
    assert page.problems.messages == [], page.problems.messages


# The dashboard once the duplicated-work analysis has run: clusters, owners, actions, estimates.
ANALYSED_PAGES = {
    "insight": "/insight",
    "insight-sector": "/insight?sector=uk-body-in-wales",
    "insight-my-organisation": "/insight?organisation=companies-house",
    "insight-report": "/insight/report",
    "insight-report-my-organisation": "/insight/report?organisation=dvla",
    "insight-stacks": "/insight/stacks?package=react&a=companies-house&b=dvla",
}


def _in(locale: str, path: str) -> str:
    return path if locale == "en" else ("/cy" if path == "/" else "/cy" + path)


@pytest.mark.parametrize("locale", ["en", "cy"])
@pytest.mark.parametrize("name", list(ANALYSED_PAGES))
def test_the_dashboard_with_clusters_has_no_wcag_violations(analysed_page, name, locale):
    response = analysed_page.goto(_in(locale, ANALYSED_PAGES[name]))
    assert response.status == 200
    assert analysed_page.locator("html").get_attribute("lang") == locale
    if not name.startswith("insight-stacks"):
        assert analysed_page.locator(".app-cluster").count() > 0
    violations = axe_violations(analysed_page)
    assert violations == [], violations
    assert analysed_page.problems.messages == [], analysed_page.problems.messages


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_the_printed_report_has_no_wcag_violations(analysed_page, locale):
    """The report is made to be printed: axe checks it under the print style sheet too."""
    analysed_page.emulate_media(media="print")
    analysed_page.goto(_in(locale, "/insight/report"))
    assert analysed_page.locator(".app-cluster").count() > 0
    violations = axe_violations(analysed_page)
    assert violations == [], violations


def test_a_moderators_reset_link_pages_are_accessible(page, loaded_engine):
    from catalogue.accounts import create_user
    from catalogue.db import make_sessionmaker

    with make_sessionmaker(loaded_engine)() as session:
        create_user(session, "axe-moderator@example.gov.wales", PASSWORD, is_admin=True)
        create_user(session, "axe-forgetful@example.gov.wales", PASSWORD)
        session.commit()
    page.goto("/account/sign-in")
    page.fill("#email", "axe-moderator@example.gov.wales")
    page.fill("#password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto("/cy/admin/users")
    assert axe_violations(page) == []
    page.get_by_role(
        "button", name="Creu dolen ailosod ar gyfer axe-forgetful@example.gov.wales"
    ).click()
    expect(page.locator("h1")).to_have_text("Dolen ailosod cyfrinair")
    assert axe_violations(page) == []
    link = page.locator("#link-en").input_value()
    page.goto(link)
    page.fill("#password", "short")
    page.fill("#confirm", "different")
    page.get_by_role("button", name="Save new password").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert axe_violations(page) == []
    page.fill("#password", "a brand new long passphrase")
    page.fill("#confirm", "a brand new long passphrase")
    page.get_by_role("button", name="Save new password").click()
    expect(page.locator("h1")).to_have_text("Your password has been changed")
    assert axe_violations(page) == []
    assert page.problems.messages == [], page.problems.messages


def test_live_results_stay_accessible_after_an_update(page):
    page.goto("/search")
    page.locator("#q").press_sequentially("speech", delay=20)
    # The page's CSP forbids eval, so wait through a locator rather than wait_for_function.
    expect(page.locator("#search-status")).to_have_text(re.compile(r"\d"))
    assert axe_violations(page) == []
    assert page.problems.messages == []
