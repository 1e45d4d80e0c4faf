"""The MCP server at /mcp, driven by the official SDK's client over streamable HTTP."""

from __future__ import annotations

import asyncio
import json

import pytest
from mcp import Client

from tests.browser.conftest import _serve

TOOLS = {"search", "component", "similar_components", "check_before_you_build"}


@pytest.fixture(scope="module")
def server_url(loaded_engine, loaded_backend, tmp_path_factory):
    """The app served by uvicorn on a free loopback port, as an MCP client would reach it."""
    yield from _serve(loaded_engine, loaded_backend, tmp_path_factory.mktemp("mcp"))


def call(url: str, steps):
    async def run():
        async with Client(f"{url}/mcp") as client:
            return await steps(client)

    return asyncio.run(run())


def payload(result) -> dict:
    assert not result.is_error, result
    return result.structured_content or json.loads(result.content[0].text)


def test_the_four_tools_answer_over_http(server_url):
    async def steps(client):
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        found = payload(await client.call_tool("search", {"query": "speech", "limit": 3}))
        first = found["hits"][0]
        details = payload(await client.call_tool("component", {"component_id": first["id"]}))
        similar = await client.call_tool("similar_components", {"component_id": first["id"]})
        check = payload(
            await client.call_tool(
                "check_before_you_build",
                {"description": "speech recognition for the Welsh language"},
            )
        )
        return tools, found, first, details, similar, check

    tools, found, first, details, similar, check = call(server_url, steps)
    assert set(tools) == TOOLS
    assert all(t.annotations and t.annotations.read_only_hint for t in tools.values())
    assert 1 <= len(found["hits"]) <= 3 and found["total"] >= len(found["hits"])
    assert first["url"] == f"{server_url}/components/{first['id']}"
    assert details["id"] == first["id"] and details["repository_url"].startswith("https://")
    assert isinstance(details["works_in_welsh"], bool) and "welsh_evidence" in details
    # No analysis has run in this test database, which the tool says plainly; else a list.
    assert similar.is_error or "similar" in payload(similar)
    assert check["matches"] and all("score" in m for m in check["matches"])
    assert check["searched"] == "speech recognition for the welsh language"  # as search reads it


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("search", {"query": ""}),
        ("search", {"query": "x" * 1001}),
        ("search", {"query": "maps", "limit": 500}),
        ("component", {"component_id": "one"}),
        ("component", {"component_id": 0}),
        ("check_before_you_build", {"description": "x" * 5001}),
    ],
)
def test_bad_arguments_get_clear_errors(server_url, tool, arguments):
    async def steps(client):
        return await client.call_tool(tool, arguments)

    result = call(server_url, steps)
    assert result.is_error
    text = result.content[0].text
    assert "validation" in text.lower() or "error" in text.lower(), text


def test_an_unknown_component_is_an_error_not_a_crash(server_url):
    async def steps(client):
        return await client.call_tool("component", {"component_id": 99999999})

    result = call(server_url, steps)
    assert result.is_error
