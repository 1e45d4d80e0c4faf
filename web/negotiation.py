"""Content negotiation: a client that accepts none of a route's formats gets 406 and the list."""

from __future__ import annotations

from collections.abc import Sequence

from litestar.connection import ASGIConnection
from litestar.exceptions import HTTPException
from litestar.handlers.base import BaseRouteHandler

# The key of a route's (or router's) `opt` naming the media types it can answer with.
PRODUCES = "produces"
API_PREFIX = "/api/v1/"
JSON = ("application/json",)


class NotAcceptableError(HTTPException):
    """The client's Accept header rules out every format this address offers."""

    status_code = 406

    def __init__(self, available: Sequence[str]) -> None:
        super().__init__(
            detail="This format is not available here. Available: " + ", ".join(available)
        )
        self.available = list(available)


def acceptable(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    """An app-wide guard: routes that declare what they produce refuse clients accepting none."""
    produces = handler.opt.get(PRODUCES)
    if produces is None and connection.scope["path"].startswith(API_PREFIX):
        produces = JSON
    if not produces or connection.scope["type"] != "http":
        return
    if not connection.headers.get("accept"):
        return  # no Accept header means anything will do
    if connection.accept.best_match(list(produces)) is None:
        raise NotAcceptableError(produces)


def unknown_format(offered: dict[str, str]) -> NotAcceptableError:
    """A 406 for an address asking for a format we do not make, naming the addresses we have."""
    return NotAcceptableError([f"{path} ({media})" for path, media in offered.items()])
