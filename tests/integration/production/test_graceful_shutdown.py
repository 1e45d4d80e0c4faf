"""`catalogue serve` stops on SIGTERM with status 0, with one worker or several; several workers
start with glibc's memory arenas bounded (web/cli.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from catalogue.migrate import upgrade
from tests.support.topology import ROOT, children, free_port, wait_until_answers


def alive(process: subprocess.Popen):
    def check() -> None:
        assert process.poll() is None, process.communicate()

    return check


@contextmanager
def serving(tmp_path, workers: int, **extra: str):
    upgrade(f"sqlite:///{tmp_path / 'catalogue.sqlite'}")
    port = free_port()
    env = {
        **os.environ,
        "CATALOGUE_DATA_DIR": str(tmp_path),
        "CATALOGUE_DATABASE_URL": "",
        "CATALOGUE_BASE_URL": f"http://127.0.0.1:{port}",
        **extra,
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port), "--workers", str(workers)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its workers are stopped with it, whatever happens
    )
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/health/live", alive(server))
        yield server
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.communicate(timeout=60)


def environment(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("workers", [1, 2])
def test_serve_exits_zero_on_sigterm(tmp_path, workers):
    with serving(tmp_path, workers) as server:
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
    assert server.returncode == 0, output[-3000:]
    assert "Application shutdown complete" in output
    assert "Traceback" not in output


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("given", "expected"), [(None, "2"), ("4", "4")])
def test_workers_start_with_bounded_memory_arenas_unless_the_operator_chose(
    tmp_path, monkeypatch, given, expected
):
    """A worker's memory grew by a tenth across index rebuilds with glibc's default arenas."""
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    extra = {"MALLOC_ARENA_MAX": given} if given else {}
    with serving(tmp_path, 2, **extra) as server:
        workers = children(server.pid)
        assert workers
        assert {environment(pid).get("MALLOC_ARENA_MAX") for pid in workers} == {expected}
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=60)
