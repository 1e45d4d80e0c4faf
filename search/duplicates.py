"""Keeping the duplicated-effort analysis current: compute from the database, store, load."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy.orm import Session

from catalogue.queries import iter_components
from catalogue.settings import Settings
from search.similarity import SimilarityResult, analyse, items_from_components
from search.similarity.check import CheckIndex, build_check_index
from search.similarity.store import StoredResultError, load, save

RESULT_FILE = "duplicates.json"


def result_path(settings: Settings) -> Path:
    """Where the latest analysis is kept (under the data directory)."""
    return settings.data_dir / RESULT_FILE


def compute(session: Session) -> SimilarityResult:
    """Analyse every live component for similar work in other organisations."""
    return analyse(items_from_components(iter_components(session)))


def refresh(settings: Settings, session: Session) -> SimilarityResult:
    """Recompute and store the analysis (after a snapshot load or a harvest)."""
    result = compute(session)
    save(result, result_path(settings))
    return result


class DuplicatesCache:
    """The stored analysis and a 'check before you build' index, reloaded when the file changes.

    The web process only reads: the analysis is written by the CLI after loads and harvests.
    """

    def __init__(self, settings: Settings) -> None:
        self.path = result_path(settings)
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._result: SimilarityResult | None = None
        self._check: CheckIndex | None = None
        self._check_stamp: tuple[int, int] | None = None

    def _current_stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns)

    def result(self) -> SimilarityResult | None:
        """The latest stored analysis, or None when none has been computed yet."""
        stamp = self._current_stamp()
        with self._lock:
            if stamp != self._stamp:
                try:
                    self._result = load(self.path) if stamp else None
                except StoredResultError:
                    self._result = None
                self._stamp = stamp
            return self._result

    def check_index(self, session: Session) -> CheckIndex:
        """The 'check before you build' index over live components, rebuilt after each analysis."""
        stamp = self._current_stamp()
        with self._lock:
            if self._check is None or stamp != self._check_stamp:
                self._check = build_check_index(items_from_components(iter_components(session)))
                self._check_stamp = stamp
            return self._check
