"""Every page, in English and Welsh: it renders, passes the page checks, and says what it should."""

import re

import pytest

from tests.support.pages import check_page

LANGUAGES = [("", "en"), ("/cy", "cy")]


@pytest.fixture(scope="module")
def known(client):
    """A component id and an organisation slug from the bundled data."""
    hit = client.get("/api/v1/search", params={"q": "speech"}).json()["hits"][0]
    return {"component": hit["id"], "organisation": hit["organisation"], "name": hit["name"]}


def page_paths(known) -> list[str]:
    return [
        "/",
        "/search",
        "/search?q=design+system",
        "/search?q=cyngor&sector=local-government&sort=name",
        f"/components/{known['component']}",
        "/organisations",
        f"/organisations/{known['organisation']}",
        "/sectors",
        "/about",
        "/help",
        "/help/api",
        "/accessibility",
        "/privacy",
    ]


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_every_page_renders_in_both_languages(client, known, prefix, locale):
    client.get("/")  # a first visit sets the CSRF cookie, and a response that sets one is private
    for path in page_paths(known):
        response = client.get(prefix + path if path != "/" or not prefix else prefix)
        assert response.status_code == 200, path
        assert response.headers["content-language"] == locale
        assert "public" in response.headers["cache-control"]
        check_page(response.text, locale)


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_home_page_counts_the_catalogue_and_offers_ways_in(client, prefix, locale):
    response = client.get(prefix or "/")
    page = check_page(response.text, locale)
    assert "445" in response.text
    assert page.forms[0]["action"] == f"{prefix}/search"
    assert f'href="{prefix}/search?sector=health"' in response.text
    assert f'href="{prefix}/search?type=design-system"' in response.text
    assert response.text.count('class="app-search-hit"') == 6


def test_language_switch_keeps_the_page_and_the_query(client):
    response = client.get("/cy/search?q=cyfieithu&sector=education")
    page = check_page(response.text, "cy")
    switch = [a for a in page.links if "app-language-switch__link" in (a.get("class") or "")]
    assert switch[0]["href"] == "/search?q=cyfieithu&sector=education"
    assert switch[0]["hreflang"] == "en"
    alternates = {
        link["hreflang"]: link["href"]
        for link in page.links
        if link.get("rel") == "alternate" and link.get("hreflang")
    }
    assert alternates == {
        "en": "/search?q=cyfieithu&sector=education",
        "cy": "/cy/search?q=cyfieithu&sector=education",
        "x-default": "/search?q=cyfieithu&sector=education",
    }
    english = check_page(client.get("/about").text, "en")
    assert [
        a["href"] for a in english.links if "app-language-switch__link" in (a.get("class") or "")
    ] == ["/cy/about"]


def test_welsh_pages_link_within_welsh(client, known):
    page = check_page(client.get(f"/cy/components/{known['component']}").text, "cy")
    internal = [
        a["href"] for a in page.links if a.get("href", "").startswith("/") and not a.get("hreflang")
    ]
    # Static files, the API and downloads (publiccode.yml too) are the same in both languages.
    neutral = ("/cy", "/static", "/api", "/search/export")
    assert [h for h in internal if not h.startswith(neutral) and not h.endswith(".yml")] == []


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_component_page_shows_everything_known(client, known, prefix, locale):
    response = client.get(f"{prefix}/components/{known['component']}")
    check_page(response.text, locale)
    api = client.get(f"/api/v1/components/{known['component']}").json()
    assert api["name"] in response.text
    assert api["repository_url"] in response.text
    for section in ("reuse", "similar", "readme"):
        assert f'id="{section}"' in response.text
    if api["languages"]:
        assert 'class="app-language-bar"' in response.text
        assert "<table" in response.text


def test_welsh_description_is_shown_and_english_fallback_is_marked(hostile):
    client, ids = hostile
    welsh = client.get(f"/cy/components/{ids['welsh']}").text
    assert '<p class="govuk-body-l" lang="cy">Offeryn gyda disgrifiad Cymraeg</p>' in welsh
    english = client.get(f"/components/{ids['welsh']}").text
    assert "A tool with both descriptions" in english
    assert "Offeryn gyda disgrifiad" not in english


def test_english_only_description_is_marked_on_welsh_pages(client, known):
    html = client.get(f"/cy/components/{known['component']}").text
    api = client.get(f"/api/v1/components/{known['component']}").json()
    if not api["description_cy"] and api["description"]:
        assert "Mae’r disgrifiad hwn ar gael yn Saesneg yn unig" in html
        assert 'lang="en"' in html


