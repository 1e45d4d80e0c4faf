"""Routes in every language: one handler per language path, since Litestar's multi-path handlers
lose their thread-pool wrapping (a sync handler given two paths returns an unawaited coroutine)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from litestar import get
from litestar.handlers import HTTPRouteHandler

from web.i18n import DEFAULT_LOCALE, LOCALES, localise


def localised_get(
    path: str, *, name: str, **options: Any
) -> Callable[[Callable[..., Any]], list[HTTPRouteHandler]]:
    """GET handlers for '/search' and '/cy/search', named 'search' and 'search:cy'."""

    def decorate(function: Callable[..., Any]) -> list[HTTPRouteHandler]:
        return [
            get(
                localise(path, locale),
                name=name if locale == DEFAULT_LOCALE else f"{name}:{locale}",
                **options,
            )(function)
            for locale in LOCALES
        ]

    return decorate
