"""The MCP tool similar_components over a database the similarity analysis has run on."""

from __future__ import annotations

import pytest

from tests.browser.conftest import _serve
from tests.integration.web.test_mcp import call, payload


@pytest.fixture(scope="module")
def server_url(analysed_engine, loaded_backend, tmp_path_factory):
    yield from _serve(analysed_engine, loaded_backend, tmp_path_factory.mktemp("mcp-analysed"))


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
