"""The web app loads the search index at start, in the background, and starts even if it cannot."""

import logging

from litestar.testing import TestClient

from search.embedded import EmbeddedSearchBackend
from tests.conftest import make_settings
from tests.support.search_documents import search_document
from web.app import create_app


def test_the_app_loads_its_own_index_at_start(loaded_engine, tmp_path):
    settings = make_settings(tmp_path / "var")
    builder = EmbeddedSearchBackend(settings.embedded_search_path)
    builder.rebuild([search_document(i, f"tool-{i}") for i in range(1, 6)])
    builder.close()
    app = create_app(settings, engine=loaded_engine)
    with TestClient(app=app) as client:
        app.state.search_warmer.join(timeout=30)
        snapshot = app.state.search_backend._snapshot
        assert snapshot is not None and snapshot.size == 5  # loaded before anyone searched
        assert client.get("/api/v1/search", params={"q": "tool"}).json()["total"] == 5


def test_an_unreachable_engine_at_start_is_logged_and_the_app_still_serves(
    loaded_engine, tmp_path, caplog
):
    settings = make_settings(tmp_path / "var", CATALOGUE_SEARCH_URL="http://127.0.0.1:9")
    app = create_app(settings, engine=loaded_engine)
    logger = logging.getLogger("web.app")  # Litestar's logging setup stops propagation
    logger.addHandler(caplog.handler)
    try:
        with TestClient(app=app) as client:
            app.state.search_warmer.join(timeout=60)
            assert "could not load the index at start" in caplog.text
            assert client.get("/about").status_code == 200
            assert client.get("/api/v1/search", params={"q": "bin"}).status_code == 503
    finally:
        logger.removeHandler(caplog.handler)
