"""Fixtures for similarity tests: the bundled snapshot as items, and small hand-made catalogues."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from search.similarity import SimilarityItem, analyse
from tests.unit.similarity.snapshot_items import load_snapshot_items

NOW = datetime(2026, 11, 26, tzinfo=UTC)


@pytest.fixture(scope="session")
def snapshot_items() -> list[SimilarityItem]:
    return load_snapshot_items()


@pytest.fixture(scope="session")
def snapshot_result(snapshot_items):
    return analyse(snapshot_items, now=NOW)


def make_item(number: int, organisation: str, name: str, description: str = "", **fields):
    """A SimilarityItem with sensible defaults; full name is organisation/name."""
    return SimilarityItem(
        id=number,
        full_name=f"{organisation}/{name}",
        organisation=organisation,
        sector=fields.pop("sector", "health"),
        name=name,
        description=description,
        **fields,
    )
