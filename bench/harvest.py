"""Benchmark: GitHub API requests a harvest costs, first and repeated, against the GitHub double.

Two catalogues are harvested over real HTTP on loopback, each into a fresh SQLite database:
the bundled snapshot (240 real repositories of 27 Welsh public bodies, with their real READMEs,
root files and manifests) and one synthetic organisation of 300 repositories. Each is harvested
twice with nothing changed in between, then once more after one repository is pushed to.

    .venv/bin/python bench/harvest.py [--repos 300] [--json]

Targets (issue 5): first harvest <= 6 requests per repository; a repeat harvest of an unchanged
300-repository organisation <= 4 requests in all, each conditional (answered 304).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalogue.db import make_engine, make_sessionmaker  # noqa: E402
from catalogue.migrate import upgrade  # noqa: E402
from catalogue.services import upsert_organisation  # noqa: E402
from catalogue.settings import Settings  # noqa: E402
from ingest.github import ClientOptions  # noqa: E402
from ingest.harvest import harvest  # noqa: E402
from ingest.harvest_report import HarvestOptions  # noqa: E402
from tests.github_double import InMemoryGitHub  # noqa: E402
from tests.github_double.data import (  # noqa: E402
    add_synthetic_organisation,
    load_snapshot,
    snapshot_organisations,
)

# No pacing against the local double; api.github.com runs use 0.25 s between requests.
CLIENT = ClientOptions(seconds_between_requests=0, backoff=0.05, secondary_wait=1, max_wait=30)


def _catalogue(directory: Path) -> tuple[Settings, object]:
    settings = Settings.from_env({"CATALOGUE_DATA_DIR": str(directory), "GITHUB_TOKEN": "bench"})
    upgrade(settings.database_url)
    return settings, make_engine(settings.database_url)


def _harvest(name: str, settings, engine, double: InMemoryGitHub) -> dict:
    mark = len(double.requests())
    started = time.perf_counter()
    summary = harvest(
        settings,
        HarvestOptions(api_url=double.api_url, client=CLIENT, index=False),
        engine=engine,
    )
    seconds = time.perf_counter() - started
    records = double.requests(mark)
    seen = summary.total("seen")
    per_repository = Counter(
        "/".join(r.path.split("/")[2:4]) for r in records if r.path.startswith("/repos/")
    )
    return {
        "harvest": name,
        "status": summary.status,
        "repositories": seen,
        "added": summary.total("added"),
        "changed": summary.total("changed"),
        "unchanged": summary.total("unchanged"),
        "requests": len(records),
        "requests_per_repository": round(len(records) / seen, 2) if seen else None,
        "most_for_one_repository": max(per_repository.values(), default=0),
        "conditional": sum(1 for r in records if r.conditional),
        "not_modified": sum(1 for r in records if r.status == 304),
        "rate_limit_cost": sum(1 for r in records if r.status != 304),
        "harvester_counted": summary.api_requests,
        "seconds": round(seconds, 2),
    }


def snapshot_scenario(directory: Path) -> list[dict]:
    settings, engine = _catalogue(directory)
    with InMemoryGitHub() as double:
        logins = {login.lower() for login in load_snapshot(double)}
        with make_sessionmaker(engine).begin() as session:
            for org in snapshot_organisations():
                accounts = [
                    ("github.com", a["login"])
                    for a in org["accounts"]
                    if a["login"].lower() in logins
                ]
                upsert_organisation(
                    session, org["slug"], org["name"], org["sector"], accounts=accounts
                )
        first = _harvest("snapshot: first", settings, engine, double)
        repeat = _harvest("snapshot: repeat, unchanged", settings, engine, double)
    engine.dispose()
    return [first, repeat]


def synthetic_scenario(directory: Path, repos: int) -> list[dict]:
    settings, engine = _catalogue(directory)
    with InMemoryGitHub() as double:
        add_synthetic_organisation(double, "big-org", repos)
        with make_sessionmaker(engine).begin() as session:
            upsert_organisation(
                session, "big-org", "Big", "health", accounts=[("github.com", "big-org")]
            )
        first = _harvest(f"{repos} repos: first", settings, engine, double)
        repeat = _harvest(f"{repos} repos: repeat, unchanged", settings, engine, double)
        double.update_repo("big-org/service-007", description="pushed to")
        one = _harvest(f"{repos} repos: one pushed", settings, engine, double)
    engine.dispose()
    return [first, repeat, one]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repos", type=int, default=300, help="size of the synthetic organisation")
    parser.add_argument("--json", action="store_true", help="print JSON rows")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = snapshot_scenario(Path(tmp) / "snapshot")
        rows += synthetic_scenario(Path(tmp) / "synthetic", args.repos)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    header = (
        f"{'harvest':34} {'repos':>5} {'requests':>8} {'per repo':>8} {'max 1':>5} "
        f"{'304s':>5} {'cost':>5} {'secs':>6}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['harvest']:34} {row['repositories']:>5} {row['requests']:>8} "
            f"{row['requests_per_repository']:>8} {row['most_for_one_repository']:>5} "
            f"{row['not_modified']:>5} "
            f"{row['rate_limit_cost']:>5} {row['seconds']:>6}"
        )
    first_worst = max(r["requests_per_repository"] for r in rows if "first" in r["harvest"])
    repeat_300 = next(
        r for r in rows if r["harvest"].endswith("repeat, unchanged") and "repos" in r["harvest"]
    )
    print()
    print(f"first harvest, requests per repository: at most {first_worst} on average (target <= 6)")
    print(
        f"repeat of unchanged {args.repos}-repository organisation: {repeat_300['requests']} requests, "
        f"{repeat_300['conditional']} conditional, {repeat_300['not_modified']} answered 304 (target <= 4, all conditional)"
    )


if __name__ == "__main__":
    main()
