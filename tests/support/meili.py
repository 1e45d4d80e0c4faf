"""A real Meilisearch for the engine suites: skipped without MEILI_URL, a failure when it is unusable.

Set MEILI_URL (and MEILI_MASTER_KEY) to run the contract and relevance suites against a server
(`make test-meili`). Unset, the Meilisearch cases skip, saying why. Set but unreachable, or
refusing the key, every Meilisearch case fails at setup: a run asked to test Meilisearch must not
pass by testing nothing.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from search.meili import MeiliSearchBackend
from search.meili.backend import SearchTaskError

_problems: dict[str, str | None] = {}


def _problem(url: str, key: str | None) -> str | None:
    """Why the server at `url` cannot be tested, or None; asked once per server and process."""
    if url not in _problems:
        health = MeiliSearchBackend(url, key, index="health_check", timeout=5).health()
        _problems[url] = None if health.ok else health.detail
    return _problems[url]


@contextmanager
def meili_backend_from_env(prefix: str) -> Iterator[MeiliSearchBackend]:
    """A backend on fresh indexes of the server at MEILI_URL, dropped afterwards."""
    url = os.environ.get("MEILI_URL", "").strip()
    if not url:
        pytest.skip("MEILI_URL is not set: no Meilisearch server to test against")
    key = os.environ.get("MEILI_MASTER_KEY") or None
    problem = _problem(url, key)
    if problem:
        pytest.fail(
            f"MEILI_URL is set to {url}, but that Meilisearch cannot be tested: {problem}",
            pytrace=False,
        )
    backend = MeiliSearchBackend(url, key, index=f"{prefix}_{uuid.uuid4().hex[:12]}")
    try:
        yield backend
    finally:
        try:
            backend.drop()
        except SearchTaskError as exc:
            if "index_not_found" not in str(exc):  # a test that never wrote leaves no index
                raise
        backend.close()
