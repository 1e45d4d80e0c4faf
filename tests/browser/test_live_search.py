"""With JavaScript: results follow the typing, the address follows the results, and back works."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def results_heading(page):
    return page.locator("#results-heading")


def test_results_update_as_you_type_without_reloading(page):
    page.goto("/search")
    page.evaluate("window.stillTheSamePage = true")
    everything = results_heading(page).inner_text()
    page.locator("#q").press_sequentially("speech", delay=30)
    expect(page).to_have_url(re.compile(r"/search\?q=speech$"))
    expect(results_heading(page)).not_to_have_text(everything)
    expect(page.locator("#search-status")).to_have_text(results_heading(page).inner_text())
    assert page.evaluate("window.stillTheSamePage") is True
    assert page.evaluate("document.activeElement.id") == "q"
    assert page.locator("#q").input_value() == "speech"
    assert page.problems.messages == []


def test_back_button_returns_to_earlier_results(page):
    page.goto("/search")
    everything = results_heading(page).inner_text()
    page.locator("#q").press_sequentially("speech", delay=30)
    expect(page).to_have_url(re.compile(r"q=speech"))
    speech = results_heading(page).inner_text()
    page.keyboard.press("Tab")  # a new burst of typing makes a new history entry
    page.locator("#q").fill("")
    page.locator("#q").press_sequentially("design", delay=30)
    expect(page).to_have_url(re.compile(r"q=design"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"q=speech"))
    expect(results_heading(page)).to_have_text(speech)
    assert page.locator("#q").input_value() == "speech"
    page.go_back()
    expect(page).to_have_url(re.compile(r"/search$"))
    expect(results_heading(page)).to_have_text(everything)


def test_typing_burst_is_one_history_entry(page):
    page.goto("/about")
    page.goto("/search")
    page.locator("#q").press_sequentially("dat", delay=30)
    expect(page).to_have_url(re.compile(r"q=dat$"))
    page.locator("#q").press_sequentially("a", delay=30)
    expect(page).to_have_url(re.compile(r"q=data$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/search$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/about$"))


def test_welsh_page_announces_in_welsh_and_keeps_the_language_switch_in_step(page):
    page.goto("/cy/search")
    page.locator("#q").press_sequentially("cyngor", delay=30)
    expect(page.locator("#search-status")).to_have_text(re.compile(r"^\d+ [cg]h?ydran$"))
    switch = page.locator(".app-language-switch__link")
    expect(switch).to_have_attribute("href", "/search?q=cyngor")
    switch.click()
    expect(page).to_have_url(re.compile(r"/search\?q=cyngor$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#q").input_value() == "cyngor"


def test_a_too_long_query_shows_the_error_without_losing_the_text(page):
    page.goto("/search")
    page.locator("#q").evaluate("el => el.removeAttribute('maxlength')")
    page.locator("#q").fill("x" * 1001)
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    expect(page.locator("#search-status")).to_have_text(re.compile("1000 characters or fewer"))
    assert page.evaluate("document.activeElement.id") == "q"
    assert len(page.locator("#q").input_value()) == 1001
