"""Request dependencies: the search backend and the language (the session: web.unit_of_work)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar import Request
from litestar.datastructures import State
from litestar.di import NamedDependency
from sqlalchemy.orm import Session

from search.backend import SearchBackend
from web.i18n import locale_from_path

# Handlers name their dependencies with these (Litestar 3 drops dependencies inferred by name).
DbSession = NamedDependency[Session]
if TYPE_CHECKING:
    Search = SearchBackend
else:
    # Litestar isinstance-checks injected values, and SearchBackend is a plain Protocol (not
    # runtime_checkable); the app builds the backend itself, so there is nothing to check.
    Search = NamedDependency[Any]


def provide_search_backend(state: State) -> SearchBackend:
    """The search backend built once in create_app."""
    return state.search_backend


def provide_locale(request: Request) -> str:
    """The page's language, from its path."""
    return locale_from_path(request.url.path)
