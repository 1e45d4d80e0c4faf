"""Fixtures shared by the search unit tests."""

from __future__ import annotations

import pytest
from fake_meilisearch import FakeMeilisearch, serve


@pytest.fixture
def fake():
    """A fake Meilisearch listening on 127.0.0.1 for the length of one test."""
    state = FakeMeilisearch()
    server, _ = serve(state)
    yield state
    server.shutdown()
    server.server_close()
