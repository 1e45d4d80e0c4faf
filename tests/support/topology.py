"""The single-node production topology, started for real on loopback.

PostgreSQL (a schema of its own), `catalogue serve --workers 2`, nginx in front with forwarded
headers, the harvester on a short schedule against the GitHub double, and `catalogue index`
rebuilds on demand. Used by tests/integration/production/test_topology.py and bench/soak.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from string import Template

from sqlalchemy import create_engine, text

from tests.github_double import InMemoryGitHub

ROOT = Path(__file__).resolve().parents[2]
NGINX_TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
HARVESTED = [("cyngor-prawf", f"gwasanaeth-{n}") for n in range(6)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/sbin/nginx") if os.path.exists(p)), None
    )


def rss_kib(pid: int) -> int:
    """Resident memory of a process (KiB), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def wait_until_answers(url: str, check, seconds: float = 120) -> None:
    """Poll `url` until it answers 200, calling `check` (raise if a process died) meanwhile."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        check()
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer in {seconds} s")
        time.sleep(0.3)


class Topology:
    """Start with start(), stop with stop(); every process's output goes to files in `root`."""

    def __init__(self, root: Path, postgres_url: str, api_rate_limit: int = 120) -> None:
        self.root = root
        self.postgres_url = postgres_url
        self.schema = f"topo_{uuid.uuid4().hex[:10]}"
        self.app_port, self.nginx_port = free_port(), free_port()
        self.api_rate_limit = api_rate_limit
        self.github = InMemoryGitHub(prefix="/api/v3")
        self.processes: dict[str, subprocess.Popen] = {}
        separator = "&" if "?" in postgres_url else "?"
        self.database_url = f"{postgres_url}{separator}options=-csearch_path%3D{self.schema}"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.nginx_port}"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "CATALOGUE_DATA_DIR": str(self.root / "var"),
            "CATALOGUE_DATABASE_URL": self.database_url,
            "CATALOGUE_SECRET_KEY": "topology-" + "k" * 48,
            "CATALOGUE_TRUSTED_PROXIES": "127.0.0.1",
            "CATALOGUE_BASE_URL": self.url,
            "CATALOGUE_API_RATE_LIMIT": str(self.api_rate_limit),
            "GITHUB_TOKEN": "test-token-not-secret",
            "GITHUB_API_URL": self.github.api_url,
            "PYTHONFAULTHANDLER": "1",
        }

    def catalogue(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run one `catalogue` command to completion."""
        return subprocess.run(
            [sys.executable, "-m", "cli", *args],
            env=self.env(),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=check,
            timeout=600,
        )

    def _spawn(self, name: str, command: list[str]) -> subprocess.Popen:
        log = open(self.root / f"{name}.log", "w")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            command, env=self.env(), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        self.processes[name] = process
        return process

    def start(self) -> Topology:
        admin = create_engine(self.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        admin.dispose()
        self.github.start()
        for owner, name in HARVESTED:
            if owner not in {a for a in self.github.accounts}:
                self.github.add_account(owner)
            self.github.add_repo(owner, name, description=f"Gwasanaeth prawf {name}")
        self.catalogue("db", "upgrade")
        self.catalogue("load-snapshot")
        self.catalogue(
            "orgs",
            "add",
            "cyngor-prawf",
            "--name",
            "Cyngor Prawf",
            "--sector",
            "local-government",
            "--github",
            "cyngor-prawf",
        )
        self.catalogue("index")
        self._spawn(
            "web",
            [sys.executable, "-m", "cli", "serve", "--workers", "2", "--port", str(self.app_port)],
        )
        self._start_nginx()
        self._wait(f"{self.url}/health")
        self._spawn("harvester", [sys.executable, "-m", "cli", "harvest", "--every", "5"])
        return self

    def _start_nginx(self) -> None:
        prefix = self.root / "nginx"
        prefix.mkdir(exist_ok=True)
        config = Template(NGINX_TEMPLATE.read_text()).safe_substitute(
            prefix=prefix,
            app_port=self.app_port,
            listen_address="127.0.0.1",
            listen_port=self.nginx_port,
            # As root, nginx's workers would otherwise switch to 'nobody', who cannot write here.
            user_line="user root;" if os.geteuid() == 0 else "",
        )
        (prefix / "nginx.conf").write_text(config)
        self._spawn(
            "nginx",
            [
                nginx_binary(),
                "-p",
                str(prefix),
                "-c",
                str(prefix / "nginx.conf"),
                "-g",
                "daemon off;",
            ],
        )

    def _wait(self, url: str, seconds: float = 120) -> None:
        def check() -> None:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited: {(self.root / f'{name}.log').read_text()}")

        wait_until_answers(url, check, seconds)

    def workers(self) -> list[int]:
        """The web worker processes (uvicorn's supervisor spawns them)."""
        web = self.processes["web"].pid
        return [pid for pid in children(web) if "resource_tracker" not in _cmdline(pid)]

    def web_memory_kib(self) -> int:
        return sum(rss_kib(pid) for pid in self.workers())

    def stop(self) -> dict[str, int | None]:
        """Stop every process gracefully (SIGTERM); returns each one's exit code."""
        codes: dict[str, int | None] = {}
        for name in ("harvester", "nginx", "web"):
            process = self.processes.get(name)
            if process is None:
                continue
            if process.poll() is None:
                process.send_signal(signal.SIGQUIT if name == "nginx" else signal.SIGTERM)
                try:
                    process.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            codes[name] = process.returncode
        self.github.stop()
        admin = create_engine(self.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))
        admin.dispose()
        return codes


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""
