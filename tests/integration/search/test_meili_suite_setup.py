"""The Meilisearch cases of the engine suites: skipped without MEILI_URL, failed when it is down."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ONE_CASE = ["-m", "meili", "-k", "a_document_is_found_once_indexed", "tests/contract/search"]


def run_pytest(env_changes: dict[str, str | None]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEILI_")}
    env.update({k: v for k, v in env_changes.items() if v is not None})
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:randomly", *ONE_CASE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_without_meili_url_the_meilisearch_cases_skip_saying_why():
    result = run_pytest({})
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    assert "MEILI_URL is not set" in result.stdout


def test_with_meili_url_set_but_unreachable_the_suite_fails():
    url = f"http://127.0.0.1:{closed_port()}"
    result = run_pytest({"MEILI_URL": url, "MEILI_MASTER_KEY": "not-a-real-key"})
    assert result.returncode == 1, result.stdout
    assert "skipped" not in result.stdout
    assert f"MEILI_URL is set to {url}, but that Meilisearch cannot be tested" in result.stdout
    assert "not-a-real-key" not in result.stdout + result.stderr


def test_make_test_meili_refuses_to_run_without_meili_url():
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEILI_")}
    result = subprocess.run(
        ["make", "--no-print-directory", "test-meili"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "set MEILI_URL" in result.stderr
