"""Keyboard-only use: the skip link, search, filters and sort, with focus in a sensible order."""

from __future__ import annotations

import itertools
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'),
    text: (el.innerText || el.value || '').trim().slice(0, 60), href: el.getAttribute('href'),
    visible: box.width > 0 && box.height > 0,
    indicated: style.outlineStyle !== 'none' || style.boxShadow !== 'none'
      || style.backgroundColor === 'rgb(255, 221, 0)',
  };
}"""
BEFORE = "([a, b]) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)"


def tab_to(page, predicate, limit: int = 120) -> dict:
    """Press Tab until the focused element matches, returning it; fail after `limit` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if predicate(focused):
            return focused
    pytest.fail("never reached the element by keyboard")


@pytest.mark.parametrize(
    ("path", "label"), [("/", "Skip to main content"), ("/cy", "Neidio i’r prif gynnwys")]
)
def test_skip_link_is_first_and_moves_focus_to_the_content(page, path, label):
    page.goto(path)
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert first["href"] == "#main-content" and first["text"] == label
    assert first["visible"] and first["indicated"]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


@pytest.mark.parametrize("fixture", ["page", "page_without_js"])
def test_search_by_keyboard_alone(request, fixture):
    page = request.getfixturevalue(fixture)
    page.goto("/")
    tab_to(page, lambda f: f["id"] == "q")
    page.keyboard.type("design system")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=design(\+|%20)system"))
    expect(page.locator("#results-heading")).to_have_text(re.compile(r"\d+ components"))
    assert page.locator(".app-search-hit").count() == 20


@pytest.mark.parametrize("fixture", ["page", "page_without_js"])
def test_filters_and_sort_by_keyboard_alone(request, fixture):
    page = request.getfixturevalue(fixture)
    page.goto("/search?q=data")
    tab_to(page, lambda f: f["id"] == "f-sector-health")
    page.keyboard.press("Space")
    if fixture == "page_without_js":
        tab_to(page, lambda f: f["text"] == "Apply filters")
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"sector=health"))
    expect(page.locator("#f-sector-health")).to_be_checked()
    heading = page.locator("#results-heading").inner_text()
    # With live updates the checkbox keeps focus after the results change.
    if fixture == "page":
        assert page.evaluate("document.activeElement.id") == "f-sector-health"
    tab_to(page, lambda f: f["id"] == "sort")
    page.keyboard.press("ArrowDown")  # Best match -> Recently updated
    if fixture == "page_without_js":
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED)["text"] == "Sort"
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"sort=updated"))
    assert page.locator("#results-heading").inner_text() == heading


def test_focus_moves_forward_through_the_page_and_is_always_visible(page):
    page.goto("/search?q=design")
    seen = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["visible"] and focused["indicated"], focused
        seen.append(page.evaluate_handle("document.activeElement"))
    for earlier, later in itertools.pairwise(seen):
        assert page.evaluate(BEFORE, [earlier, later]), "focus moved backwards"
    ids = [handle.evaluate("el => el.id") for handle in seen]
    filters = [i for i, name in enumerate(ids) if name.startswith("f-")]
    assert ids.index("q") < filters[0], "the search box comes before the filters"


def test_pagination_works_by_keyboard(page_without_js):
    page = page_without_js
    page.goto("/search")
    # Past every filter and result (the filters grew with the facts from the code and 445 components).
    tab_to(
        page,
        lambda f: (f["href"] or "").endswith("page=2") and f["text"].startswith("Next"),
        limit=400,
    )
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"page=2"))
