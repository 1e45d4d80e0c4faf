"""A real server on loopback (uvicorn in a thread) over a copy of the bundled data, for load tests."""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from catalogue import accounts
from catalogue.db import make_engine
from tests.conftest import make_settings
from tests.integration.register.factories import CHEAP_HASHER


@dataclass
class LiveServer:
    url: str
    database_url: str


@contextmanager
def serve(make_app: Callable[[str], Any]) -> Iterator[str]:
    """Serve make_app(its base URL) on a free loopback port in a thread; yields the base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    app = make_app(url)
    config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        threading.Event().wait(0.05)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def copy_database(engine, target: Path) -> str:
    """A private copy of a SQLite database (the shared loaded one stays read-only)."""
    source = sqlite3.connect(engine.url.database)
    copy = sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return f"sqlite:///{target}"


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch):
    monkeypatch.setattr(accounts, "_hasher", lambda: CHEAP_HASHER)


@pytest.fixture(scope="module")
def live_server(loaded_engine, loaded_backend, tmp_path_factory) -> Iterator[LiveServer]:
    """The real app, building its own engine and pool (4 threads) over a copy of the bundled data."""
    from web.app import create_app

    folder = tmp_path_factory.mktemp("live")
    database_url = copy_database(loaded_engine, folder / "catalogue.sqlite")

    def make_app(url: str):
        settings = make_settings(
            folder / "var",
            CATALOGUE_DATABASE_URL=database_url,
            CATALOGUE_WEB_THREADS="4",
            CATALOGUE_BASE_URL=url,
        )
        return create_app(settings, search_backend=loaded_backend)

    with serve(make_app) as url:
        yield LiveServer(url, database_url)


@pytest.fixture
def store(live_server):
    """A session on the live server's database, for arranging data and reading results."""
    from catalogue.db import make_sessionmaker

    engine = make_engine(live_server.database_url)
    session = make_sessionmaker(engine)()
    yield session
    session.close()
    engine.dispose()


def get_ok(client: httpx.Client, path: str) -> httpx.Response:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response
