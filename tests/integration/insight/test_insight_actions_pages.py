"""The dashboard, report and API give each cluster a title, reasons, owners, an action and a cost."""

from tests.support.pages import check_page


def test_each_cluster_says_why_whom_to_ask_what_to_do_and_what_it_costs(client, analysis):
    page = client.get("/insight").text
    check_page(page, "en")
    assert "Why these belong together" in page
    assert "Owners to contact" in page
    assert "Recommended action:" in page
    assert "Duplicated effort, estimated:" in page
    assert "How the duplicated effort is estimated" in page
    assert "person-" in page
    # The score is explained in words, not left as a bare number.
    assert "The score grows with the organisations involved" in page


def test_the_dashboard_counts_verified_reuse(client):
    page = client.get("/insight").text
    assert "are used by others, as their dependency manifests show" in page


def test_the_welsh_dashboard_is_in_welsh(client):
    page = client.get("/cy/insight").text
    check_page(page, "cy")
    assert "Pam mae’r rhain yn perthyn i’w gilydd" in page
    assert "Cam gweithredu a argymhellir:" in page


def test_the_report_opens_with_a_summary(client):
    page = client.get("/insight/report").text
    check_page(page, "en")
    summary = page.index('id="summary"')
    assert summary < page.index("Clusters of similar work</h2>")
    for heading in ("Top findings", "Who to talk to", "What it would save"):
        assert summary < page.index(heading)


def test_the_api_gives_the_estimate_with_its_method_and_the_action_as_a_code(client):
    body = client.get("/api/v1/duplicates", params={"per_page": 3}).json()
    first = body["clusters"][0]
    estimate = first["duplicated_effort_estimate"]
    assert estimate["low_person_days"] <= estimate["high_person_days"]
    assert estimate["method"].startswith("Size-based")
    assert first["recommended_action"]["action"] in {"adopt", "consolidate", "ask", "share"}
    assert first["title"] and first["score_explained"]


def test_my_organisation_shows_what_we_duplicate_what_others_reuse_and_what_we_reuse(client):
    page = client.get("/insight", params={"organisation": "companies-house"}).text
    check_page(page, "en")
    mine = page[page.index('id="my-organisation"') : page.index('id="clusters"')]
    assert "Companies House" in mine
    assert "What we duplicate" in mine and "What others could reuse from us" in mine
    assert "companieshouse/api-security-java" in mine and "used by 10 other components" in mine
    assert "What we reuse from other bodies" in mine


def test_an_unknown_organisation_is_a_400_with_the_error(client):
    response = client.get("/insight/report", params={"organisation": "nowhere"})
    assert response.status_code == 400
    assert "Choose an organisation from the list" in response.text


def test_sectors_with_little_code_say_so_and_name_bodies(client):
    page = client.get("/insight").text
    section = page[page.index('id="little-code"') : page.index('id="charts"')]
    assert "Local government" in section and "Gwynedd Council" in section
    assert "No body of this sector is in the catalogue yet." in section
    welsh = client.get("/cy/insight").text
    assert "Sectorau heb fawr ddim cod" in welsh


def test_welsh_organisation_lists_give_a_listing_suffix_in_welsh(client):
    """Choices of organisation used the English name: 'Astun Technology (supplier)' on a Welsh page."""
    page = client.get("/cy/insight").text
    assert "Astun Technology (cyflenwr)" in page
    assert "(supplier)" not in page and "(prototyping account)" not in page


def test_only_reuse_by_other_bodies_makes_a_member_the_one_to_adopt(client, analysed_engine):
    from sqlalchemy import select

    from catalogue.db import make_sessionmaker
    from catalogue.models import Component
    from catalogue.reuse import provider_reuse

    with make_sessionmaker(analysed_engine)() as session:
        reuse = provider_reuse(session)
        ids = {c.full_name: c.id for c in session.scalars(select(Component))}
    # Used by components of its own body only: no evidence that it would serve others.
    inside = reuse[ids["welsh-revenue-authority/wra-frontend"]]
    assert inside.components >= 1 and inside.other_organisations == 0
    clusters = client.get("/api/v1/duplicates", params={"per_page": 50}).json()["clusters"]
    actions = [c["recommended_action"] for c in clusters]
    for action in actions:
        if action["action"] == "adopt":
            assert reuse[action["component_id"]].other_organisations > 0
    # The one member still worked on is named as the one to ask about, not to adopt.
    assert any(a["action"] == "ask" and a["component_id"] for a in actions)
    page = client.get("/insight").text
    assert "Adopt the most reused one" not in page
    assert "Ask the owners of the only one worked on in the last year" in page


def test_cluster_titles_and_shared_words_read_as_words(client):
    page = client.get("/insight").text
    assert "addresse," not in page and "addresse<" not in page
    assert "Words they share:" in page
    words = page[page.index("Words they share:") :][:600]
    assert "design system or component library" not in words
    welsh = client.get("/cy/insight").text
    assert "Cymwysiadau" not in welsh
