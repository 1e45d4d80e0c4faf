"""Soak the single-node production topology: nginx, two web workers on PostgreSQL, the harvester
on a short schedule against the GitHub double, `catalogue index` rebuilding now and then, under a
mixed English/Welsh load of searches and page views.

    .venv/bin/python bench/soak.py                 # 10 minutes, starts the topology itself
    .venv/bin/python bench/soak.py --seconds 120
    .venv/bin/python bench/soak.py --url http://127.0.0.1:8080 --seconds 30 --json   # load only

Prints throughput, p50/p95/p99 latency, errors and web memory each interval, then a summary.
PostgreSQL comes from CATALOGUE_TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1/test).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS_EN = [
    "design system",
    "health",
    "school",
    "bins",
    "map",
    "form",
    "data",
    "api",
    "nhs",
    "python",
]
WORDS_CY = ["cymraeg", "iechyd", "lleferydd", "gwasanaeth", "cyngor", "ysgol", "data", "mapiau"]
PAGES = ["/", "/cy", "/about", "/cy/about", "/organisations", "/cy/organisations", "/insight"]


def request_paths(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return f"/search?q={quote(rng.choice(WORDS_EN))}&page={rng.randint(1, 2)}"
    if roll < 0.7:
        return f"/cy/search?q={quote(rng.choice(WORDS_CY))}"
    if roll < 0.85:
        return f"/components/{rng.randint(1, 445)}"
    return rng.choice(PAGES)


class Load:
    """Client threads, each from its own loopback address, recording status and latency."""

    def __init__(self, url: str, clients: int = 4) -> None:
        host, port = url.split("//", 1)[1].split(":")
        self.host, self.port, self.clients = host, int(port), clients
        self.lock = threading.Lock()
        self.samples: list[tuple[float, float, int | str]] = []  # (finished at, seconds, status)
        self.stop = threading.Event()

    def _client(self, number: int) -> None:
        rng = random.Random(number)
        source = (f"127.0.0.{number + 10}", 0)
        conn = None
        while not self.stop.is_set():
            path = request_paths(rng)
            started = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(
                        self.host, self.port, timeout=30, source_address=source
                    )
                conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
                answer = conn.getresponse()
                answer.read()
                status: int | str = answer.status
                if answer.getheader("connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as exc:
                status = type(exc).__name__
                if conn is not None:
                    conn.close()
                conn = None
            with self.lock:
                self.samples.append((time.monotonic(), time.perf_counter() - started, status))

    def run(self, seconds: float, every: float = 10.0, report=None) -> dict:
        threads = [
            threading.Thread(target=self._client, args=(n,), daemon=True)
            for n in range(self.clients)
        ]
        begun = time.monotonic()
        for thread in threads:
            thread.start()
        seen = 0
        while time.monotonic() - begun < seconds:
            time.sleep(min(every, max(0.1, seconds - (time.monotonic() - begun))))
            with self.lock:
                window = self.samples[seen:]
                seen = len(self.samples)
            if report is not None:
                report(time.monotonic() - begun, summarise(window, every))
        self.stop.set()
        for thread in threads:
            thread.join(timeout=35)
        return summarise(self.samples, time.monotonic() - begun)


def summarise(samples: list[tuple[float, float, int | str]], seconds: float) -> dict:
    latencies = sorted(s[1] for s in samples)
    statuses = Counter(str(s[2]) for s in samples)

    def percentile(share: float) -> float:
        if not latencies:
            return 0.0
        return round(latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000, 1)

    errors = sum(n for status, n in statuses.items() if not status.isdigit() or status >= "500")
    return {
        "requests": len(samples),
        "per_second": round(len(samples) / seconds, 1) if seconds else 0.0,
        "p50_ms": percentile(0.50),
        "p95_ms": percentile(0.95),
        "p99_ms": percentile(0.99),
        "errors": errors,
        "statuses": dict(statuses),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--url", help="Load an already running topology (nginx's URL) only.")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--every", type=float, default=30, help="Report interval (seconds).")
    parser.add_argument("--json", action="store_true", help="Print only the summary as JSON.")
    args = parser.parse_args()
    if args.url:
        summary = Load(args.url, args.clients).run(args.seconds, args.every)
        print(json.dumps(summary))
        return 0
    from tests.support.topology import Topology

    postgres = os.environ.get(
        "CATALOGUE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    with tempfile.TemporaryDirectory(prefix="soak-") as root:
        topology = Topology(Path(root), postgres, api_rate_limit=100_000).start()
        print(f"Python {sys.version.split()[0]}; topology at {topology.url}", flush=True)
        print(" time s  req/s   p50 ms   p95 ms   p99 ms  errors  web RSS MiB", flush=True)
        stop_rebuilds = threading.Event()

        def rebuild_now_and_then() -> None:
            while not stop_rebuilds.wait(45):
                topology.catalogue("index", check=False)

        rebuilder = threading.Thread(target=rebuild_now_and_then, daemon=True)
        rebuilder.start()

        def report(elapsed: float, window: dict) -> None:
            print(
                f"{elapsed:7.0f} {window['per_second']:6.1f} {window['p50_ms']:8.1f} "
                f"{window['p95_ms']:8.1f} {window['p99_ms']:8.1f} {window['errors']:7d} "
                f"{topology.web_memory_kib() / 1024:12.1f}",
                flush=True,
            )

        try:
            summary = Load(topology.url, args.clients).run(args.seconds, args.every, report)
        finally:
            stop_rebuilds.set()
            rebuilder.join(timeout=120)
            codes = topology.stop()
        print("summary:", json.dumps(summary))
        print("exit codes:", codes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
