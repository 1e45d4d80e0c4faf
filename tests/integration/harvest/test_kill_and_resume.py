"""A harvest killed with SIGKILL leaves a consistent database, and the next run completes the work."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.integration.harvest.helpers import detail_paths, run_harvest, small_org

ROOT = Path(__file__).resolve().parents[3]


def _start_harvest_process(catalogue, github) -> subprocess.Popen:
    env = {
        **os.environ,
        "CATALOGUE_DATA_DIR": str(catalogue.settings.data_dir),
        "GITHUB_TOKEN": "test-token-not-secret",
    }
    env.pop("CATALOGUE_DATABASE_URL", None)
    command = [
        sys.executable, "-m", "ingest.cli", "harvest",
        "--api-url", github.api_url, "--request-interval", "0", "--no-index", "--retries", "1",
    ]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_sigkill_mid_harvest_leaves_a_consistent_database_and_the_next_run_completes(
    catalogue, github
):
    catalogue.register("aaa", "aaa-org")
    catalogue.register("bbb", "bbb-org")
    small_org(github, "aaa-org", 6)
    small_org(github, "bbb-org", 3)
    hold = github.hold(r"^/repos/aaa-org/repo-04/readme$")
    process = _start_harvest_process(catalogue, github)
    try:
        assert hold.reached.wait(60), process.stderr.read1().decode() if process.poll() else ""
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        hold.release()
        if process.poll() is None:
            process.kill()
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    database = catalogue.settings.data_dir / "catalogue.sqlite"
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        names = {row[0] for row in connection.execute("SELECT full_name FROM components")}
        runs = connection.execute("SELECT status FROM harvest_runs").fetchall()
    assert names == {f"aaa-org/repo-0{i}" for i in range(4)}, "committed repositories survive"
    assert runs == [("running",)]
    mark = len(github.requests())

    summary = run_harvest(catalogue, github)

    assert summary.status == "complete"
    assert summary.resumed_from == catalogue.runs()[0].id
    assert set(catalogue.components()) == {
        *(f"aaa-org/repo-0{i}" for i in range(6)),
        *(f"bbb-org/repo-0{i}" for i in range(3)),
    }
    assert [run.status for run in catalogue.runs()] == ["interrupted", "complete"]
    refetched = {p.split("/")[3] for p in detail_paths(github.requests(mark)) if "aaa-org" in p}
    assert refetched == {"repo-04", "repo-05"}, "finished repositories are not fetched again"
