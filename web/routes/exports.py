"""Downloads of a whole search result (every page, not just the first) as CSV or JSON, streamed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from babel.support import NullTranslations
from litestar import Request, Router
from litestar.datastructures import State
from litestar.response import Stream
from sqlalchemy.orm import Session

from catalogue.models.organisation import name_in
from catalogue.vocabulary import ACTIVITY, COMPONENT_TYPES, N_, SECTORS
from search.backend import MAX_PER_PAGE, SearchBackend
from search.results import Results, component_summary, run_search
from web.deps import DbSession, Search
from web.i18n import locale_from_path, localise, translations
from web.negotiation import JSON, PRODUCES
from web.routes.localised import localised_get
from web.search_params import query_from_request
from web.spreadsheet import BOM, cell

EXPORT_CACHE = "public, max-age=300"


def _words(vocabulary: dict[str, str], words: NullTranslations) -> Callable[[Any], str]:
    return lambda code: words.gettext(vocabulary[code]) if code in vocabulary else (code or "")


def csv_columns(locale: str) -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
    """(heading, cell from a component summary) for each CSV column, in the page's language.

    Headings and fixed values (sector, type, activity, yes and no) are words, not the JSON's codes;
    harvested text, licence ids and addresses stay as they are.
    """
    words = translations(locale)
    return [(words.gettext(heading), value) for heading, value in _columns(locale, words)]


def _columns(
    locale: str, words: NullTranslations
) -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
    yes_no = {True: words.gettext("Yes"), False: words.gettext("No")}
    sector = _words(SECTORS, words)
    kind = _words(COMPONENT_TYPES, words)
    activity = _words(ACTIVITY, words)
    return [
        (N_("Catalogue ID"), lambda c: c["id"]),
        (N_("Name"), lambda c: c["name"]),
        (N_("Full name"), lambda c: c["full_name"]),
        (
            N_("Organisation"),
            lambda c: name_in(locale, c["organisation_name"], c["organisation_name_cy"]),
        ),
        (N_("Built for"), lambda c: _client_name(locale, c["builds_for"])),
        (N_("Sector"), lambda c: sector(c["sector"])),
        (N_("Description"), lambda c: c["description"]),
        (N_("Description in Welsh"), lambda c: c["description_cy"]),
        (N_("Main language"), lambda c: c["language"]),
        (N_("Licence"), lambda c: c["licence"]),
        (N_("Type"), lambda c: kind(c["type"])),
        (N_("Activity"), lambda c: activity(c["activity"])),
        (N_("Archived"), lambda c: yes_no[bool(c["archived"])]),
        (N_("Topics"), lambda c: "; ".join(c["topics"])),
        (N_("Stars"), lambda c: c["stars"]),
        (N_("Last change"), lambda c: c["pushed_at"]),
        (N_("Has publiccode.yml"), lambda c: yes_no[bool(c["has_publiccode"])]),
        (N_("Repository"), lambda c: c["repository_url"]),
        (N_("Website"), lambda c: c["homepage"]),
        (N_("Catalogue page"), lambda c: c["catalogue_url"]),
    ]


def _client_name(locale: str, client: dict[str, Any] | None) -> str:
    """The public body a supplier's component was built for, or nothing for a body's own work."""
    return name_in(locale, client["name"], client["name_cy"]) if client else ""


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
    """Every result of a search as CSV, one row per component, in the page's language."""
    first = _first_page(request, db_session, search_backend)
    first_page, later_pages = _pages(state, search_backend, first, _page_base(request))
    columns = csv_columns(locale_from_path(request.url.path))

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        buffer.write(BOM)
        writer = csv.writer(buffer)
        writer.writerow([heading for heading, _ in columns])
        for page in _chain(first_page, later_pages):
            for item in page:
                writer.writerow([cell(value(item)) for _, value in columns])
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
