"""Search documents re-indexed once a request's change is committed."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import partial

from litestar import Request
from litestar.datastructures import State

from search.backend import SearchError
from search.indexing import update_index
from web.unit_of_work import after_commit

log = logging.getLogger(__name__)


def reindex_after_commit(request: Request, ids: Iterable[int], why: str) -> None:
    """Re-index these components once the request's work is committed (their documents hold
    what it changed: a confirmed use, the body a supplier builds for)."""
    after_commit(request, partial(_reindex, request.app.state, list(ids), why))


def _reindex(state: State, ids: list[int], why: str) -> None:
    try:
        with state.sessionmaker() as session:
            update_index(session, state.search_backend, ids)
    except SearchError:
        # The database holds the truth; the next `catalogue index` or harvest catches up.
        log.warning("could not re-index components %s after %s", ids, why)
