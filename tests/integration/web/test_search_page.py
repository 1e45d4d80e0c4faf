"""The search page without JavaScript: plain GET forms, filters with counts, sort, pages, errors."""

import re

import pytest

from catalogue.welsh import text_language
from tests.support.pages import check_page


def result_links(html: str) -> list[str]:
    return re.findall(r'<a class="govuk-link" href="((?:/cy)?/components/\d+)">', html)


def api(client, **params):
    return client.get("/api/v1/search", params=params).json()


def test_one_get_form_carries_the_words_filters_and_sort(client):
    response = client.get("/search", params={"q": "design"})
    page = check_page(response.text, "en")
    form = next(f for f in page.forms if f.get("id") == "search-form")
    assert form["action"] == "/search" and form.get("method") == "get"
    body = response.text.split('id="search-form"', 1)[1].split("</form>", 1)[0]
    assert 'name="q"' in body and 'name="sector"' in body and 'name="sort"' in body


def test_results_find_components_from_several_bodies(client):
    response = client.get("/search", params={"q": "design system"})
    check_page(response.text, "en")
    assert len(result_links(response.text)) == 20
    payload = api(client, q="design system")
    assert payload["total"] >= 3
    assert len({hit["organisation"] for hit in payload["hits"]}) >= 3


def test_each_result_shows_organisation_language_licence_activity_and_type(client):
    html = client.get("/search", params={"q": "speech"}).text
    first = html.split('class="app-search-hit"', 2)[1]
    for label in ("Organisation:", "Main language:", "Licence:", "Type:"):
        assert f'<span class="govuk-visually-hidden">{label} </span>' in first
    assert "Activity:" in first or "Archived" in first
    assert "<mark>" in html


def test_filters_narrow_results_and_show_counts(client):
    everything = api(client)
    health = api(client, sector="health")
    assert 0 < health["total"] < everything["total"]
    assert all(hit["sector"] == "health" for hit in health["hits"])
    html = client.get("/search", params={"sector": "health"}).text
    assert re.search(r'id="f-sector-health"[^>]*checked', html)
    assert f"({health['total']}<span" in html
    # Another sector's count is what choosing it as well would add (OR within a field).
    either = api(client, sector=["health", "education"])
    assert either["total"] == health["total"] + api(client, sector="education")["total"]


def test_selected_filters_can_be_removed_one_by_one(client):
    html = client.get("/search?q=data&sector=health&type=library").text
    assert "Selected filters" in html
    assert 'href="/search?q=data&amp;type=library"' in html
    assert 'href="/search?q=data&amp;sector=health"' in html
    assert 'href="/search?q=data">Clear filters' in html


def test_sort_by_name_orders_results(client):
    names = [hit["name"].lower() for hit in api(client, sort="name", per_page="50")["hits"]]
    assert names == sorted(names)
    html = client.get("/search", params={"sort": "name"}).text
    assert '<option value="name" selected>' in html


