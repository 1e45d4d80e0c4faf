"""Mapping errors to responses in one place: HTML pages for people, JSON for the API."""

from __future__ import annotations

import logging

from litestar import Request, Response
from litestar.exceptions import HTTPException, NotFoundException
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from catalogue.errors import NotFoundError
from search.backend import InvalidQueryError, SearchUnavailableError
from web.i18n import locale_from_path
from web.negotiation import NotAcceptableError
from web.redaction import redact
from web.search_params import error_message
from web.templating import render

log = logging.getLogger(__name__)
RETRY_AFTER = "30"


def is_api(request: Request) -> bool:
    """Whether the request is for the JSON API (errors answer in JSON there)."""
    return request.url.path.startswith("/api/")


def api_error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """The API's one error shape."""
    return Response(
        {"error": {"status": status, "message": message}},
        status_code=status,
        headers={"Cache-Control": "no-store", **(headers or {})},
    )


def _error(
    request: Request, status: int, message: str, template: str, headers: dict | None = None
) -> Response:
    if is_api(request):
        return api_error(status, message, headers)
    response = render(request, template, {"message": message}, status_code=status)
    response.headers.update(headers or {})
    return response


def not_found(request: Request, exc: Exception) -> Response:
    message = str(exc) if isinstance(exc, NotFoundError) else "Not found"
    return _error(request, 404, message, "errors/404.html")


def invalid_query(request: Request, exc: InvalidQueryError) -> Response:
    return _error(
        request, 400, error_message(exc, locale_from_path(request.url.path)), "errors/400.html"
    )


def search_unavailable(request: Request, exc: SearchUnavailableError) -> Response:
    log.warning("search unavailable: %s", exc)
    return _error(
        request,
        503,
        "Search is unavailable",
        "errors/503.html",
        headers={"Retry-After": RETRY_AFTER},
    )


def http_error(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 404:
        return not_found(request, exc)
    if exc.status_code >= 500:
        return server_error(request, exc)
    headers = dict(exc.headers or {})
    if exc.status_code == 429:
        # Litestar's rate limiter sends RateLimit-Reset (seconds); clients know Retry-After.
        headers["Retry-After"] = str(max(1, int(headers.get("RateLimit-Reset", "60") or 60)))
    message = exc.detail if isinstance(exc.detail, str) else "Bad request"
    response = api_error(exc.status_code, message, headers)
    if isinstance(exc, NotAcceptableError):
        response.content["error"]["available"] = exc.available
    return response


def server_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s", redact(request.url.path), exc_info=exc)
    return _error(request, 500, "Sorry, there is a problem with the service", "errors/500.html")


EXCEPTION_HANDLERS = {
    NotFoundError: not_found,
    NotFoundException: not_found,
    InvalidQueryError: invalid_query,
    SearchUnavailableError: search_unavailable,
    HTTPException: http_error,
    HTTP_500_INTERNAL_SERVER_ERROR: server_error,
    Exception: server_error,
}
