"""The header says who is signed in, links to their pages and signs them out, on every page."""

from __future__ import annotations

import re

from tests.integration.register.factories import (
    PASSWORD,
    make_organisation,
    make_user,
)
from tests.integration.register.webtools import get_page, sign_in, token

BAR = re.compile(r'<div class="app-account-bar">.*?</nav>', re.S)


def _bar(html: str) -> str:
    found = BAR.search(html)
    assert found, "the page has no account bar"
    return found.group(0)


def test_nobody_signed_in_sees_a_sign_in_link_in_either_language(client):
    english = _bar(get_page(client, "/about"))
    assert 'href="/account/sign-in"' in english and "Sign in" in english
    assert "Sign out" not in english and "Signed in as" not in english
    welsh = _bar(get_page(client, "/cy/about"))
    assert 'href="/cy/account/sign-in"' in welsh and "Mewngofnodi" in welsh


def test_an_editor_sees_who_they_are_and_their_organisations_pages_on_every_page(client, store):
    organisation = make_organisation(store, "header-org", name="Header Org", name_cy="Sefydliad")
    make_user(store, "header-editor@example.gov.wales", organisation=organisation)
    store.commit()
    assert sign_in(client, "header-editor@example.gov.wales", PASSWORD).status_code == 303
    for path in ("/", "/search", "/about", "/organisations/header-org", "/account"):
        bar = _bar(get_page(client, path))
        assert "Signed in as" in bar and "header-editor@example.gov.wales" in bar, path
        assert 'href="/account"' in bar and 'href="/organisations/header-org"' in bar, path
        assert 'action="/account/sign-out"' in bar and 'name="_csrf_token"' in bar, path
        assert 'href="/admin"' not in bar, path  # moderators only
    welsh = _bar(get_page(client, "/cy/search"))
    assert "Wedi mewngofnodi fel" in welsh
    assert 'href="/cy/organisations/header-org"' in welsh
    assert 'action="/cy/account/sign-out"' in welsh and "Allgofnodi" in welsh
    # A page the router does not know still says who is signed in.
    assert "header-editor@example.gov.wales" in _bar(get_page(client, "/no-such-page", 404))


def test_a_moderator_gets_a_link_to_the_moderation_pages(client, store):
    make_user(store, "header-mod@example.gov.wales", is_admin=True)
    store.commit()
    sign_in(client, "header-mod@example.gov.wales", PASSWORD)
    bar = _bar(get_page(client, "/search"))
    assert 'href="/admin"' in bar and "header-mod@example.gov.wales" in bar
    assert 'href="/organisations/' not in bar  # a moderator with no organisation
    assert 'href="/cy/admin"' in _bar(get_page(client, "/cy/help"))


def test_the_header_signs_out_with_its_form_and_then_shows_sign_in(client, store):
    make_user(store, "header-out@example.gov.wales", is_admin=True)
    store.commit()
    sign_in(client, "header-out@example.gov.wales", PASSWORD)
    html = get_page(client, "/cy/about")
    refused = client.post("/cy/account/sign-out", follow_redirects=False)
    assert refused.status_code == 403  # no CSRF token, no sign-out
    signed_out = client.post(
        "/cy/account/sign-out", data={"_csrf_token": token(_bar(html))}, follow_redirects=False
    )
    assert signed_out.status_code == 303
    assert signed_out.headers["location"] == "/cy/account/signed-out"
    bar = _bar(get_page(client, "/cy/account/signed-out"))
    assert "header-out@example.gov.wales" not in bar and "Mewngofnodi" in bar
    assert "header-out@example.gov.wales" not in _bar(get_page(client, "/about"))


def test_a_disabled_person_is_not_shown_as_signed_in(client, store):
    person = make_user(store, "header-gone@example.gov.wales", is_admin=True)
    store.commit()
    sign_in(client, "header-gone@example.gov.wales", PASSWORD)
    person.active = False
    store.commit()
    assert "header-gone@example.gov.wales" not in _bar(get_page(client, "/about"))
