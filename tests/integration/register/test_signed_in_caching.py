"""Pages sent to a signed-in person are never publicly cacheable, and are fresh on the next view."""

from __future__ import annotations

from tests.integration.register.factories import (
    PASSWORD,
    make_component,
    make_organisation,
    make_user,
)
from tests.integration.register.webtools import post_form, sign_in


def test_an_editor_sees_their_saved_notes_on_the_next_view(client, store):
    organisation = make_organisation(store, "cache-org", name="Cache Org")
    component = make_component(store, organisation, "cached-app")
    editor = make_user(store, "cache-editor@example.gov.wales", organisation=organisation)
    store.commit()
    client.get(f"/components/{component.id}")  # the first answer sets the CSRF cookie
    anonymous = client.get(f"/components/{component.id}")
    assert "public" in anonymous.headers["cache-control"]  # for everyone else, caches may share
    assert sign_in(client, editor.email, PASSWORD).status_code == 303
    for path in (f"/components/{component.id}", f"/cy/components/{component.id}", "/", "/search"):
        cache_control = client.get(path).headers["cache-control"]
        assert "public" not in cache_control, path
        assert "private" in cache_control and "no-cache" in cache_control, path
    saved = post_form(
        client,
        f"/components/{component.id}/annotate",
        {"reuse_notes": "Runs on PostgreSQL 16", "contact": "", "maturity": "beta"},
    )
    assert saved.status_code == 303
    page = client.get(f"/components/{component.id}")
    assert "Runs on PostgreSQL 16" in page.text
    assert "public" not in page.headers["cache-control"]
