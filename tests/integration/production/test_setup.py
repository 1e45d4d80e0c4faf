"""`catalogue setup` (the compose `setup` job) run twice: the second run changes nothing, fails nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, select, text, update

from catalogue.models import Component, StoredResult
from catalogue.settings import Settings
from tests.support.topology import ROOT

pytestmark = pytest.mark.timeout(900)


def setup(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", "setup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def state(url: str) -> dict:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = {
            "components": connection.execute(
                select(
                    Component.id, Component.full_name, Component.description, Component.updated_at
                ).order_by(Component.id)
            ).all(),
            "analysis": connection.execute(
                select(StoredResult.name, StoredResult.generation)
            ).all(),
            "revision": connection.scalar(text("SELECT version_num FROM alembic_version")),
        }
    engine.dispose()
    return found


def test_setup_twice_changes_nothing_the_first_did_not(empty_database_url, tmp_path):
    env = {
        **os.environ,
        "CATALOGUE_DATA_DIR": str(tmp_path / "data"),
        "CATALOGUE_DATABASE_URL": empty_database_url,
    }
    first = setup(env)
    assert first.returncode == 0, first.stderr
    assert "445 added" in first.stdout
    after_first = state(empty_database_url)
    assert len(after_first["components"]) == 445 and after_first["analysis"]
    # What a harvest would do between two runs of the job: the snapshot must not undo it.
    engine = create_engine(empty_database_url)
    with engine.begin() as connection:
        changed_id = after_first["components"][0].id
        connection.execute(
            update(Component).where(Component.id == changed_id).values(description="Harvested")
        )
    engine.dispose()
    index = Settings.from_env(env).embedded_search_path
    index_written = index.stat().st_mtime_ns

    second = setup(env)

    assert second.returncode == 0, second.stderr
    assert "Snapshot: not loaded" in second.stdout
    assert "Search index: up to date (445 components" in second.stdout
    assert "Duplicated-effort analysis: already stored" in second.stdout
    after_second = state(empty_database_url)
    assert after_second["analysis"] == after_first["analysis"]
    assert after_second["revision"] == after_first["revision"]
    unchanged = [row for row in after_second["components"] if row.id != changed_id]
    assert unchanged == [row for row in after_first["components"] if row.id != changed_id]
    assert next(r for r in after_second["components"] if r.id == changed_id).description == (
        "Harvested"
    )
    assert index.stat().st_mtime_ns == index_written, "the index was not rebuilt"

    # A new or lost volume: the next run builds the index again, and only that.
    index.unlink()
    third = setup(env)
    assert third.returncode == 0, third.stderr
    assert "Indexed 445 components" in third.stdout
    assert "Snapshot: not loaded" in third.stdout