def test_pagination_moves_through_every_result(client):
    first = client.get("/search").text
    second = client.get("/search", params={"page": "2"}).text
    assert set(result_links(first)).isdisjoint(result_links(second))
    assert 'href="/search?page=2"' in first and 'rel="next"' in first
    assert 'href="/search"' in second and 'rel="prev"' in second
    assert 'aria-current="page"' in second
    total = api(client)["total"]
    last = -(-total // 20)
    assert client.get("/search", params={"page": str(last)}).status_code == 200
    beyond = client.get("/search", params={"page": str(last + 1)})
    assert beyond.status_code == 404
    check_page(beyond.text, "en")


def test_welsh_pagination_is_labelled_in_welsh(client):
    html = client.get("/cy/search").text
    check_page(html, "cy")
    assert 'aria-label="Tudalen 2"' in html
    assert 'aria-label="Tudalennau canlyniadau"' in html


def test_welsh_filters_answer_with_the_question_s_verb(client):
    html = client.get("/cy/search").text
    # 'Yn gweithio yn Gymraeg?' Ydy / Nac ydy; 'Mae ganddi publiccode.yml?' Oes / Nac oes.
    for answer in ("Ydy", "Nac ydy", "Nac oes"):  # no bundled component has publiccode.yml
        assert re.search(rf">\s*{answer}\s*<span", html), answer
    assert not re.search(r">\s*(Ie|Na)\s*<span", html)


def test_did_you_mean_suggests_a_spelling(client):
    html = client.get("/search", params={"q": "speeeech"}).text
    assert "Did you mean" in html
    assert 'href="/search?q=speech"' in html


def test_no_results_says_how_to_improve_the_search(client):
    response = client.get("/search", params={"q": "zzzqqqxxx"})
    assert response.status_code == 200
    check_page(response.text, "en")
    assert "There are no matching components." in response.text


@pytest.mark.parametrize(
    ("prefix", "locale", "message"),
    [
        ("", "en", "Search text must be 1000 characters or fewer"),
        ("/cy", "cy", "Rhaid i’r testun chwilio fod yn 1000 nod neu lai"),
    ],
)
def test_bad_input_gets_an_error_summary_in_the_page_language(client, prefix, locale, message):
    response = client.get(f"{prefix}/search", params={"q": "x" * 1001})
    assert response.status_code == 400
    page = check_page(response.text, locale)
    assert message in response.text
    assert 'href="#q"' in response.text
    assert "q-error" in page.ids
    assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    "params",
    [{"page": "abc"}, {"page": "0"}, {"page": "99999999"}, {"sort": "sideways"}, {"per_page": "0"}],
)
def test_bad_parameters_are_a_400_on_the_page_and_the_api(client, params):
    page = client.get("/search", params=params)
    assert page.status_code == 400
    check_page(page.text, "en")
    assert "There is a problem" in page.text
    response = client.get("/api/v1/search", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["status"] == 400


@pytest.mark.parametrize(
    "text", ['"', "*", "-", "NEAR", "AND", "a AND OR", '"unbalanced', "(((", "x" * 1000, "\u202e"]
)
def test_hostile_query_text_never_breaks_search(client, text):
    assert client.get("/search", params={"q": text}).status_code == 200
    assert client.get("/api/v1/search", params={"q": text}).status_code == 200


def test_downloads_carry_the_current_search(client):
    html = client.get("/search", params={"q": "design", "sector": "health"}).text
    assert 'href="/search/export.csv?q=design&amp;sector=health"' in html
    assert 'href="/search/export.json?q=design&amp;sector=health"' in html


def test_search_page_is_ready_for_live_updates(client):
    html = client.get("/search").text
    assert "data-app-live-search" in html
    assert 'id="search-status"' in html and 'aria-live="polite"' in html
    assert re.search(r'<script type="module" src="/static/[0-9a-f]{12}/app\.mjs"', html)


def test_a_readme_quoted_in_welsh_results_is_marked_as_english(client):
    """Lines quoted from an English README had no lang, so screen readers read them as Welsh."""
    html = client.get("/cy/search", params={"q": "data", "sector": "health"}).text
    # Only the README's lines: a definition shown in Welsh on a Welsh page rightly has no lang.
    snippets = re.findall(r'README: </span><span class="app-snippet__text"([^>]*)>', html)
    assert snippets and all(' lang="en"' in attributes for attributes in snippets)


@pytest.mark.parametrize(
    ("prefix", "note", "why"),
    [
        (
            "",
            "Also searched for these Welsh words in English:",
            "Found by meaning: it does not use your words",
        ),
        (
            "/cy",
            "Chwiliwyd hefyd am y geiriau Cymraeg hyn yn Saesneg:",
            "Wedi’i ganfod drwy ystyr: nid yw’n defnyddio eich geiriau",
        ),
    ],
)
def test_people_are_told_what_the_search_did_with_their_words(
    client, loaded_backend, monkeypatch, prefix, note, why
):
    from search.lexicon import load_lexicon

    if not load_lexicon().english("ffermydd"):
        pytest.skip("the Welsh-English dictionaries are not installed (make lexicon)")
    html = client.get(f"{prefix}/search", params={"q": "data ffermydd"}).text
    check_page(html, "cy" if prefix else "en")
    assert note in html
    assert '<span lang="cy">ffermydd</span> (<span lang="en">farms</span>)' in html
    assert api(client, q="data ffermydd")["translated"] == [
        {"word": "ffermydd", "english": ["farms"]}
    ]
    assert why not in html  # every hit here matched a word
    assert not any(hit["found_by_meaning"] for hit in api(client, q="data")["hits"])
    # A hit the engine found by meaning alone says so.
    search = loaded_backend.search

    def first_by_meaning(query):
        page = search(query)
        page.hits[0].by_meaning = True
        return page

    monkeypatch.setattr(loaded_backend, "search", first_by_meaning)
    html = client.get(f"{prefix}/search", params={"q": "data"}).text
    assert html.count(why) == 1
    assert api(client, q="data")["hits"][0]["found_by_meaning"] is True


@pytest.mark.parametrize(
    ("prefix", "note"),
    [
        ("", "Also searched for what these words spell:"),
        ("/cy", "Chwiliwyd hefyd am yr hyn y mae’r geiriau hyn yn ei sillafu:"),
    ],
)
def test_people_are_told_which_acronym_and_which_english_their_words_were_read_as(
    client, prefix, note
):
    # Bundled data: the NHFD scraper and the grapheme-to-phoneme engine (search/acronyms.py,
    # search/loans.py).
    html = client.get(f"{prefix}/search", params={"q": "National Hip Fracture Database"}).text
    check_page(html, "cy" if prefix else "en")
    assert note in html
    assert "national hip fracture database (NHFD)" in html
    found = api(client, q="National Hip Fracture Database")
    assert found["hits"][0]["name"] == "GoogleColab_NHFD_WebScraper"
    assert found["also_searched"] == [{"words": "national hip fracture database", "as": ["NHFD"]}]
    html = client.get(f"{prefix}/search", params={"q": "trosi graffemau i ffonemau"}).text
    assert '<span lang="cy">graffemau</span> (<span lang="en">grapheme</span>)' in html
    assert note not in html


def test_a_body_named_in_full_is_told_by_its_name(client):
    # Bundled data: the NHS Wales Executive, 'Gweithrediaeth' mutated after 'gan'
    # (search/aliases.py: joined). 'gig cymru', inside the name, is not told apart.
    found = api(client, q="cod gan Weithrediaeth GIG Cymru")
    assert found["also_searched"] == [
        {"words": "weithrediaeth gig cymru", "as": ["Gweithrediaeth GIG Cymru"]}
    ]
    assert "NHS-Executive/" in " ".join(hit["full_name"] for hit in found["hits"][:2])
    html = client.get("/cy/search", params={"q": "cod gan Weithrediaeth GIG Cymru"}).text
    check_page(html, "cy")
    assert "weithrediaeth gig cymru (Gweithrediaeth GIG Cymru)" in html


@pytest.mark.parametrize(
    ("prefix", "label"),
    [("", "What software like this does:"), ("/cy", "Beth mae meddalwedd fel hon yn ei wneud:")],
)
def test_a_result_found_through_what_its_terms_mean_says_so(client, prefix, label):
    """search/definitions.py: the speech recognisers never say 'spoken words'; what their
    technical terms mean does, and the result shows that definition, labelled, marked and in its
    own language."""
    html = client.get(f"{prefix}/search", params={"q": "write down spoken words"}).text
    check_page(html, "cy" if prefix else "en")
    lines = re.findall(
        r'<p class="govuk-body-s app-snippet">([^<]*) <span([^>]*)>(.*?)</span></p>', html
    )
    glossed = [line for line in lines if line[0] == label]
    assert glossed, "no result showed what its terms mean"
    if prefix:
        # Shown in Welsh, the page's language (web/snippets.py), so no lang of its own; the
        # English question's words are not in it to mark.
        assert all("lang=" not in attributes for _, attributes, _ in glossed)
        assert all(text_language(re.sub("<[^>]+>", "", text)) == "cy" for *_, text in glossed)
    else:
        assert all("<mark>" in text for _, _, text in glossed)
    assert api(client, q="write down spoken words")["hits"][0]["highlights"]


def test_a_welsh_question_shows_what_terms_mean_in_welsh_with_its_words_marked(client):
    """A Welsh question matched the English definitions through its translations; the Welsh page
    showed them in English. It shows the same definitions in Welsh, marking the question's words."""
    html = client.get("/cy/search", params={"q": "trawsgrifio lleferydd yn destun"}).text
    check_page(html, "cy")
    lines = re.findall(
        r'<p class="govuk-body-s app-snippet">([^<]*) <span([^>]*)>(.*?)</span></p>', html
    )
    glossed = [line for line in lines if line[0] == "Beth mae meddalwedd fel hon yn ei wneud:"]
    assert glossed, "no result showed what its terms mean"
    assert all("lang=" not in attributes for _, attributes, _ in glossed)
    assert any("<mark>" in text for *_, text in glossed)


@pytest.mark.parametrize(
    ("prefix", "note"),
    [
        ("", "Also searched for the kind of software these words describe:"),
        ("/cy", "Chwiliwyd hefyd am y math o feddalwedd y mae’r geiriau hyn yn ei ddisgrifio:"),
    ],
)
def test_people_are_told_which_kind_of_software_their_description_was_read_as(client, prefix, note):
    # search/paraphrase.py: the words read like what '360 feedback' software does.
    question = "a way for colleagues to rate each other against the organisation's values"
    html = client.get(f"{prefix}/search", params={"q": question}).text
    check_page(html, "cy" if prefix else "en")
    assert note in html
    assert "colleagues rate organisation values (360 feedback)" in html
    found = api(client, q=question)
    assert found["described"] == [
        {"words": "colleagues rate organisation values", "as": ["360 feedback"]}
    ]
    assert "360 feedback" in found["hits"][0]["description"].lower()
    assert note not in client.get(f"{prefix}/search", params={"q": "360 feedback"}).text


@pytest.mark.parametrize(
    ("prefix", "note"),
    [
        ("", "Searched for what your need asks for:"),
        ("/cy", "Chwiliwyd am yr hyn y mae eich angen yn gofyn amdano:"),
    ],
)
def test_a_need_written_out_is_searched_for_by_what_it_asks_and_people_are_told(
    client, prefix, note
):
    # search/sentences.py: who is asking and what it must also do stand aside.
    need = "We are a small digital team in a health board. Looking for an address lookup."
    html = client.get(f"{prefix}/search", params={"q": need}).text
    check_page(html, "cy" if prefix else "en")
    assert note in html
    assert "<strong>address lookup</strong>" in html
    assert 'href="' + prefix + '/check"' in html
    found = api(client, q=need)
    assert found["need_read"] == "address lookup"
    assert found["hits"][:3] == api(client, q="address lookup")["hits"][:3]
    # Welsh words are told as searched for: those of the sentences that lead, not the opening's.
    welsh = api(
        client,
        q="Tîm digidol bach mewn bwrdd iechyd ydym ni. Rydym yn chwilio am wasanaeth i chwilio am "
        "gyfeiriad.",
    )
    assert welsh["need_read"] == "wasanaeth chwilio gyfeiriad"
    told = {translated["word"] for translated in welsh["translated"]}
    assert told and not told & {"tim", "digidol", "bach", "bwrdd iechyd"}
    # A question read whole says nothing of the kind.
    assert api(client, q="address lookup")["need_read"] is None
    assert note not in client.get(f"{prefix}/search", params={"q": "address lookup"}).text
