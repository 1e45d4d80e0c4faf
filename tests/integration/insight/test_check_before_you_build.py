"""'Check before you build': the page (a CSRF-protected POST form) and its JSON API."""

from __future__ import annotations

import re

import pytest

from tests.support.pages import check_page

TOKEN = re.compile(r'name="_csrf_token" value="([^"]+)"')
DESIGN_SYSTEM = "A design system: reusable components and styles for our public websites."


def token(client, path: str = "/check") -> str:
    response = client.get(path)
    assert response.status_code == 200
    return TOKEN.search(response.text).group(1)


def submit(client, description, path: str = "/check", status: int = 200, **extra) -> str:
    data = {"_csrf_token": token(client, path), "description": description, **extra}
    response = client.post(path, data=data)
    assert response.status_code == status, response.text[-1500:]
    assert response.headers["cache-control"] == "no-store"
    check_page(response.text, "cy" if path.startswith("/cy") else "en")
    return response.text


@pytest.mark.parametrize(("path", "locale"), [("/check", "en"), ("/cy/check", "cy")])
def test_the_form_is_a_post_with_a_csrf_token_and_a_character_count(client, path, locale):
    response = client.get(path)
    assert response.status_code == 200
    page = check_page(response.text, locale)
    form = page.forms[0]
    assert form["action"] == path and form["method"] == "post"
    assert TOKEN.search(response.text)
    assert 'data-module="govuk-character-count"' in response.text
    assert 'data-maxlength="5000"' in response.text
    assert 'id="description"' in response.text and 'for="description"' in response.text


@pytest.mark.parametrize("path", ["/check", "/cy/check"])
def test_a_description_finds_what_already_does_it(client, analysis, path):
    html = submit(client, DESIGN_SYSTEM, path)
    prefix = "/cy" if path.startswith("/cy") else ""
    design_systems = {m.id for m in analysis.clusters[0].members}
    linked = {int(i) for i in re.findall(rf'href="{prefix}/components/(\d+)"', html)}
    assert linked & design_systems
    assert 'class="app-search-hit"' in html
    assert DESIGN_SYSTEM in html  # the textarea keeps what was typed


def test_welsh_descriptions_are_checked_too(client):
    html = submit(
        client, "System dylunio a llyfrgell gydrannau ar gyfer gwefannau cyhoeddus", "/cy/check"
    )
    assert html.count('class="app-search-hit"') >= 1


def test_nothing_similar_says_so_and_offers_a_search(client):
    html = submit(client, "zzqxv wplkj")
    assert 'class="app-search-hit"' not in html
    assert 'href="/search?q=zzqxv+wplkj"' in html


@pytest.mark.parametrize(
    ("description", "message"),
    [
        ("", "Describe what you are about to build"),
        ("   \n\t ", "Describe what you are about to build"),
        ("!!! ... ???", "Describe what you are about to build"),
        ("x" * 5001, "Your description must be 5,000 characters or fewer (it has 5,001)"),
        ("hello\x00world", "That looks like the contents of a file"),
        ("\x01\x02\x03\x04\x05 binary \x06\x07", "That looks like the contents of a file"),
    ],
)
def test_bad_descriptions_get_an_error_summary_and_400(client, description, message):
    html = submit(client, description, status=400)
    assert "govuk-error-summary" in html
    assert 'href="#description"' in html
    assert message in html
    assert "govuk-form-group--error" in html


def test_invalid_utf8_in_the_form_is_refused_as_binary(client):
    body = f"_csrf_token={token(client)}&description=%FF%FE%FD%FC%FB%FA".encode()
    response = client.post(
        "/check", content=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert response.status_code == 400
    assert "That looks like the contents of a file" in response.text


def test_exactly_5000_characters_are_accepted(client):
    submit(client, ("design system " * 400)[:5000])


def test_a_huge_paste_is_refused_without_echoing_it_all(client):
    html = submit(client, "a" * 200_000, status=400)
    assert "200,000" in html
    assert html.count("a" * 15_000) == 1 and "a" * 15_001 not in html


def test_a_post_without_the_csrf_token_is_refused(client):
    response = client.post("/check", data={"description": DESIGN_SYSTEM})
    assert response.status_code == 403


def test_the_api_returns_matches_with_reasons(client, analysis):
    response = client.post("/api/v1/check", json={"description": DESIGN_SYSTEM, "limit": 5})
    assert response.status_code == 200, response.text
    body = response.json()
    assert 1 <= body["count"] == len(body["matches"]) <= 5
    match = body["matches"][0]
    assert {
        "id",
        "full_name",
        "name",
        "organisation",
        "organisation_name",
        "sector",
        "score",
        "similarity",
        "strength",
        "terms",
        "links",
    } <= set(match)
    assert match["terms"] and match["links"]["html"] == f"/components/{match['id']}"
    assert match["strength"] in ("strong", "possible", "weak")
    scores = [m["score"] for m in body["matches"]]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= m["similarity"] <= 1 and 0 < m["score"] <= 1 for m in body["matches"])
    assert {m["id"] for m in body["matches"]} & {m.id for m in analysis.clusters[0].members}


