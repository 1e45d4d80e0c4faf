"""The harvest on PostgreSQL: the same pipeline, and the advisory lock that keeps runs apart."""

from __future__ import annotations

import pytest

from catalogue.db import make_engine
from catalogue.migrate import upgrade
from catalogue.settings import Settings
from ingest.lock import HarvestLockedError, harvest_lock
from tests.integration.harvest.helpers import Catalogue, detail_paths, run_harvest, small_org

pytestmark = pytest.mark.postgres


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


def test_harvest_repeat_and_removal_on_postgresql(pg_catalogue, github):
    pg_catalogue.register("pg-org", "pg-org-login")
    names = small_org(github, "pg-org-login", 3)
    github.repo(names[0]).files["README.md"] = "# Null\x00byte\n"
    first = run_harvest(pg_catalogue, github)
    assert first.total("added") == 3, first.accounts
    github.delete_repo(names[2])
    mark = len(github.requests())

    again = run_harvest(pg_catalogue, github)

    assert (again.total("unchanged"), again.total("removed")) == (2, 1)
    assert detail_paths(github.requests(mark)) == []
    assert pg_catalogue.components()[names[2]].removed_at is not None


def test_the_advisory_lock_refuses_a_second_harvest(pg_catalogue):
    with (
        harvest_lock(pg_catalogue.settings),
        pytest.raises(HarvestLockedError, match="advisory lock"),
        harvest_lock(pg_catalogue.settings),
    ):
        pass
    with harvest_lock(pg_catalogue.settings):
        pass  # released when the first holder left
