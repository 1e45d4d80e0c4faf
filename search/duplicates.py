"""Keeping the duplicated-effort analysis current: compute from the database, store, load.

The analysis lives in the database (table stored_results), not in the data directory, so every
web process and container serves the same one and a recreated container does not lose it.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import StoredResult
from catalogue.models.types import utcnow
from catalogue.queries import iter_components
from search.similarity import SimilarityResult, analyse, items_from_components
from search.similarity.check import CheckIndex, build_check_index
from search.similarity.store import StoredResultError, dumps, loads

RESULT_NAME = "duplicates"


def compute(session: Session) -> SimilarityResult:
    """Analyse every live component for similar work in other organisations."""
    return analyse(items_from_components(iter_components(session)))


def save(session: Session, result: SimilarityResult) -> None:
    """Store the analysis in the database (the caller commits), replacing the previous one."""
    row = session.get(StoredResult, RESULT_NAME)
    if row is None:
        row = StoredResult(name=RESULT_NAME)
        session.add(row)
    row.generation = uuid.uuid4().hex
    row.computed_at = utcnow()
    row.payload = dumps(result)
    session.flush()


def stored_generation(session: Session) -> str | None:
    """The generation of the stored analysis (one small read), or None when there is none."""
    return session.scalar(select(StoredResult.generation).where(StoredResult.name == RESULT_NAME))


def load(session: Session) -> tuple[str, SimilarityResult] | None:
    """The stored analysis and its generation, or None when none has been computed."""
    row = session.get(StoredResult, RESULT_NAME)
    if row is None:
        return None
    return row.generation, loads(row.payload)


def refresh(session: Session) -> SimilarityResult:
    """Recompute and store the analysis (after a snapshot load or a harvest); the caller commits."""
    result = compute(session)
    save(session, result)
    return result


class DuplicatesCache:
    """The stored analysis and a 'check before you build' index, reloaded when a new one is saved.

    The web process only reads: the analysis is written by the CLI after loads and harvests.
    Each use costs one query for the stored generation; the payload is read only when it changed.
    """

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._result: SimilarityResult | None = None
        self._check: CheckIndex | None = None
        self._check_generation: str | None = None

    def _current_generation(self) -> str | None:
        with self._session_factory() as session:
            return stored_generation(session)

    def result(self) -> SimilarityResult | None:
        """The latest stored analysis, or None when none has been computed yet."""
        generation = self._current_generation()
        with self._lock:
            if generation != self._generation:
                self._result = None
                if generation is not None:
                    with self._session_factory() as session:
                        try:
                            found = load(session)
                        except StoredResultError:
                            found = None
                    if found is not None:
                        generation, self._result = found
                self._generation = generation
            return self._result

    def check_index(self, session: Session) -> CheckIndex:
        """The 'check before you build' index over live components, rebuilt after each analysis."""
        generation = stored_generation(session)
        with self._lock:
            if self._check is None or generation != self._check_generation:
                self._check = build_check_index(items_from_components(iter_components(session)))
                self._check_generation = generation
            return self._check
