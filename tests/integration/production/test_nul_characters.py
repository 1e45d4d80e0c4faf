"""A NUL character in a form or an address gets the page's own answer on both databases, never a
500: PostgreSQL refuses NUL in text, so forms drop it (web.auth.form_values) and an address
holding one is not found (web.security.request_guard)."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from tests.conftest import make_settings
from tests.integration.register.webtools import post_form
from web.app import create_app
from web.auth import form_list, form_values


def test_form_values_drop_nul_characters():
    assert form_values({"name": "Cyngor\x00 Prawf", "list": ["a\x00", "b"]}) == {
        "name": "Cyngor Prawf",
        "list": "a",
    }
    assert form_list({"hear": ["\x00", "emails\x00"]}, "hear") == ["emails"]


@pytest.fixture
def client(migrated_engine, loaded_backend, tmp_path):
    app = create_app(make_settings(tmp_path), search_backend=loaded_backend, engine=migrated_engine)
    with TestClient(app=app) as client:
        yield client


def test_a_listing_request_with_nul_characters_is_answered_not_crashed(client, migrated_engine):
    tag = migrated_engine.dialect.name
    fields = {
        "name": "Cyngor\x00 Prawf",
        "name_cy": "",
        "sector": "local-government",
        "website": "",
        "accounts": f"https://github.com/nul-{tag}\x00",
        "contact_email": "digidol@example.gov.wales",
        "reason": "We publish\x00 code.",
        "identifier_kind": "none",
        "identifier": "",
        "builds_for": "\x00",
    }
    assert post_form(client, "/register", fields).status_code == 303
    refused = post_form(client, "/register", dict(fields, builds_for="no-such\x00body"))
    assert refused.status_code == 400
    project = {
        "organisation": "nobody\x00",
        "repository_url": "https://github.com/someone/something",
        "contact_email": "a@example.gov.wales",
        "reason": "Ours\x00",
    }
    assert post_form(client, "/register/project", project).status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/organisations/a%00b",
        "/cy/organisations/a%00b",
        "/api/v1/organisations/a%00b",
        "/organisations/a%00b/problem-settings",
    ],
)
def test_an_address_holding_nul_is_not_found(client, path):
    response = client.get(path)
    assert response.status_code == 404
    if path.startswith("/api/"):
        assert response.json()["error"]["status"] == 404
    else:
        assert (
            "Heb ddod o hyd i’r dudalen" if path.startswith("/cy/") else "Page not found"
        ) in response.text
