"""`catalogue harvest` stops cleanly on SIGTERM: logged, nothing half-written; `--every` exits 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.stopping import GRACE_SECONDS
from tests.integration.harvest.helpers import run_harvest, small_org

ROOT = Path(__file__).resolve().parents[3]
HARVEST = [sys.executable, "-m", "cli", "harvest"]


def start_harvester(catalogue, github, *extra: str, every: bool = True) -> subprocess.Popen:
    """The harvester in a process of its own; its stderr goes to `harvester.log` beside the data."""
    env = {
        **os.environ,
        "CATALOGUE_DATA_DIR": str(catalogue.settings.data_dir),
        "CATALOGUE_DATABASE_URL": "",
        "GITHUB_TOKEN": "test-token-not-secret",
    }
    with log_path(catalogue).open("w") as log:  # the process keeps its own copy
        return subprocess.Popen(
            [
                *HARVEST,
                *("--api-url", github.api_url, "--no-index"),
                *(("--every", "3600") if every else ()),
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def log_path(catalogue) -> Path:
    return catalogue.settings.data_dir.parent / "harvester.log"


def wait_for(condition, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, process.returncode
        assert time.monotonic() < deadline, "the harvester never got there"
        time.sleep(0.1)


def test_sigterm_between_runs_exits_cleanly_at_once(catalogue, github):
    catalogue.register("aaa", "aaa-org")
    small_org(github, "aaa-org", 1)
    harvester = start_harvester(catalogue, github, "--request-interval", "0")
    # Waiting for the next run once it says so (after the run's own follow-up work).
    wait_for(lambda: "next harvest in" in log_path(catalogue).read_text(), harvester)
    started = time.monotonic()
    harvester.send_signal(signal.SIGTERM)
    harvester.wait(timeout=30)
    errors = log_path(catalogue).read_text()

    assert harvester.returncode == 0, errors
    assert time.monotonic() - started < 5, "it left the hour-long wait at once"
    assert "SIGTERM received" in errors
    assert "harvester stopped" in errors


def test_sigterm_during_a_run_stops_after_the_repository_in_hand(catalogue, github):
    catalogue.register("aaa", "aaa-org")
    small_org(github, "aaa-org", 12)
    # Paced requests make the run long enough to be caught in the middle.
    harvester = start_harvester(catalogue, github, "--request-interval", "0.3")
    wait_for(lambda: len(catalogue.components()) >= 2, harvester)
    harvester.send_signal(signal.SIGTERM)
    harvester.wait(timeout=60)
    errors = log_path(catalogue).read_text()

    assert harvester.returncode == 0, errors
    assert "stopping after the repository in hand" in errors
    assert "Traceback" not in errors
    kept = catalogue.components()
    assert 2 <= len(kept) < 12, "it stopped part-way, keeping what it had committed"
    assert [run.status for run in catalogue.runs()] == ["running"]
    # The next run marks the abandoned one interrupted and brings in the rest.
    summary = run_harvest(catalogue, github)
    assert summary.status == "complete"
    assert len(catalogue.components()) == 12
    assert [run.status for run in catalogue.runs()] == ["interrupted", "complete"]


def test_sigterm_stops_a_single_run_after_the_repository_in_hand(catalogue, github):
    catalogue.register("aaa", "aaa-org")
    small_org(github, "aaa-org", 12)
    harvester = start_harvester(catalogue, github, "--request-interval", "0.3", every=False)
    wait_for(lambda: len(catalogue.components()) >= 2, harvester)
    harvester.send_signal(signal.SIGTERM)
    harvester.wait(timeout=60)
    errors = log_path(catalogue).read_text()

    assert harvester.returncode == 75, errors  # EX_TEMPFAIL: try again later, not killed
    assert "stopping after the repository in hand" in errors
    assert "harvest stopped" in errors and "Traceback" not in errors
    assert 2 <= len(catalogue.components()) < 12
    assert run_harvest(catalogue, github).status == "complete"
    assert len(catalogue.components()) == 12


@pytest.mark.timeout(120)
def test_a_run_waiting_out_a_rate_limit_is_abandoned_after_the_grace(catalogue, github):
    catalogue.register("aaa", "aaa-org")
    small_org(github, "aaa-org", 3)
    github.exhaust_rate_limit(after=2, reset_in=300)  # the client would sleep five minutes
    harvester = start_harvester(catalogue, github, "--request-interval", "0", "--max-wait", "600")
    wait_for(lambda: github.remaining == 0, harvester)
    time.sleep(1)  # into the wait
    started = time.monotonic()
    harvester.send_signal(signal.SIGTERM)
    harvester.wait(timeout=60)
    errors = log_path(catalogue).read_text()

    assert harvester.returncode == 0, errors
    assert GRACE_SECONDS <= time.monotonic() - started < GRACE_SECONDS + 15
    assert "abandoning the harvest in hand" in errors
    assert "Traceback" not in errors
    assert [run.status for run in catalogue.runs()] == ["running"]
