"""/health: whether the database and the search engine answer."""

from __future__ import annotations

import anyio
from litestar import Request, Response, Router, get
from sqlalchemy import text

HEALTH_THREADS = 2


def _check(state) -> tuple[dict, dict, bool]:
    try:
        with state.sessionmaker() as session:
            session.execute(text("SELECT 1"))
        database = {"ok": True}
    except Exception as exc:  # health must answer whatever the database does
        database = {"ok": False, "detail": type(exc).__name__}
    engine = state.search_backend.health()
    search = {"ok": engine.ok, "engine": engine.engine}
    if not engine.ok:
        # Only a failure's reason is worth showing; a healthy engine's detail is a server path.
        search["detail"] = engine.detail
    return database, search, database["ok"] and engine.ok


@get("/health", name="health", cache_control=None)
async def health(request: Request) -> Response:
    # On threads of its own (anyio's, with a limiter per app), never queued behind the
    # requests it reports on; admission control lets it through as well.
    state = request.app.state
    if "health_threads" not in state:
        state.health_threads = anyio.CapacityLimiter(HEALTH_THREADS)
    database, search, ok = await anyio.to_thread.run_sync(
        _check, state, limiter=state.health_threads
    )
    return Response(
        {"status": "ok" if ok else "degraded", "database": database, "search": search},
        status_code=200 if ok else 503,
        headers={"Cache-Control": "no-store"},
    )


router = Router(path="", route_handlers=[health], include_in_schema=False)
