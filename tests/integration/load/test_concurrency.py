"""Issue 13, finding 1: concurrent requests queue or get a quick 503; they never freeze the server."""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor

import httpx

from catalogue.db import make_engine
from catalogue.migrate import upgrade
from search.embedded import EmbeddedSearchBackend
from tests.conftest import make_settings
from tests.integration.load.conftest import serve
from web.app import create_app

# A freeze shows as timeouts; a slow machine does not come near this.
TIMEOUT = 15.0
PATHS = [
    "/search?q=data",
    "/cy/search?q=lleferydd",
    "/api/v1/search?q=nhs",
    "/search?q=design+system&page=2",
    "/cy/search?q=gwasanaeth",
]


def test_fifty_concurrent_requests_all_answer_and_health_still_answers(live_server):
    paths = list(itertools.islice(itertools.cycle(PATHS), 50))
    limits = httpx.Limits(max_connections=50)
    with (
        httpx.Client(base_url=live_server.url, timeout=TIMEOUT, limits=limits) as client,
        ThreadPoolExecutor(50) as pool,
    ):
        statuses = list(pool.map(lambda path: client.get(path).status_code, paths))
        health = client.get("/health")
        after = client.get("/search?q=data")
    assert set(statuses) <= {200, 429, 503}, statuses
    assert health.status_code == 200
    assert after.status_code == 200, "the queue drained: the next search is served"


def test_the_connection_pool_is_sized_with_the_worker_threads(tmp_path):
    settings = make_settings(
        tmp_path,
        CATALOGUE_DATABASE_URL=f"sqlite:///{tmp_path / 'c.sqlite'}",
        CATALOGUE_WEB_THREADS="6",
    )
    app = create_app(settings)
    try:
        assert app.state.engine.pool.size() == 6
    finally:
        app.state.engine.dispose()
        app.state.search_backend.close()


def test_a_finished_request_gives_its_connection_back_without_a_worker_thread(tmp_path):
    """One worker thread, one pooled connection: requests one after another must all get it.

    With the session closed by a clean-up queued on the worker pool, the next request's handler
    took the only thread and waited for the only connection, which that clean-up never
    returned (the freeze of issue 13, in miniature).
    """
    database_url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    upgrade(database_url)
    engine = make_engine(database_url, pool_size=1, max_overflow=0, pool_timeout=5)

    def make_app(url: str):
        settings = make_settings(
            tmp_path,
            CATALOGUE_DATABASE_URL=database_url,
            CATALOGUE_WEB_THREADS="1",
            CATALOGUE_BASE_URL=url,
        )
        return create_app(settings, search_backend=EmbeddedSearchBackend(None), engine=engine)

    with (
        serve(make_app) as url,
        httpx.Client(base_url=url, timeout=TIMEOUT) as client,
        ThreadPoolExecutor(8) as pool,
    ):
        statuses = list(pool.map(lambda _: client.get("/organisations").status_code, range(16)))
    engine.dispose()
    assert set(statuses) <= {200, 503}, statuses
