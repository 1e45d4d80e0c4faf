"""The organisation's and each component's page list the same problems, with when each was found."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from catalogue.models import Message
from catalogue.models.messages import QUEUED, SUPPRESSED
from catalogue.outbox import Draft, queue
from catalogue.problems import Found, preferences, record_problems
from catalogue.problems.record import digest_topic
from tests.integration.register.factories import (
    PASSWORD,
    make_component,
    make_organisation,
    make_user,
)
from tests.integration.register.webtools import get_page, post_form, sign_in

FOUND_ON = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
HOSTILE = 'publiccode.yml:4:3: error: <script>alert("x")</script> is not a platform.'
_worlds = itertools.count(1)


@pytest.fixture
def world(store):
    tag = f"p{next(_worlds)}"
    council = make_organisation(store, f"cyngor-{tag}", name=f"Cyngor {tag}")
    other = make_organisation(store, f"other-{tag}", name=f"Other {tag}")
    casglu = make_component(store, council, "casglu")
    tidy = make_component(store, council, "tidy")
    # Licensed, as the harvest that found tidy's licence problem fixed saw them.
    casglu.licence = tidy.licence = "MIT"
    record_problems(
        store,
        casglu.id,
        [Found("publiccode.invalid", (HOSTILE,)), Found("description_cy.missing")],
        FOUND_ON,
    )
    record_problems(store, tidy.id, [Found("licence.missing")], FOUND_ON)
    record_problems(store, tidy.id, [], FOUND_ON)  # fixed at the next harvest
    world = {
        "council": council,
        "casglu": casglu,
        "tidy": tidy,
        "editor": make_user(store, f"e-{tag}@example.gov.wales", organisation=council),
        "stranger": make_user(store, f"s-{tag}@example.gov.wales", organisation=other),
    }
    store.commit()
    return world


def section(page: str) -> str:
    """The problems section of a page, up to the next heading of its level."""
    start = page.index('id="problems-found"')
    end = page.find('<h2 class="govuk-heading-m"', start)
    return page[start : end if end != -1 else None]


def test_both_pages_list_the_problems_with_the_day_each_was_found(client, world):
    slug, casglu = world["council"].slug, world["casglu"]
    organisation_page = get_page(client, f"/organisations/{slug}")
    component_page = get_page(client, f"/components/{casglu.id}")
    for page in (section(organisation_page), section(component_page)):
        assert "The publiccode.yml is not valid: fix the messages listed." in page
        assert "There is no description in Welsh" in page
        assert page.count("Found on 2 December 2026") == 2
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page, "harvested text escaped"
        assert '<script>alert("x")' not in page
        assert "There is no licence" not in page, "a fixed problem leaves the list"
    assert f'href="/components/{casglu.id}#problems-found"' in organisation_page

    welsh = section(get_page(client, f"/cy/organisations/{slug}"))
    assert "Problemau a ganfuwyd" in get_page(client, f"/cy/organisations/{slug}")
    assert welsh.count("Canfuwyd ar 2 Rhagfyr 2026") == 2
    assert "Nid yw’r publiccode.yml yn ddilys" in welsh
    assert "Canfuwyd ar 2 Rhagfyr 2026" in get_page(client, f"/cy/components/{casglu.id}")


def test_the_organisation_page_also_lists_what_each_components_health_check_flags(client, world):
    slug, tidy = world["council"].slug, world["tidy"]
    page = get_page(client, f"/organisations/{slug}")
    assert page.count('id="problems-found"') == 1, "one section to act on"
    assert "Metadata to fix" not in page
    found = section(page)
    assert "2 components have metadata problems that make them harder to find or reuse." in found
    tidy_part = found[found.index(f'id="problems-{tidy.id}"') :]
    # Nothing is recorded for tidy, so its name leads to its page's health checks.
    assert f'href="/components/{tidy.id}#health"' in tidy_part
    assert "Reuse readiness:" in tidy_part and "Not ready to reuse" in tidy_part
    assert "There is no README" in tidy_part and "Blocks reuse" in tidy_part
    assert "There is no contributing guide" in tidy_part and "To improve" in tidy_part

    welsh = get_page(client, f"/cy/organisations/{slug}")
    assert "Metadata i’w gywiro" not in welsh
    assert "Parodrwydd i’w hailddefnyddio:" in section(welsh)
    assert "I’w wella" in section(welsh)


def test_a_component_without_problems_says_so(client, world):
    page = get_page(client, f"/components/{world['tidy'].id}")
    assert "The catalogue’s harvests have found no problems to fix." in page


def test_an_editor_stops_the_emails_at_once(client, store, world):
    council = world["council"]
    held = queue(
        store,
        Draft(
            address=world["editor"].email,
            language="en",
            kind="problems.digest",
            subject="New problems",
            body="…",
            topic=digest_topic(council.id),
            needs_verified_address=False,
        ),
    )
    store.commit()
    assert held.status == QUEUED
    sign_in(client, world["editor"].email, PASSWORD)
    path = f"/organisations/{council.slug}/problem-settings"
    form = get_page(client, path)
    assert 'value="emails" checked' in form

    response = post_form(client, path, {"hear": "github-issues"})

    assert response.status_code == 303
    assert response.headers["location"] == f"{path}?saved=1"
    store.expire_all()
    choices = preferences(store, council.id)
    assert (choices.emails, choices.github_issues) == (False, True)
    assert store.scalar(select(Message.status).where(Message.id == held.id)) == SUPPRESSED
    assert "Your choices are saved." in get_page(client, response.headers["location"])
    welsh = get_page(client, f"/cy{path}")
    assert "Sut rydych chi’n clywed am broblemau" in welsh


def test_only_the_organisations_editors_may_choose(client, store, world):
    path = f"/organisations/{world['council'].slug}/problem-settings"
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303 and "/account/sign-in" in response.headers["location"]

    sign_in(client, world["stranger"].email, PASSWORD)
    assert client.get(path).status_code == 403
    html = client.get(f"/organisations/{world['stranger'].organisation.slug}/problem-settings")
    refused = client.post(
        path, data={"_csrf_token": html.text.split('name="_csrf_token" value="')[1].split('"')[0]}
    )
    assert refused.status_code == 403
    store.expire_all()
    assert preferences(store, world["council"].id).emails is True


def test_a_form_without_its_csrf_token_is_refused(client, store, world):
    sign_in(client, world["editor"].email, PASSWORD)
    path = f"/organisations/{world['council'].slug}/problem-settings"
    assert client.post(path, data={"hear": "github-issues"}).status_code == 403
    store.expire_all()
    assert preferences(store, world["council"].id).github_issues is False
