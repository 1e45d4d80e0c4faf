"""`catalogue serve` logs every request, but never a password reset link's token."""

import logging
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from web.redaction import RedactSecrets, redact

ROOT = Path(__file__).resolve().parents[3]
TOKEN = "Zq3" + "x" * 40


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_the_access_log_blanks_reset_tokens(tmp_path):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("CATALOGUE_", "MEILI"))}
    environment["CATALOGUE_DATA_DIR"] = str(tmp_path)
    catalogue = [sys.executable, "-m", "cli"]
    upgraded = subprocess.run(
        [*catalogue, "db", "upgrade"], cwd=ROOT, env=environment, capture_output=True, timeout=120
    )
    assert upgraded.returncode == 0, upgraded.stderr
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [*catalogue, "serve", "--port", str(port)],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while not _listening(port):
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
            assert _get(f"{base}/account/reset/{TOKEN}") == 404
            assert _get(f"{base}/cy/account/reset/{TOKEN}?x=1") == 404
            assert _get(f"{base}/about") == 200
        finally:
            server.terminate()
            server.wait(timeout=30)
    written = log.read_text()
    assert '"GET /about HTTP/1.1" 200' in written, written
    assert '"GET /account/reset/[redacted] HTTP/1.1" 404' in written, written
    assert "/cy/account/reset/[redacted]?x=1" in written, written
    assert TOKEN not in written


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_tokens_are_blanked_however_they_appear():
    assert redact("/account/reset/abc_DEF-123") == "/account/reset/[redacted]"
    assert redact("/cy/account/reset/abc?x=1") == "/cy/account/reset/[redacted]?x=1"
    assert redact("next=%2Faccount%2Freset%2Fabc&y=2") == "next=%2Faccount%2Freset%2F[redacted]&y=2"
    assert redact("/account/reset-done") == "/account/reset-done"
    blank = RedactSecrets()
    entry = logging.LogRecord(
        "uvicorn.access", logging.INFO, __file__, 1, "%s %s", ("GET", "/account/reset/abc"), None
    )
    assert blank.filter(entry)
    assert entry.getMessage() == "GET /account/reset/[redacted]"
