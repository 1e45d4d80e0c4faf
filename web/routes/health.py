"""/health: whether the database and the search engine answer."""

from __future__ import annotations

from litestar import Response, Router, get
from sqlalchemy import text

from web.deps import DbSession, Search


@get("/health", name="health", sync_to_thread=True, cache_control=None)
def health(db_session: DbSession, search_backend: Search) -> Response:
    try:
        db_session.execute(text("SELECT 1"))
        database = {"ok": True}
    except Exception as exc:  # health must answer whatever the database does
        database = {"ok": False, "detail": type(exc).__name__}
    engine = search_backend.health()
    search = {"ok": engine.ok, "engine": engine.engine}
    if not engine.ok:
        # Only a failure's reason is worth showing; a healthy engine's detail is a server path.
        search["detail"] = engine.detail
    ok = database["ok"] and engine.ok
    return Response(
        {"status": "ok" if ok else "degraded", "database": database, "search": search},
        status_code=200 if ok else 503,
        headers={"Cache-Control": "no-store"},
    )


router = Router(path="", route_handlers=[health], include_in_schema=False)
