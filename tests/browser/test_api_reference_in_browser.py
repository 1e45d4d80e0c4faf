"""The API reference: Swagger UI from our own server under our CSP, a plain list without JavaScript."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/api/docs", "/cy/api/docs"])
def test_swagger_ui_draws_the_reference_from_local_files(page, path):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(path)
    expect(page.locator("#api-reference .opblock-summary-path").first).to_be_visible()
    expect(page.locator("#api-operations")).to_be_hidden()
    assert page.locator("#api-reference").get_by_text("/api/v1/duplicates").count() >= 1
    origin = page.url[: page.url.index("/", len("http://"))]
    assert [url for url in requested if not url.startswith(origin)] == []
    assert page.problems.messages == [], page.problems.messages


def test_try_it_out_runs_a_search(page):
    page.goto("/api/docs")
    operation = page.locator(".opblock-get").filter(
        has=page.locator(".opblock-summary-path[data-path='/api/v1/search']")
    )
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.locator("input[placeholder='q']").fill("speech")
    operation.get_by_role("button", name="Execute").click()
    expect(
        operation.locator(".live-responses-table tr.response .response-col_status").first
    ).to_have_text("200")
    assert page.problems.messages == [], page.problems.messages


def test_without_javascript_every_operation_is_listed(page_without_js):
    page = page_without_js
    page.goto("/api/docs")
    listing = page.locator("#api-operations")
    expect(listing).to_be_visible()
    for path in ("/api/v1/search", "/api/v1/duplicates", "/api/v1/check"):
        expect(listing.get_by_text(path, exact=True).first).to_be_visible()
