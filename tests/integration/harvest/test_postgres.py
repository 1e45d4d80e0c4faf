"""The harvest on PostgreSQL: the same pipeline, and the advisory lock that keeps runs apart."""

from __future__ import annotations

import pytest

from ingest.lock import HarvestLockedError, harvest_lock
from tests.integration.harvest.helpers import detail_paths, run_harvest, small_org

pytestmark = pytest.mark.postgres


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
