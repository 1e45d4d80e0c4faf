"""Copying clone commands (with and without JavaScript) and code blocks that fit the screen."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.integration.register.test_register_web_publiccode import FORM

pytestmark = pytest.mark.browser

FITS = """() => {
  const code = document.querySelector('pre.app-code');
  return {
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    code: code.scrollWidth,
    box: code.clientWidth,
  };
}"""


@pytest.fixture(scope="module")
def component_id(loaded_engine) -> int:
    from sqlalchemy import select

    from catalogue.db import make_sessionmaker
    from catalogue.models import Component

    with make_sessionmaker(loaded_engine)() as session:
        return session.scalars(
            select(Component.id)
            .where(Component.repository_url.like("https://github.com/%"))
            .order_by(Component.id)
            .limit(1)
        ).one()


def test_generated_publiccode_wraps_inside_its_box_on_a_wide_screen(page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/publiccode/generate")
    for field in ("name", "url", "organisation_name", "contact_name", "contact_email"):
        page.fill(f"#{field}", FORM[field])
    # Long unbroken text is what pushed the old box off the page.
    page.fill("#short_en", FORM["short_en"])
    page.fill("#long_en", FORM["long_en"] + " " + "x" * 400)
    page.fill("#features_en", FORM["features_en"])
    page.fill("#licence", FORM["licence"])
    page.check("input[name=development_status][value=beta]")
    page.check("input[name=platforms][value=web]")
    page.check("input[name=maintenance_type][value=internal]")
    page.locator("form[action='/publiccode/generate'] button").click()
    expect(page.locator("pre.app-code")).to_be_visible()
    sizes = page.evaluate(FITS)
    assert sizes["page"] <= sizes["viewport"] == 1280, sizes
    assert sizes["code"] <= sizes["box"], sizes
    assert page.problems.messages == [], page.problems.messages


def test_copy_buttons_copy_the_clone_command(page, component_id):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"/components/{component_id}")
    button = page.locator("button[data-app-copy=clone-https]")
    expect(button).to_be_visible()
    button.click()
    expect(page.locator("[data-app-copy-status=clone-https]")).to_have_text("Copied")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == page.locator("#clone-https").inner_text()
    assert copied.startswith("git clone https://github.com/")
    assert page.problems.messages == [], page.problems.messages


def test_without_javascript_the_command_is_text_to_select(page_without_js, component_id):
    page = page_without_js
    page.goto(f"/cy/components/{component_id}")
    expect(page.locator("button[data-app-copy=clone-ssh]")).to_be_hidden()
    expect(page.locator("#clone-ssh")).to_have_text(
        re.compile(r"^git clone git@github\.com:.+\.git$")
    )