def test_publiccode_facts_and_maturity_are_shown(hostile):
    client, ids = hostile
    html = client.get(f"/components/{ids['welsh']}").text
    assert 'id="publiccode"' in html
    assert "1.2.3" in html
    assert "development status as: beta" in html


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_organisation_page_lists_its_components_and_counts(client, known, prefix, locale):
    slug = known["organisation"]
    response = client.get(f"{prefix}/organisations/{slug}")
    page = check_page(response.text, locale)
    api = client.get(f"/api/v1/organisations/{slug}").json()
    assert api["name"] in response.text or (api["name_cy"] or "") in response.text
    searches = [f for f in page.forms if f["action"] == f"{prefix}/search"]
    assert searches, "the organisation page has a search of its components"
    assert f'name="organisation" value="{slug}"' in response.text
    assert f"{prefix}/search?organisation={slug}" in response.text
    for account in api["accounts"]:
        assert account["url"] in response.text
    assert f"/organisations/{slug}/feed.atom" in response.text


def test_unknown_organisation_is_a_404(client):
    assert client.get("/organisations/no-such-body").status_code == 404
    assert client.get("/cy/organisations/no-such-body").status_code == 404


def test_indexes_list_every_organisation_and_sector(client):
    organisations = client.get("/api/v1/organisations").json()["organisations"]
    index = client.get("/organisations").text
    sectors = client.get("/cy/sectors").text
    for organisation in organisations:
        assert f'href="/organisations/{organisation["slug"]}"' in index
        assert f'href="/cy/organisations/{organisation["slug"]}"' in sectors


def test_help_links_to_the_openapi_document(client):
    html = client.get("/help").text
    assert 'href="/api/docs/openapi.json"' in html
    assert client.get("/api/docs/openapi.json").status_code == 200


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_unknown_paths_get_a_bilingual_404(client, prefix, locale):
    response = client.get(f"{prefix}/no/such/page")
    assert response.status_code == 404
    assert response.headers["cache-control"] == "no-store"
    check_page(response.text, locale)
    assert ("Page not found" if locale == "en" else "Heb ddod o hyd i’r dudalen") in response.text


def test_unknown_component_is_a_404(client):
    assert client.get("/components/999999").status_code == 404
    assert client.get("/cy/components/999999").status_code == 404


def test_health_reports_database_and_search(client):
    payload = client.get("/health").json()
    assert payload["status"] == "ok"
    assert payload["database"]["ok"] and payload["search"]["ok"]


def _component_id(client, full_name: str) -> int:
    name = full_name.split("/")[1]
    hits = client.get("/api/v1/search", params={"q": name, "per_page": 20}).json()["hits"]
    return next(hit["id"] for hit in hits if hit["full_name"] == full_name)


def test_a_short_welsh_description_is_welsh_and_the_evidence_is_shown(client):
    component = _component_id(client, "techiaith/trawsgrifiwr-byw")
    html = client.get(f"/cy/components/{component}").text
    assert "Saesneg yn unig" not in html
    assert "Mae ei disgrifiad wedi’i ysgrifennu yn Gymraeg" in html
    # "Does it work in Welsh?" is answered with its verb (Ydy), not with "Ie".
    assert re.search(r"Yn gweithio yn Gymraeg\s*</dt>\s*<dd[^>]*>\s*Ydy<ul", html)
    english = client.get(f"/components/{component}").text
    assert "Works in Welsh" in english and "Its description is written in Welsh" in english


def test_bilingual_support_is_evidence_but_a_welsh_body_name_is_not(client):
    bilingual = _component_id(client, "DHCW-Digital-Health-and-Care-Wales/product-roadmaps")
    html = client.get(f"/components/{bilingual}").text
    assert "The README or description says: “bilingual”" in html
    plain = _component_id(client, "Audit-Wales/NetZeroDive")
    assert "Works in Welsh" not in client.get(f"/components/{plain}").text


def test_welsh_settings_are_support_and_welsh_documentation_alone_is_not(client):
    petitions = _component_id(client, "SeneddCymru/e-petitions")
    html = client.get(f"/components/{petitions}").text
    assert "Settings for its Welsh version: EPETITIONS_HOST_CY" in html
    template = _component_id(client, "Public-Health-Wales/phwcookiecutter")
    english = client.get(f"/components/{template}").text
    assert "Works in Welsh" not in english
    assert "Documentation in Welsh" in english and "README_cy.md" in english
    welsh = client.get(f"/cy/components/{template}").text
    assert "Dogfennaeth yn Gymraeg" in welsh and "Yn gweithio yn Gymraeg" not in welsh
