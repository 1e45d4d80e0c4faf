"""The MCP tool similar_components over a database the similarity analysis has run on."""

from __future__ import annotations

import threading
import time

import pytest

from tests.browser.conftest import _free_port
from tests.conftest import make_settings
from tests.integration.web.test_mcp import call, payload


@pytest.fixture(scope="module")
def server_url(analysed_engine, loaded_backend, tmp_path_factory):
    import uvicorn

    from web.app import create_app

    port = _free_port()
    settings = make_settings(
        tmp_path_factory.mktemp("mcp-analysed"), CATALOGUE_BASE_URL=f"http://127.0.0.1:{port}"
    )
    app = create_app(settings, search_backend=loaded_backend, engine=analysed_engine)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_similar_components_answer_with_their_reasons(server_url, analysis):
    pair = analysis.pairs[0]

    async def steps(client):
        return await client.call_tool("similar_components", {"component_id": pair.a})

    answer = payload(call(server_url, steps))
    assert answer["id"] == pair.a
    first = answer["similar"][0]
    assert first["relation"] in {"copy", "rebuild"}
    assert set(first["reasons"]) == {"terms", "shared_dependencies", "categories"}
    assert any(first["reasons"].values())
