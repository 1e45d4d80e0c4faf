"""Harvest fixtures: the GitHub double on loopback and a migrated SQLite catalogue per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from catalogue.db import make_engine
from catalogue.migrate import upgrade
from catalogue.settings import Settings
from tests.github_double import InMemoryGitHub
from tests.github_double import openapi as github_openapi
from tests.integration.harvest.helpers import Catalogue


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """One migrated SQLite file, copied for each test (much cheaper than migrating each time)."""
    path = tmp_path_factory.mktemp("harvest-template") / "catalogue.sqlite"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def catalogue(tmp_path, migrated_template) -> Catalogue:
    data_dir = tmp_path / "var"
    data_dir.mkdir()
    shutil.copyfile(migrated_template, data_dir / "catalogue.sqlite")
    settings = Settings.from_env(
        {"CATALOGUE_DATA_DIR": str(data_dir), "GITHUB_TOKEN": "test-token-not-secret"}
    )
    engine = make_engine(settings.database_url)
    yield Catalogue(settings, engine)
    engine.dispose()


@pytest.fixture
def github():
    """The GitHub double, answering as GitHub Enterprise Server does under /api/v3.

    Every answer is checked against GitHub's OpenAPI description when it is installed (npm).
    """
    validator = github_openapi.check_response if github_openapi.available() else None
    with InMemoryGitHub(prefix="/api/v3", validator=validator) as double:
        yield double
    assert not double.violations, double.violations[:5]


@pytest.fixture
def pg_catalogue(tmp_path, request):
    # A schema of the test session's own (tests/conftest.py), so other suites never clash.
    schema_url = request.getfixturevalue("postgres_schema_url")
    upgrade(schema_url)
    settings = Settings.from_env(
        {"CATALOGUE_DATA_DIR": str(tmp_path), "CATALOGUE_DATABASE_URL": schema_url}
    )
    engine = make_engine(settings.database_url)
    yield Catalogue(settings, engine)
    engine.dispose()
