"""`catalogue serve` stops on SIGTERM with status 0, with one worker or several."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from catalogue.migrate import upgrade
from tests.support.topology import ROOT, free_port, wait_until_answers


def alive(process: subprocess.Popen):
    def check() -> None:
        assert process.poll() is None, process.communicate()

    return check


@pytest.mark.timeout(300)
@pytest.mark.parametrize("workers", [1, 2])
def test_serve_exits_zero_on_sigterm(tmp_path, workers):
    upgrade(f"sqlite:///{tmp_path / 'catalogue.sqlite'}")
    port = free_port()
    env = {
        **os.environ,
        "CATALOGUE_DATA_DIR": str(tmp_path),
        "CATALOGUE_DATABASE_URL": "",
        "CATALOGUE_BASE_URL": f"http://127.0.0.1:{port}",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port), "--workers", str(workers)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/health/live", alive(server))
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode == 0, output[-3000:]
    assert "Application shutdown complete" in output
    assert "Traceback" not in output
