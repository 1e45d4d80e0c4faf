"""Keeping the search index in step with the database: full rebuilds and changed-only updates."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import Component
from catalogue.queries import iter_components
from search.backend import Document, SearchBackend
from search.documents import component_document
from search.index_lock import index_lock


def documents(session: Session, ids: Iterable[int] | None = None) -> Iterator[Document]:
    """Search documents for live components (all of them, or those with the given ids)."""
    for component in iter_components(session, ids):
        yield component_document(component)


def rebuild_index(session: Session, backend: SearchBackend) -> int:
    """Build a fresh index from the database and swap it in; returns the number indexed."""
    with index_lock(session):
        # Read inside the lock: an update committed before it is in this read, one after waits.
        return backend.rebuild(documents(session))


def update_index(session: Session, backend: SearchBackend, ids: Iterable[int]) -> tuple[int, int]:
    """Re-index the given components: live ones are (re)indexed, removed ones deleted."""
    ids = sorted(set(ids))
    if not ids:
        return 0, 0
    with index_lock(session):
        return _update(session, backend, ids)


def _update(session: Session, backend: SearchBackend, ids: list[int]) -> tuple[int, int]:
    removed = list(
        session.scalars(
            select(Component.id).where(Component.id.in_(ids), Component.removed_at.is_not(None))
        )
    )
    live = [i for i in ids if i not in set(removed)]
    docs = list(documents(session, live))
    if docs:
        backend.index(docs)
    if removed:
        backend.delete(removed)
    return len(docs), len(removed)
