"""Shared helpers for the publiccode.yml tests: the corpus of example files."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def base_text() -> str:
    """A valid bilingual publiccode.yml that tests mutate."""
    return (DATA / "valid" / "minimal_bilingual.yml").read_text(encoding="utf-8")
