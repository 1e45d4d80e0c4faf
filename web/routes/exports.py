"""Downloads of a whole search result (every page, not just the first) as CSV or JSON, streamed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from litestar import Request, Router
from litestar.datastructures import State
from litestar.response import Stream
from sqlalchemy.orm import Session

from search.backend import MAX_PER_PAGE, SearchBackend
from search.results import Results, component_summary, run_search
from web.deps import DbSession, Search
from web.i18n import locale_from_path, localise
from web.negotiation import JSON, PRODUCES
from web.routes.localised import localised_get
from web.search_params import query_from_request

EXPORT_CACHE = "public, max-age=300"
COLUMNS = (
    "id",
    "name",
    "full_name",
    "organisation",
    "organisation_name",
    "organisation_name_cy",
    "sector",
    "description",
    "description_cy",
    "language",
    "licence",
    "type",
    "activity",
    "archived",
    "topics",
    "stars",
    "pushed_at",
    "has_publiccode",
    "repository_url",
    "homepage",
    "catalogue_url",
)
# A cell starting with one of these is a formula to spreadsheet programs: harvested text must not be.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _pages(
    state: State, backend: SearchBackend, first: Results, base: str
) -> tuple[list[dict[str, Any]], Iterator[list[dict[str, Any]]]]:
    """The first page's summaries now, and an iterator over the summaries of the later pages.

    The stream outlives the request's own session, so later pages open a session of their own.
    """
    query = first.page.query

    def later() -> Iterator[list[dict[str, Any]]]:
        with state.sessionmaker() as session:
            for number in range(2, first.page.pages + 1):
                results = run_search(session, backend, replace(query, page=number))
                yield [_summary(r.component, base) for r in results.results]
                session.expunge_all()

    return [_summary(r.component, base) for r in first.results], later()


def _summary(component, base: str) -> dict[str, Any]:
    return {**component_summary(component), "catalogue_url": f"{base}/components/{component.id}"}


def _page_base(request: Request) -> str:
    """Where component pages live in the request's language: the Welsh export links Welsh pages."""
    origin = request.app.state.settings.base_url  # never the Host header: exports are cached
    return origin + localise("/", locale_from_path(request.url.path)).rstrip("/")


def _chain(first: list, later: Iterator[list]) -> Iterator[list]:
    yield first
    yield from later


def _first_page(request: Request, session: Session, backend: SearchBackend) -> Results:
    query = query_from_request(request)
    # Exports always start at the first page and take the largest pages the engine allows.
    query = replace(query, page=1, per_page=MAX_PER_PAGE, facets=False)
    return run_search(session, backend, query)


@localised_get(
    "/search/export.csv", name="exports:csv", sync_to_thread=True, opt={PRODUCES: ("text/csv",)}
)
def export_csv(
    request: Request, state: State, db_session: DbSession, search_backend: Search
) -> Stream:
    """Every result of a search as CSV, one row per component."""
    first = _first_page(request, db_session, search_backend)
    first_page, later_pages = _pages(state, search_backend, first, _page_base(request))

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        for page in _chain(first_page, later_pages):
            for item in page:
                writer.writerow([_cell(item.get(column)) for column in COLUMNS])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()

    return Stream(
        rows(),
        # Litestar adds "; charset=utf-8" to text types itself; naming it here doubled it.
        media_type="text/csv",
        headers={
            "Content-Disposition": 'attachment; filename="welsh-public-code-search.csv"',
            "Cache-Control": EXPORT_CACHE,
        },
    )


@localised_get(
    "/search/export.json", name="exports:json", sync_to_thread=True, opt={PRODUCES: JSON}
)
def export_json(
    request: Request, state: State, db_session: DbSession, search_backend: Search
) -> Stream:
    """Every result of a search as one JSON document."""
    first = _first_page(request, db_session, search_backend)
    first_page, later_pages = _pages(state, search_backend, first, _page_base(request))
    query = first.page.query
    head = {
        "query": query.text,
        "filters": {k: list(v) for k, v in query.filters.items()},
        "sort": query.sort,
        "total": first.page.total,
    }

    def chunks() -> Iterator[str]:
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "components": ['
        separator = ""
        for page in _chain(first_page, later_pages):
            for item in page:
                yield separator + json.dumps(item, ensure_ascii=False)
                separator = ", "
        yield "]}\n"

    return Stream(
        chunks(),
        media_type="application/json",
        headers={
            "Content-Disposition": 'attachment; filename="welsh-public-code-search.json"',
            "Cache-Control": EXPORT_CACHE,
        },
    )


router = Router(path="", route_handlers=[*export_csv, *export_json], include_in_schema=False)
