"""Reading search parameters from a query string, shared by the page, the API and exports."""

from __future__ import annotations

from collections.abc import Mapping

from litestar import Request

from catalogue.vocabulary import N_
from search.backend import (
    FILTER_FIELDS,
    MAX_PER_PAGE,
    MAX_QUERY_LENGTH,
    SORTS,
    InvalidQueryError,
    Query,
)
from web.i18n import gettext_for

MAX_PAGE = 1000
# The deepest result either engine pages to (search/querytext.py MAX_RESULT_WINDOW).
MAX_RESULT_WINDOW = 10_000
MAX_FILTER_VALUE = 200
PER_PAGE = 20


class SearchParameterError(InvalidQueryError):
    """A search parameter people can correct; the message is translated where it is shown."""

    def __init__(self, message: str, field: str = "q", **values: object) -> None:
        self.message = message
        self.field = field
        self.values = values
        super().__init__(message % values if values else message)

    def translated(self, locale: str) -> str:
        """The message in the page's language."""
        return gettext_for(locale, self.message, **self.values)


def error_message(exc: InvalidQueryError, locale: str) -> str:
    """A search error in the page's language (engine messages are shown as the engine gave them)."""
    if isinstance(exc, SearchParameterError):
        return exc.translated(locale)
    return gettext_for(locale, str(exc))


def _int(value: str | None, field: str, default: int, high: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise SearchParameterError(
            N_("Enter a whole number for %(name)s"), field, name=field
        ) from None
    if not 1 <= number <= high:
        raise SearchParameterError(
            N_("Enter a number from 1 to %(high)s for %(name)s"), field, name=field, high=high
        )
    return number


def query_from_params(params: Mapping, per_page: int = PER_PAGE) -> Query:
    """Build a search Query from ?q=&page=&per_page=&sort=&<filter>=..., raising SearchParameterError."""
    text = params.get("q") or ""
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchParameterError(
            N_("Search text must be %(limit)s characters or fewer"), "q", limit=MAX_QUERY_LENGTH
        )
    if "\x00" in text:
        raise SearchParameterError(N_("Search text cannot contain control characters"), "q")
    sort = params.get("sort") or "relevance"
    if sort not in SORTS:
        raise SearchParameterError(N_("Sort by relevance, recently updated or name"), "sort")
    filters = {}
    for field in FILTER_FIELDS:
        values = tuple(v for v in params.getall(field, []) if v)
        # Refused, not dropped: dropping a filter silently widens the results.
        if any(len(v) > MAX_FILTER_VALUE for v in values):
            raise SearchParameterError(
                N_("Each filter must be %(limit)s characters or fewer"),
                field,
                limit=MAX_FILTER_VALUE,
            )
        if any("\x00" in v for v in values):
            raise SearchParameterError(N_("Filters cannot contain control characters"), field)
        if values:
            filters[field] = tuple(dict.fromkeys(values))
    page = _int(params.get("page"), "page", 1, MAX_PAGE)
    size = _int(params.get("per_page"), "per_page", per_page, MAX_PER_PAGE)
    if (page - 1) * size >= MAX_RESULT_WINDOW:
        raise SearchParameterError(
            N_("Only the first %(limit)s results can be paged through: add words or filters"),
            "page",
            limit=MAX_RESULT_WINDOW,
        )
    return Query(text=text.strip(), filters=filters, sort=sort, page=page, per_page=size)


def query_from_request(request: Request, per_page: int = PER_PAGE) -> Query:
    """The search Query a request asks for, raising SearchParameterError for bad input."""
    return query_from_params(request.query_params, per_page)


def query_params(query: Query, **changes: str) -> list[tuple[str, str]]:
    """The query string of a query, with some parameters changed (for links and pagination)."""
    values: dict[str, str] = {
        "q": query.text,
        "sort": query.sort if query.sort != "relevance" else "",
        "page": str(query.page) if query.page != 1 else "",
        "per_page": str(query.per_page) if query.per_page != PER_PAGE else "",
    }
    values.update({k: v for k, v in changes.items() if k in values})
    if values["page"] == "1":
        values["page"] = ""
    params = [(k, v) for k, v in values.items() if v]
    filters = dict(query.filters)
    filters.update({k: v for k, v in changes.items() if k in FILTER_FIELDS})
    for field in FILTER_FIELDS:
        params.extend((field, value) for value in filters.get(field, ()))
    return params


def without_filter(query: Query, field: str, value: str) -> list[tuple[str, str]]:
    """The query string of a query with one filter value removed, back on page 1."""
    remaining = tuple(v for v in query.filters.get(field, ()) if v != value)
    return query_params(query, page="", **{field: remaining})
