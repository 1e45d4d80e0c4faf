"""Two web processes on one database share the API rate limit, the sign-in lockout and the reset throttle.

Each worker of `catalogue serve --workers N` is a process like these two; requests alternate
between them, so a count kept in one process's memory would let a client have twice the limit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from catalogue.migrate import upgrade
from catalogue.rate_limits import WINDOW_SECONDS
from tests.integration.register.webtools import sign_in
from tests.support.topology import ROOT, free_port, wait_until_answers

LIMIT = 6
# Longer than the API burst below takes on a loaded machine (18 requests).
BURST_SECONDS = 20
pytestmark = pytest.mark.timeout(600)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def two_workers(request, tmp_path_factory) -> Iterator[list[str]]:
    """Two `catalogue serve` processes on one database; yields their addresses."""
    root = tmp_path_factory.mktemp("two-workers")
    if request.param == "sqlite":
        url = f"sqlite:///{root / 'catalogue.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_schema_url")
    upgrade(url)
    servers, addresses = [], []
    for number in range(2):
        port = free_port()
        addresses.append(f"http://127.0.0.1:{port}")
        env = {
            **os.environ,
            "CATALOGUE_DATA_DIR": str(root / f"worker{number}"),
            "CATALOGUE_DATABASE_URL": url,
            "CATALOGUE_SECRET_KEY": "shared-limits-" + "k" * 40,
            "CATALOGUE_BASE_URL": addresses[-1],
            "CATALOGUE_API_RATE_LIMIT": str(LIMIT),
        }
        command = [sys.executable, "-m", "cli", "serve", "--port", str(port)]
        servers.append(
            subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
    try:
        for server, address in zip(servers, addresses, strict=True):
            wait_until_answers(f"{address}/health/live", lambda s=server: _alive(s))
        yield addresses
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
        for server in servers:
            server.wait(timeout=60)


def clients_from(addresses: list[str], client: str) -> Iterator[list[httpx.Client]]:
    """One HTTP client per worker, all connecting from the loopback address `client`."""
    clients = [
        httpx.Client(
            base_url=address,
            transport=httpx.HTTPTransport(local_address=client),
            timeout=30,
        )
        for address in addresses
    ]
    yield clients
    for each in clients:
        each.close()


@pytest.fixture
def api_client(two_workers):
    yield from clients_from(two_workers, "127.0.0.11")


@pytest.fixture
def sign_in_client(two_workers):
    yield from clients_from(two_workers, "127.0.0.12")


@pytest.fixture
def reset_client(two_workers):
    yield from clients_from(two_workers, "127.0.0.13")


def _alive(server: subprocess.Popen) -> None:
    assert server.poll() is None, f"a web process exited with {server.returncode}"


def test_the_api_limit_is_one_count_across_workers(api_client):
    # The limit counts requests per minute from a whole minute on (catalogue/rate_limits.py):
    # a burst that crosses into the next minute is given a second allowance there. Start it in a
    # minute with room for it, as a slow machine can take seconds over it.
    if time.time() % WINDOW_SECONDS > WINDOW_SECONDS - BURST_SECONDS:
        time.sleep(WINDOW_SECONDS - time.time() % WINDOW_SECONDS + 0.1)
    statuses = [api_client[n % 2].get("/api/v1/sectors").status_code for n in range(3 * LIMIT)]
    assert statuses.count(200) == LIMIT, statuses
    assert statuses[LIMIT:] == [429] * (2 * LIMIT)


def test_five_bad_sign_ins_lock_out_on_every_worker(sign_in_client):
    statuses = [
        sign_in(sign_in_client[n % 2], "nobody@example.gov.wales", "wrong password").status_code
        for n in range(6)
    ]
    assert statuses == [400, 400, 400, 400, 429, 429]


def test_reset_link_guesses_are_throttled_on_every_worker(reset_client):
    statuses = [
        reset_client[n % 2].get(f"/account/reset/guess{n:040d}").status_code for n in range(6)
    ]
    assert statuses == [404, 404, 404, 404, 429, 429]