def test_a_need_that_opens_with_who_asks_still_finds_what_does_it(client, analysis):
    # The opening alone fills the 12 words a search reads; the need comes after it.
    need = (
        "We are a small digital team in a Welsh public body. Next year we plan something new "
        "for the people we serve, working in the open with colleagues across Wales and beyond. "
        "What we need: " + DESIGN_SYSTEM
    )
    response = client.post("/api/v1/check", json={"description": need, "limit": 3})
    assert response.status_code == 200, response.text
    found = {m["id"] for m in response.json()["matches"]}
    assert found & {m.id for m in analysis.clusters[0].members}
    # It says what it searched for: the sentence 'What we need:' asks for, which leads, not the
    # opening's words.
    searched = set(response.json()["searched"].split())
    assert {"design", "system"} <= searched and not searched & {"team", "digital", "public"}


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/check", "We searched the catalogue for these words:"),
        ("/cy/check", "Chwiliwyd y catalog am y geiriau hyn:"),
    ],
)
def test_the_page_says_what_it_searched_for_and_links_to_that_search(client, path, said):
    need = (
        "We are a small digital team in a Welsh public body. Next year we plan something new "
        "for the people we serve, working in the open with colleagues across Wales and beyond. "
        "What we need: " + DESIGN_SYSTEM
    )
    html = submit(client, need, path)
    searched = re.search(r'<p class="govuk-body" id="searched">(.*?)</p>', html, re.S).group(1)
    assert said in searched
    words = re.search(r'href="[^"]*/search\?q=([^"]+)"', searched).group(1)
    assert "design" in words and "team" not in words  # the need, not the opening


@pytest.mark.parametrize(
    "payload",
    [
        {"description": ""},
        {"description": "x" * 5001},
        {"description": "nul\u0000byte"},
        {"description": "\u0001\u0002\u0003\u0004"},
        {"description": 42},
        {"description": None},
        {"nothing": "here"},
        {"description": "fine", "limit": 0},
        {"description": "fine", "limit": 51},
        {"description": "fine", "limit": "ten"},
        [],
        "just a string",
    ],
)
def test_the_api_refuses_bad_input_with_a_json_400(client, payload):
    response = client.post("/api/v1/check", json=payload)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["status"] == 400 and error["message"]


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"\xff\xfe\x00\x01binary", "application/json"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "application/octet-stream"),
        (b'{"description": "unterminated', "application/json"),
        (b"", "application/json"),
        # Issue 13, finding 6: nested 50,000 lists deep (RecursionError in the decoder).
        (b"[" * 50_000 + b"]" * 50_000, "application/json"),
        (b'{"description": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", "application/json"),
    ],
)
def test_the_api_refuses_bodies_that_are_not_json(client, body, content_type):
    response = client.post("/api/v1/check", content=body, headers={"Content-Type": content_type})
    assert response.status_code == 400, response.text
    assert "description" in response.json()["error"]["message"]


def test_the_api_needs_no_csrf_token(client):
    client.cookies.clear()
    assert client.post("/api/v1/check", json={"description": DESIGN_SYSTEM}).status_code == 200


def test_the_api_refuses_a_body_over_the_size_limit(client):
    body = b'{"description": "' + b"x" * 2_000_000 + b'"}'
    response = client.post(
        "/api/v1/check", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"]["status"] == 413


@pytest.mark.parametrize(
    ("path", "may_do_it", "nothing_clearly"),
    [
        ("/check", "may already do this", "Nothing in the catalogue clearly does this."),
        (
            "/cy/check",
            "a allai wneud hyn eisoes",
            "Does dim byd yn y catalog sy’n amlwg yn gwneud hyn.",
        ),
    ],
)
def test_loose_matches_alone_are_not_said_to_do_the_job(client, path, may_do_it, nothing_clearly):
    """One word in common ('map') is a loose match: the summary must not count it as a find."""
    html = submit(client, "A map of beehives kept by volunteers", path)
    assert 'class="app-search-hit"' in html
    assert may_do_it not in html
    assert nothing_clearly in html


def test_the_summary_counts_only_matches_that_may_do_the_job(client):
    html = submit(client, DESIGN_SYSTEM)
    hits = html.count('class="app-search-hit"')
    loose = html.count("<strong>Loose match</strong>")
    likely = hits - loose
    assert likely >= 1
    noun = "component" if likely == 1 else "components"
    assert f"We found {likely} {noun} that may already do this." in html
    if loose:
        assert "The others are loose matches" in html
