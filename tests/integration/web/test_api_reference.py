"""/api/docs: the API reference, our own page under our CSP, listing every operation of the API."""

from __future__ import annotations

import re

import pytest

from tests.support.pages import check_page


@pytest.mark.parametrize(("path", "locale"), [("/api/docs", "en"), ("/cy/api/docs", "cy")])
def test_reference_lists_every_operation_and_loads_only_our_scripts(client, path, locale):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = check_page(response.text, locale)
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    operations = set(
        re.findall(r'<code class="app-code app-break-words">([^<]+)</code>', response.text)
    )
    documented = set(client.get("/api/docs/openapi.json").json()["paths"])
    assert operations == documented
    assert {"/api/v1/duplicates", "/api/v1/check", "/api/v1/search"} <= operations
    sources = [s["src"] for s in page.scripts if s.get("src")]
    assert sources and all(s.startswith("/static/") for s in sources)
    assert any(s.endswith("/swagger-ui/swagger-ui-bundle.js") for s in sources)


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_the_api_guide_names_every_operation_and_the_reference(client, prefix):
    html = client.get(f"{prefix}/help/api").text
    for path in client.get("/api/docs/openapi.json").json()["paths"]:
        assert path.replace("{component_id}", "{id}") in html, path
    assert f'href="{prefix}/api/docs"' in html
