"""/health (readiness): the database, the search engine and the last harvest; /health/live (liveness)."""

from __future__ import annotations

from datetime import UTC, datetime

import anyio
from litestar import Request, Response, Router, get
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from catalogue.models import HarvestRun

HEALTH_THREADS = 2


def _last_harvest(session: Session) -> dict:
    finished = session.scalar(
        select(func.max(HarvestRun.finished_at)).where(HarvestRun.status == "complete")
    )
    if finished is None:
        return {"last_success": None, "age_seconds": None}
    finished = finished if finished.tzinfo else finished.replace(tzinfo=UTC)
    return {
        "last_success": finished.isoformat(),
        "age_seconds": int((datetime.now(UTC) - finished).total_seconds()),
    }


def _check(state) -> tuple[dict, dict, dict, bool]:
    harvest: dict = {}
    try:
        with state.sessionmaker() as session:
            session.execute(text("SELECT 1"))
            harvest = _last_harvest(session)
        database = {"ok": True}
    except Exception as exc:  # health must answer whatever the database does
        database = {"ok": False, "detail": type(exc).__name__}
    engine = state.search_backend.health()
    search = {"ok": engine.ok, "engine": engine.engine, "documents": engine.documents}
    if not engine.ok:
        # Only a failure's reason is worth showing; a healthy engine's detail is a server path.
        search["detail"] = engine.detail
    return database, search, harvest, database["ok"] and engine.ok


@get("/health", name="health", cache_control=None)
async def health(request: Request) -> Response:
    """Readiness: 200 when the database and the search engine answer, 503 otherwise.

    The age of the last complete harvest is reported but does not fail readiness: stale data
    is still worth serving, and monitoring can alert on it (also in /metrics).
    """
    # On threads of its own (anyio's, with a limiter per app), never queued behind the
    # requests it reports on; admission control lets it through as well.
    state = request.app.state
    if "health_threads" not in state:
        state.health_threads = anyio.CapacityLimiter(HEALTH_THREADS)
    database, search, harvest, ok = await anyio.to_thread.run_sync(
        _check, state, limiter=state.health_threads
    )
    return Response(
        {
            "status": "ok" if ok else "degraded",
            "database": database,
            "search": search,
            "harvest": harvest,
        },
        status_code=200 if ok else 503,
        headers={"Cache-Control": "no-store"},
    )


@get("/health/live", name="health:live", cache_control=None)
async def live() -> Response:
    """Liveness: the process answers requests (touches neither the database nor search)."""
    return Response({"status": "ok"}, headers={"Cache-Control": "no-store"})


router = Router(path="", route_handlers=[health, live], include_in_schema=False)
