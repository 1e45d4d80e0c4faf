"""An MCP server at /mcp for coding assistants: read-only search, details, similar, check first.

Built with the official `mcp` SDK (streamable HTTP, stateless, JSON answers) and mounted in the
Litestar app, so it shares its database, search index, rate limit and security headers.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Annotated, Any

import anyio
from litestar import Litestar, asgi
from litestar.types import Receive, Scope, Send
from mcp.server import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from mcp.types import ToolAnnotations
from pydantic import Field

from catalogue.queries import get_component, get_many
from search.backend import MAX_QUERY_LENGTH, Query
from search.results import component_summary, run_search
from search.similarity.check import MAX_CHARS
from web.routes.api import welsh_json
from web.routes.check import searched
from web.routes.insight import duplicates_cache

MAX_RESULTS = 20
READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, openWorldHint=False)
INSTRUCTIONS = (
    "Search the public code of Welsh public bodies before writing new code: `check_before_you_build`"
    " takes a description of what you are about to build; `search` takes keywords; `component` and "
    "`similar_components` take a component id from their answers. Everything is read-only."
)
ComponentId = Annotated[int, Field(ge=1, le=2**31 - 1, description="A component's id.")]
Limit = Annotated[int, Field(ge=1, le=MAX_RESULTS, description="How many results, 1 to 20.")]


def _summary(site: str, component) -> dict[str, Any]:
    return {**component_summary(component), "url": f"{site}/components/{component.id}"}


class CatalogueMcp:
    """The MCP server, its /mcp route and the lifespan that runs its session manager."""

    def __init__(self) -> None:
        self.app: Litestar | None = None
        # Absolute page addresses: CATALOGUE_BASE_URL, set when the app starts (not the Host header).
        self.site = ""
        self.server = build_mcp(self)
        self._new_session_manager()

        @asgi("/mcp", is_mount=True, copy_scope=True, name="mcp")
        async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
            await self.server.session_manager.handle_request(
                {**scope, "path": "/mcp", "raw_path": b"/mcp"}, receive, send
            )

        self.endpoint = endpoint

    def _new_session_manager(self) -> None:
        # Host checks guard servers on a developer's own machine against DNS rebinding; this is
        # a public site under any host name, answering no other origin's scripts (no CORS).
        self.server.streamable_http_app(
            stateless_http=True,
            json_response=True,
            transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
        )

    @asynccontextmanager
    async def lifespan(self, app: Litestar):
        self.app = app
        self.site = app.state.settings.base_url.rstrip("/")
        # A session manager runs once: an app started again (tests, a reloaded server) needs a new one.
        self._new_session_manager()
        async with self.server.session_manager.run():
            yield


def build_mcp(owner: CatalogueMcp) -> MCPServer:
    """The MCP server's tools, reading through the app's sessions, index and analyses."""
    server = MCPServer(name="welsh-public-code-catalogue", instructions=INSTRUCTIONS)

    async def in_thread(function, *args):
        return await anyio.to_thread.run_sync(function, *args)

    @server.tool(annotations=READ_ONLY)
    async def search(
        query: Annotated[
            str, Field(min_length=1, max_length=MAX_QUERY_LENGTH, description="Words to find.")
        ],
        limit: Limit = 10,
    ) -> dict[str, Any]:
        """Search the catalogue's components (English or Welsh words), best match first."""

        def run() -> dict[str, Any]:
            with owner.app.state.sessionmaker() as session:
                results = run_search(
                    session, owner.app.state.search_backend, Query(text=query, per_page=limit)
                )
                hits = [_summary(owner.site, r.component) for r in results.results]
                return {"total": results.page.total, "hits": hits}

        return await in_thread(run)

    @server.tool(annotations=READ_ONLY)
    async def component(component_id: ComponentId) -> dict[str, Any]:
        """Everything the catalogue knows about one component, with its README as text."""

        def run() -> dict[str, Any]:
            with owner.app.state.sessionmaker() as session:
                found = get_component(session, component_id)
                return {
                    **_summary(owner.site, found),
                    "languages": found.languages,
                    "dependencies": [f"{d.ecosystem}:{d.name}" for d in found.dependencies],
                    "publiccode_yml": f"{owner.site}/components/{found.id}/publiccode.yml",
                    **welsh_json(found),
                    "readme_text": (found.readme_text or "")[:8000],
                }

        return await in_thread(run)

    @server.tool(annotations=READ_ONLY)
    async def similar_components(component_id: ComponentId, limit: Limit = 10) -> dict[str, Any]:
        """Components in other organisations that look like this one, with the reasons."""

        def run() -> dict[str, Any]:
            with owner.app.state.sessionmaker() as session:
                get_component(session, component_id)  # an unknown id is an error, not []
            result = duplicates_cache(owner.app).result()
            if result is None:
                raise ValueError("The similarity analysis has not run yet; try again later.")
            return {
                "id": component_id,
                "similar": [
                    {
                        "id": ref.id,
                        "full_name": ref.full_name,
                        "organisation": ref.organisation,
                        "url": f"{owner.site}/components/{ref.id}",
                        "score": round(pair.score, 3),
                        "relation": pair.relation,
                        "reasons": {
                            "terms": list(pair.terms),
                            "shared_dependencies": list(pair.shared_dependencies),
                            "categories": list(pair.categories),
                        },
                    }
                    for ref, pair in result.similar_to(component_id, limit=limit)
                ],
            }

        return await in_thread(run)

    @server.tool(annotations=READ_ONLY)
    async def check_before_you_build(
        description: Annotated[
            str,
            Field(
                min_length=1,
                max_length=MAX_CHARS,
                description="What you are about to build, in plain English or Welsh.",
            ),
        ],
        limit: Limit = 10,
    ) -> dict[str, Any]:
        """Existing components of Welsh public bodies that may already do what you describe."""

        def run() -> dict[str, Any]:
            with owner.app.state.sessionmaker() as session:
                index = duplicates_cache(owner.app).check_index(session)
                asked, found_ids = searched(owner.app, index, description)
                matches = index.check(description, limit=limit, searched=found_ids)
                found = {c.id: c for c in get_many(session, [m.id for m in matches])}
                return {
                    "searched": asked,
                    "matches": [
                        {**_summary(owner.site, found[m.id]), "score": round(m.score, 3)}
                        for m in matches
                        if m.id in found
                    ],
                }

        return await in_thread(run)

    return server
