"""Benchmark the embedded search engine on corpora of 10,000 and 100,000 components.

Corpora are made by varying the bundled real data (ingest/data/snapshot/repositories.jsonl): each
component borrows a real repository's name, description and README, gets a made-up project word
(so the vocabulary grows as it would), mixes in a sentence from another repository, and is spread
over the real organisations, sectors, licences and dates. Each size runs in a fresh process so peak
memory is its own. Prints index build rate, query latency p50/p95/p99 over a fixed mix (single
words, several words, typos, prefixes, Welsh, needs in everyday words, filtered, all with facet
counts) and peak memory.

    .venv/bin/python bench/search.py                 # 10,000 and 100,000
    .venv/bin/python bench/search.py --sizes 10000   # one size
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search.backend import Query  # noqa: E402
from search.definitions import load_definitions  # noqa: E402
from search.embedded import EmbeddedSearchBackend  # noqa: E402
from search.facts import code_facts, dependency_words, module_words, split_name  # noqa: E402

SNAPSHOT = ROOT / "ingest" / "data" / "snapshot"
LICENCES = ["MIT", "Apache-2.0", "OGL-UK-3.0", "GPL-3.0-only", "", "BSD-3-Clause", "MPL-2.0"]
TYPES = ["library", "application", "design-system", "infrastructure", "data", "documentation"]
SYLLABLES = (
    "cad wyn tre for mel lin dra gon aber ban gor pen y bryn llan fach mawr nant coed".split()
)

# (label, text, filters): the fixed mix, each run with facet counts.
MIX: list[tuple[str, str, dict[str, tuple[str, ...]]]] = [
    ("single", "data", {}),
    ("single", "nhs", {}),
    ("single", "fhir", {}),
    ("single", "address", {}),
    ("single", "dashboard", {}),
    ("single", "docker", {}),
    ("multi", "design system", {}),
    ("multi", "speech recognition", {}),
    ("multi", "nhs number", {}),
    ("multi", "address lookup service", {}),
    ("multi", "book an appointment", {}),
    ("multi", "welsh spell checker", {}),
    ("typo", "adress", {}),
    ("typo", "dashbord", {}),
    ("typo", "recogniton", {}),
    ("typo", "questionaire", {}),
    ("prefix", "desi", {}),
    ("prefix", "spee", {}),
    ("prefix", "authen", {}),
    ("prefix", "nhs num", {}),
    ("welsh", "lleferydd", {}),
    ("welsh", "cyfieithu", {}),
    ("welsh", "gwasanaeth", {}),
    ("welsh", "nghyngor", {}),
    ("welsh", "adnabod lleferydd cymraeg", {}),
    ("vague", "make up pretend people to try our software on", {}),
    ("vague", "cadw hen ddolenni i weithio ar ôl symud i wefan newydd", {}),
    ("filtered", "data", {"sector": ("health",)}),
    ("filtered", "api", {"language": ("C#", "Python")}),
    ("filtered", "design system", {"type": ("design-system",), "activity": ("active",)}),
    ("filtered", "", {"organisation": ("dhcw",)}),
    ("filtered", "speech", {"welsh": ("yes",), "licence": ("MIT",)}),
    ("empty", "", {}),
]


def corpus(size: int, seed: int = 7):
    """Yield `size` search documents varied from the bundled repositories."""
    rng = random.Random(seed)
    definitions = load_definitions()
    repos = [json.loads(line) for line in (SNAPSHOT / "repositories.jsonl").open()]
    organisations = yaml.safe_load((SNAPSHOT / "organisations.yaml").read_text())
    sectors = {o["slug"]: o["sector"] for o in organisations}
    names = {o["slug"]: (o["name"], o.get("name_cy") or o["name"]) for o in organisations}
    slugs = list(sectors)
    topic_pool = sorted(
        {
            w.lower()
            for r in repos
            for w in (r["description"] or "").split()
            if w.isalpha() and 4 <= len(w) <= 12
        }
    )
    for i in range(size):
        base = repos[i % len(repos)]
        other = rng.choice(repos)
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        slug = base["organisation"] if rng.random() < 0.6 else rng.choice(slugs)
        sentence = (other["description"] or "").split(". ")[0]
        readme = base["readme"] or ""
        if rng.random() < 0.5:
            readme = readme[: rng.randint(200, max(300, len(readme)))]
        archived = rng.random() < 0.05
        updated = 1_600_000_000 + rng.randint(0, 200_000_000)
        topics = rng.sample(topic_pool, rng.randint(0, 4))
        name = f"{base['name']}-{word}"
        description = f"{base['description'] or ''} {sentence}".strip()
        yield {
            "id": i + 1,
            "full_name": f"{base['owner']}/{base['name']}-{word}",
            "name": name,
            "name_text": f"{base['name'].replace('-', ' ').replace('_', ' ')} {word}",
            "owner": base["owner"],
            "description": description,
            "description_cy": "",
            "topics": topics,
            "keywords": [],
            "facts": code_facts(base["languages"], base["files_sample"], base["manifests"]),
            # As search/documents.py: its own projects' names, then the packages it names.
            "dependencies": [
                *module_words(base["manifests"], base["name"]),
                *dependency_words(base["manifests"]),
            ],
            "readme": readme[:8000],
            "glosses": definitions.glosses([split_name(name), description, *topics]),
            "organisation": slug,
            "organisation_name": names[slug][0],
            "organisation_name_cy": names[slug][1],
            "sector": sectors[slug],
            "language": base["primary_language"] or "",
            "licence": base["license_spdx"] or rng.choice(LICENCES),
            "type": rng.choice(TYPES),
            "activity": "archived" if archived else rng.choice(["active", "stale"]),
            "publiccode": "yes" if rng.random() < 0.05 else "no",
            "welsh": "yes" if base["owner"] == "techiaith" or rng.random() < 0.1 else "no",
            "topic": topics,
            "archived": archived,
            "pushed_at": updated,
            "updated": updated,
            "first_seen": updated,
        }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_build(size: int, path: Path) -> dict:
    """Build one corpus into a fresh index file; the corpus is made before the clock starts."""
    docs = list(corpus(size))
    before = rss_mb()
    backend = EmbeddedSearchBackend(path)
    started, cpu = time.perf_counter(), time.process_time()
    backend.rebuild(iter(docs))
    build = time.perf_counter() - started
    build_cpu = time.process_time() - cpu
    backend.close()
    return {
        "size": size,
        "build_seconds": build,
        "build_rate": size / build,
        "build_cpu_seconds": build_cpu,
        "index_mb": path.stat().st_size / 1e6,
        "build_rss_mb": rss_mb(),
        "corpus_rss_mb": before,
    }


def run_queries(path: Path, rounds: int) -> dict:
    """Open the index as the web process would and time the query mix, uncached and cached."""
    backend = EmbeddedSearchBackend(path)
    started = time.perf_counter()
    backend.search(Query(text="warm up"))
    load = time.perf_counter() - started
    backend.warm()  # as the web app does at start: frequent words' lists, in the background
    preload = time.perf_counter() - started - load
    snapshot = backend._snapshot
    held = sum(found.nbytes for found in snapshot.frequent.values()) if snapshot else 0
    cpu_ms: list[float] = []

    def timed(cold: bool) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        for label, text, filters in MIX:
            if cold and backend._snapshot is not None:
                backend._snapshot.forget()  # drop cached per-word document lists
            started, cpu = time.perf_counter(), time.thread_time()
            backend.search(Query(text=text, filters=filters, facets=True))
            found.setdefault(label, []).append((time.perf_counter() - started) * 1000)
            cpu_ms.append((time.thread_time() - cpu) * 1000)
        return found

    cold: dict[str, list[float]] = {}
    warm: dict[str, list[float]] = {}
    for _ in range(rounds):
        for label, values in timed(cold=True).items():
            cold.setdefault(label, []).extend(values)
        for label, values in timed(cold=False).items():
            warm.setdefault(label, []).extend(values)
    backend.close()

    def summary(found: dict[str, list[float]]) -> dict:
        every = [v for values in found.values() for v in values]
        return {
            "p50": percentile(every, 0.50),
            "p95": percentile(every, 0.95),
            "p99": percentile(every, 0.99),
            "by_kind_p50": {k: statistics.median(v) for k, v in found.items()},
            "by_kind_max": {k: max(v) for k, v in found.items()},
        }

    return {
        "snapshot_load_seconds": load,
        "preload_seconds": preload,
        "preload_words": len(snapshot.frequent) if snapshot else 0,
        "preload_mb": held / 1e6,
        "uncached": summary(cold),
        "cached": summary(warm),
        "query_rss_mb": rss_mb(),
        "cpu_p50": percentile(cpu_ms, 0.50),
        "cpu_p95": percentile(cpu_ms, 0.95),
        "load_average": os.getloadavg(),
    }


def report(result: dict) -> None:
    print(f"\n== {result['size']:,} components ==")
    print(
        f"build: {result['build_seconds']:.1f} s = {result['build_rate']:,.0f} components/s; "
        f"index file {result['index_mb']:.0f} MB; first query (loads arrays) "
        f"{result['snapshot_load_seconds'] * 1000:.0f} ms"
    )
    print(
        f"frequent words held in memory: {result['preload_words']:,} words' document lists, "
        f"{result['preload_mb']:.0f} MB, read in {result['preload_seconds']:.1f} s after the "
        "first query (in the background)"
    )
    for name in ("uncached", "cached"):
        s = result[name]
        print(
            f"{name:>9} query latency: p50 {s['p50']:.1f} ms  p95 {s['p95']:.1f} ms  "
            f"p99 {s['p99']:.1f} ms"
        )
        kinds = "  ".join(
            f"{k} {v:.1f}/{s['by_kind_max'][k]:.1f}" for k, v in s["by_kind_p50"].items()
        )
        print(f"           per kind (p50/max ms): {kinds}")
    print(
        f"CPU time per query (all passes): p50 {result['cpu_p50']:.1f} ms  "
        f"p95 {result['cpu_p95']:.1f} ms; build CPU {result['build_cpu_seconds']:.1f} s = "
        f"{result['size'] / result['build_cpu_seconds']:,.0f} components per CPU-second"
    )
    print(
        f"peak memory (RSS): querying process {result['query_rss_mb']:.0f} MB; building process "
        f"{result['build_rss_mb']:.0f} MB, of which {result['corpus_rss_mb']:.0f} MB is the "
        "generated corpus held in memory"
    )
    load = ", ".join(f"{v:.1f}" for v in result["load_average"])
    print(f"machine load average at the end (1, 5, 15 min): {load}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", choices=["build", "query"], help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "build":
        print(json.dumps(run_build(args.sizes[0], args.path)))
        return
    if args.child == "query":
        print(json.dumps(run_queries(args.path, args.rounds)))
        return
    print(f"query mix: {len(MIX)} queries x {args.rounds} rounds, facet counts on every query")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "search.sqlite"
            result = {}
            for child in ("build", "query"):
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        child,
                        "--path",
                        str(path),
                        "--sizes",
                        str(size),
                        "--rounds",
                        str(args.rounds),
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                result.update(json.loads(out.strip().splitlines()[-1]))
        report(result)


if __name__ == "__main__":
    main()
