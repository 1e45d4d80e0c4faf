"""The search page: results, filters with counts, sort and pagination, all plain GET."""

from __future__ import annotations

from litestar import Request, Response, Router

from catalogue.errors import NotFoundError
from catalogue.queries import organisation_names
from search.backend import FILTER_FIELDS, MAX_QUERY_LENGTH, InvalidQueryError, Page
from search.results import run_search
from web.deps import DbSession, Search
from web.i18n import locale_from_path
from web.routes.localised import localised_get
from web.search_params import (
    SearchParameterError,
    error_message,
    query_from_request,
    query_params,
    without_filter,
)
from web.templating import render

# The filters shown on the page, in order; topics are many and free-form, so they are API-only.
FACET_FIELDS = (
    "organisation",
    "sector",
    "type",
    "language",
    "licence",
    "activity",
    "welsh",
    "publiccode",
    "readiness",
    "reused",
)
# Free-form fields with many values show their commonest (and any already chosen); others show all.
FACET_LIMITS = {"language": 15, "licence": 15}


def facet_groups(page: Page) -> list[dict]:
    """The filter groups to show: each value's count and whether it is chosen, commonest first."""
    groups = []
    for field in FACET_FIELDS:
        counts = page.facets.get(field, {}) or {}
        chosen = page.query.filters.get(field, ())
        values = sorted(counts.items(), key=lambda item: (-item[1], str(item[0]).lower()))
        shown = [value for value, _ in values[: FACET_LIMITS.get(field)] if value != ""]
        shown += [value for value in chosen if value not in shown]
        options = [
            {"value": value, "count": counts.get(value, 0), "checked": value in chosen}
            for value in shown
        ]
        if options:
            groups.append({"field": field, "options": options})
    return groups


@localised_get("/search", name="search", sync_to_thread=True)
def search_page(request: Request, db_session: DbSession, search_backend: Search) -> Response:
    locale = locale_from_path(request.url.path)
    try:
        query = query_from_request(request)
        results = run_search(db_session, search_backend, query)
    except InvalidQueryError as exc:
        field = exc.field if isinstance(exc, SearchParameterError) else "q"
        return render(
            request,
            "search/results.html",
            {
                "error": error_message(exc, locale),
                "error_field": field,
                "results": None,
                "text": (request.query_params.get("q") or "")[:MAX_QUERY_LENGTH],
            },
            status_code=400,
        )
    page = results.page
    if query.page > page.pages:
        raise NotFoundError(f"there is no page {query.page} of these results")
    names = organisation_names(db_session, locale)
    return render(
        request,
        "search/results.html",
        {
            "error": None,
            "error_field": None,
            "results": results,
            "text": query.text,
            "facet_groups": facet_groups(page),
            "organisation_names": names,
            "query_params": lambda **changes: query_params(query, **changes),
            "without_filter": lambda field, value: without_filter(query, field, value),
            "export_params": query_params(query, page="", per_page=""),
            "filter_fields": FILTER_FIELDS,
        },
    )


router = Router(path="", route_handlers=[*search_page], include_in_schema=False)
