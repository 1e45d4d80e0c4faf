"""Signed-in people in a real browser: the header, signing out, the audit log, in both languages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

PASSWORD = "a long browser password 42"
WORDS = {
    "en": {
        "sign_in": "Sign in",
        "account": "Your account",
        "sign_out": "Sign out",
        "signed_out": "You have signed out",
    },
    "cy": {
        "sign_in": "Mewngofnodi",
        "account": "Eich cyfrif",
        "sign_out": "Allgofnodi",
        "signed_out": "Rydych wedi allgofnodi",
    },
}


@pytest.fixture(scope="module")
def people(loaded_engine):
    from sqlalchemy import select

    from catalogue.accounts import create_user, find_user
    from catalogue.db import make_sessionmaker
    from catalogue.models import Component, Organisation, UsedByClaim

    with make_sessionmaker(loaded_engine)() as session:
        organisation, owner = session.scalars(
            select(Organisation).join(Component).order_by(Organisation.slug).distinct().limit(2)
        ).all()
        if find_user(session, "header-browser@example.gov.wales") is None:
            create_user(
                session, "header-browser@example.gov.wales", PASSWORD, organisation=organisation
            )
            create_user(session, "audit-browser@example.gov.wales", PASSWORD, is_admin=True)
        # Two of another organisation's components said to be used by the editor's one.
        components = session.scalars(
            select(Component)
            .where(Component.organisation_id == owner.id, Component.removed_at.is_(None))
            .order_by(Component.id)
            .limit(2)
        ).all()
        claims = {}
        for locale, component in zip(("en", "cy"), components, strict=True):
            claim = session.scalar(
                select(UsedByClaim).where(
                    UsedByClaim.component_id == component.id,
                    UsedByClaim.organisation_id == organisation.id,
                )
            )
            if claim is None:
                claim = UsedByClaim(component=component, organisation=organisation)
                session.add(claim)
            claim.confirmed_at = claim.declined_at = None
            session.flush()
            claims[locale] = (component.id, component.name)
        session.commit()
        return {"organisation": organisation.slug, "claims": claims}


def sign_in_as(page, email: str, prefix: str = "") -> None:
    page.goto(f"{prefix}/account/sign-in")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.locator("main form button[type=submit]").click()


def accessible(page) -> None:
    assert axe_violations(page) == []
    assert page.problems.messages == [], page.problems.messages


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_the_header_shows_who_is_signed_in_until_they_sign_out(page_without_js, people, locale):
    page = page_without_js  # the sign-out form must work without JavaScript
    words, prefix = WORDS[locale], "/cy" if locale == "cy" else ""
    page.goto(f"{prefix}/search")
    bar = page.get_by_role("navigation", name="Account" if locale == "en" else "Cyfrif")
    expect(bar.get_by_role("link", name=words["sign_in"])).to_be_visible()
    sign_in_as(page, "header-browser@example.gov.wales", prefix)
    page.goto(f"{prefix}/search")
    expect(bar).to_contain_text("header-browser@example.gov.wales")
    bar.get_by_role("link", name=words["account"]).click()
    expect(page.locator("h1")).to_have_text(words["account"])
    bar.get_by_role(
        "link",
        name="Your organisation’s components" if locale == "en" else "Cydrannau eich sefydliad",
    ).click()
    expect(page).to_have_url(re.compile(f"{prefix}/organisations/{people['organisation']}$"))
    sign_out = bar.get_by_role("button", name=words["sign_out"])
    link_colour = bar.get_by_role("link", name=words["account"]).evaluate(
        "link => getComputedStyle(link).color"
    )
    expect(sign_out).to_have_css("color", link_colour)  # it reads as the links beside it
    sign_out.click()
    expect(page.locator("h1")).to_have_text(words["signed_out"])
    expect(bar).not_to_contain_text("header-browser@example.gov.wales")
    expect(bar.get_by_role("link", name=words["sign_in"])).to_be_visible()
    page.goto(f"{prefix}/account")
    expect(page).to_have_url(re.compile(f"{prefix}/account/sign-in\\?next="))


def test_a_moderator_reads_the_audit_log_in_welsh(page, people):
    sign_in_as(page, "audit-browser@example.gov.wales", "/cy")
    bar = page.get_by_role("navigation", name="Cyfrif")
    expect(bar).to_contain_text("audit-browser@example.gov.wales")
    accessible(page)  # the header with a person in it, at the page's own size
    page.set_viewport_size({"width": 320, "height": 640})
    accessible(page)  # and reflowed at 320 CSS pixels (WCAG 1.4.10)
    bar.get_by_role("link", name="Cymedroli").click()
    expect(page).to_have_url(re.compile("/cy/admin$"))
    page.goto("/cy/admin/audit")
    expect(page.locator("h1")).to_have_text("Log archwilio")
    rows = page.locator("tbody tr")
    expect(rows.first).to_be_visible()
    text = page.locator("tbody").inner_text()
    assert "Ychwanegodd Rhywun wrth y llinell orchymyn y cyfeiriad" in text
    assert "{" not in text
    accessible(page)


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_an_editor_confirms_that_their_organisation_uses_a_component(page, people, locale):
    prefix = "/cy" if locale == "cy" else ""
    component_id, name = people["claims"][locale]
    sign_in_as(page, "header-browser@example.gov.wales", prefix)
    page.goto(f"{prefix}/account/used-by")
    accessible(page)
    confirm = "Confirm" if locale == "en" else "Cadarnhau"
    page.get_by_role("button", name=f"{confirm} {name}").click()
    expect(page).to_have_url(re.compile(f"{prefix}/account/used-by$"))
    expect(page.get_by_role("button", name=f"{confirm} {name}")).to_have_count(0)
    page.goto(f"{prefix}/components/{component_id}")
    used_by = page.locator(".app-used-by")
    expect(used_by).to_contain_text("Confirmed" if locale == "en" else "Wedi’i gadarnhau")
    accessible(page)
