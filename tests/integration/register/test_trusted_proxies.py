"""Behind a trusted reverse proxy the client is the one X-Forwarded-For names; otherwise never.

Covered for each limit keyed on the client: the API rate limit, the sign-in lockout and the
password-reset throttle.
"""

from __future__ import annotations

import pytest
from litestar.testing import TestClient
from sqlalchemy import delete

from catalogue.errors import ConfigError
from catalogue.models import LoginThrottle, RateLimitWindow
from tests.conftest import make_settings
from tests.integration.register.factories import PASSWORD, make_user
from tests.integration.register.webtools import token

PROXY = "10.0.0.2"
STRANGER = "198.51.100.7"


class FromPeer:
    """The app as reached over a socket from `host` (the test client's own address is fixed)."""

    def __init__(self, app, host: str) -> None:
        self.app, self.host = app, host

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] in ("http", "websocket"):
            scope["client"] = (self.host, 40000)
        await self.app(scope, receive, send)

    def __getattr__(self, name):
        return getattr(self.app, name)


@pytest.fixture
def make_client(web_engine, tmp_path):
    from search.embedded import EmbeddedSearchBackend
    from web.app import create_app

    with web_engine.begin() as connection:
        connection.execute(delete(LoginThrottle))
        connection.execute(delete(RateLimitWindow))
    settings = make_settings(tmp_path, CATALOGUE_TRUSTED_PROXIES=f"{PROXY}, 10.1.0.0/16")
    clients = []

    def make(peer: str, api_rate_limit: int = 600) -> TestClient:
        app = create_app(
            settings,
            search_backend=EmbeddedSearchBackend(None),
            engine=web_engine,
            api_rate_limit=api_rate_limit,
        )
        client = TestClient(app=FromPeer(app, peer))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def forwarded(client_address: str) -> dict[str, str]:
    return {"X-Forwarded-For": client_address}


def api_statuses(client, clients: list[str]) -> list[int]:
    return [client.get("/api/v1/sectors", headers=forwarded(a)).status_code for a in clients]


def test_the_api_limit_counts_each_client_behind_a_trusted_proxy(make_client):
    client = make_client(PROXY, api_rate_limit=2)
    assert api_statuses(client, ["203.0.113.1"] * 3) == [200, 200, 429]
    # Another person behind the same proxy still has their own allowance.
    assert api_statuses(client, ["203.0.113.2"]) == [200]
    # A client-supplied entry in front of the proxy's own is not believed either.
    assert api_statuses(client, ["1.2.3.4, 203.0.113.1"]) == [429]


def test_a_trusted_network_counts_as_a_proxy(make_client):
    client = make_client("10.1.4.5", api_rate_limit=1)
    assert api_statuses(client, ["203.0.113.3", "203.0.113.4"]) == [200, 200]


def test_a_forged_forwarded_header_does_not_dodge_the_api_limit(make_client):
    client = make_client(STRANGER, api_rate_limit=2)
    assert api_statuses(client, ["203.0.113.5", "203.0.113.6", "203.0.113.7"]) == [200, 200, 429]


def sign_in_from(client, address: str, email: str, password: str) -> int:
    html = client.get("/account/sign-in").text
    response = client.post(
        "/account/sign-in",
        data={"_csrf_token": token(html), "email": email, "password": password},
        headers=forwarded(address),
        follow_redirects=False,
    )
    return response.status_code


def test_a_sign_in_lockout_behind_the_proxy_locks_out_only_that_client(make_client, store):
    make_user(store, "behind-proxy@example.gov.wales")
    store.commit()
    client = make_client(PROXY)
    for attempt in range(5):
        sign_in_from(client, "203.0.113.9", f"spray{attempt}@example.gov.wales", "guess")
    assert sign_in_from(client, "203.0.113.9", "behind-proxy@example.gov.wales", PASSWORD) == 429
    other = make_client(PROXY)
    assert sign_in_from(other, "203.0.113.10", "behind-proxy@example.gov.wales", PASSWORD) == 303


def test_a_forged_forwarded_header_does_not_dodge_the_sign_in_lockout(make_client, store):
    make_user(store, "not-fooled@example.gov.wales")
    store.commit()
    client = make_client(STRANGER)
    for attempt in range(5):
        sign_in_from(client, f"203.0.113.{20 + attempt}", f"x{attempt}@example.gov.wales", "guess")
    assert sign_in_from(client, "203.0.113.99", "not-fooled@example.gov.wales", PASSWORD) == 429


def bad_links(client, address: str, count: int) -> list[int]:
    return [
        client.get(f"/account/reset/guess{n:040d}", headers=forwarded(address)).status_code
        for n in range(count)
    ]


def test_the_reset_throttle_behind_the_proxy_counts_each_client(make_client):
    client = make_client(PROXY)
    assert bad_links(client, "203.0.113.30", 5) == [404, 404, 404, 404, 429]
    assert bad_links(client, "203.0.113.31", 1) == [404]


def test_a_forged_forwarded_header_does_not_dodge_the_reset_throttle(make_client):
    client = make_client(STRANGER)
    statuses = [
        client.get(f"/account/reset/guess{n:040d}", headers=forwarded(f"203.0.113.{40 + n}"))
        for n in range(5)
    ]
    assert [r.status_code for r in statuses] == [404, 404, 404, 404, 429]


@pytest.mark.parametrize("value", ["nginx", "10.0.0.0/33", "10.0.0.1 10.0.0.2"])
def test_trusted_proxies_must_be_addresses_or_networks(tmp_path, value):
    with pytest.raises(ConfigError, match="CATALOGUE_TRUSTED_PROXIES"):
        make_settings(tmp_path, CATALOGUE_TRUSTED_PROXIES=value)


def test_trusted_proxies_are_normalised(tmp_path):
    settings = make_settings(tmp_path, CATALOGUE_TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8,::1")
    assert settings.trusted_proxies == ("127.0.0.1", "10.0.0.0/8", "::1")


def test_no_forwarded_header_is_believed_by_default(tmp_path):
    assert make_settings(tmp_path).trusted_proxies == ()
