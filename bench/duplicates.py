"""Benchmark: all similar pairs and clusters for 100,000 synthetic components.

Synthetic components are variations of the 240 bundled repositories: each takes a random base,
keeps a random part of its README lines and description words, mixes in lines of another base,
sprinkles words from a large made-up vocabulary (so the vocabulary grows as a real catalogue's
does), renames it, and keeps part of its dependencies plus a few made-up ones. They are spread
over 2,500 organisations, so every base has hundreds of cross-organisation near-duplicates: a
harder case for nearest neighbours than a real catalogue.

    .venv/bin/python bench/duplicates.py [--components 100000] [--seed 7]

Prints the time and peak memory of each stage; the budget is 60 s and 4 GB on 2 cores.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search.similarity import SimilarityItem, analyse, representation_of  # noqa: E402
from search.similarity.check import CheckIndex  # noqa: E402
from search.similarity.clusters import ClusterParams, build_clusters  # noqa: E402
from search.similarity.pairs import SimilarityParams, find_pairs  # noqa: E402
from search.similarity.vectors import fit_dependencies, fit_text  # noqa: E402
from tests.unit.similarity.snapshot_items import load_snapshot_items  # noqa: E402

SECTORS = ["central-government", "local-government", "health", "education", "arms-length-body"]
TIME_BUDGET = 60.0
MEMORY_BUDGET_GB = 4.0


def peak_gb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def children_cpu() -> float:
    """CPU seconds used by finished worker processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def children_peak_gb() -> float:
    """Largest peak resident memory of any finished worker process."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024


def made_up_words(rng: np.random.Generator, count: int) -> np.ndarray:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(4, 10, size=count)
    return np.array(["".join(rng.choice(letters, size=n)) for n in lengths], dtype=object)


def synthesise(bases: list[SimilarityItem], count: int, seed: int) -> list[SimilarityItem]:
    """`count` components varied from `bases`, deterministic for a seed."""
    rng = np.random.default_rng(seed)
    words = made_up_words(rng, 60_000)
    packages = made_up_words(rng, 20_000)
    # Zipf-like draws: a few made-up words are common, most are rare, as in real text.
    word_draw = np.minimum(rng.zipf(1.3, size=count * 40) - 1, words.size - 1)
    package_draw = np.minimum(rng.zipf(1.5, size=count * 4) - 1, packages.size - 1)
    base_lines = [b.readme.splitlines() for b in bases]
    organisations = [f"org-{k:04d}" for k in range(2500)]
    now = datetime(2026, 11, 1, tzinfo=UTC)
    items = []
    for k in range(count):
        base = bases[int(rng.integers(len(bases)))]
        other = int(rng.integers(len(bases)))
        extra = words[word_draw[k * 40 : k * 40 + 40]].tolist()
        lines = base_lines[base.id]
        keep = rng.random(len(lines)) < 0.7
        readme_lines = [line for line, kept in zip(lines, keep, strict=True) if kept]
        borrowed = base_lines[other][: int(rng.integers(0, 8))]
        readme = "\n".join(readme_lines + borrowed + [" ".join(extra[:30])])
        description_words = base.description.split()
        if description_words:
            mask = rng.random(len(description_words)) < 0.8
            description_words = [w for w, m in zip(description_words, mask, strict=True) if m]
        description = " ".join(description_words + extra[30:34])
        dependencies = [d for d in base.dependencies if rng.random() < 0.7]
        dependencies += [
            ("npm", str(name)) for name in packages[package_draw[k * 4 : k * 4 + 4]].tolist()
        ]
        organisation = organisations[int(rng.integers(len(organisations)))]
        items.append(
            SimilarityItem(
                id=k,
                full_name=f"{organisation}/{base.name}-{extra[35]}-{k}",
                organisation=organisation,
                sector=SECTORS[int(rng.integers(len(SECTORS)))],
                name=f"{base.name}-{extra[36]}",
                description=description,
                readme=readme,
                dependencies=tuple(sorted(set(dependencies))),
                component_type=base.component_type,
                fork=bool(rng.random() < 0.03),
                archived=bool(rng.random() < 0.05),
                primary_language=base.primary_language,
                pushed_at=now - timedelta(days=int(rng.integers(0, 1500))),
            )
        )
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--components", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--workers", type=int, default=2, help="worker processes for tokenising and pair scoring"
    )
    args = parser.parse_args()

    bases = load_snapshot_items()
    started = time.perf_counter()
    items = synthesise(bases, args.components, args.seed)
    text_chars = sum(len(i.readme) + len(i.description) for i in items)
    print(
        f"synthesised {len(items):,} components ({text_chars / 1e6:.0f} MB of text) "
        f"in {time.perf_counter() - started:.1f} s; peak so far {peak_gb():.2f} GB"
    )
    gc.collect()
    baseline = peak_gb()

    stages: dict[str, tuple[float, float]] = {}
    cpu_start = time.process_time()
    total_start = time.perf_counter()

    def timed(name, work):
        wall, cpu, child = time.perf_counter(), time.process_time(), children_cpu()
        result = work()
        stages[name] = (
            time.perf_counter() - wall,
            time.process_time() - cpu + children_cpu() - child,
        )
        return result

    text = timed("text vectors", lambda: fit_text(items, args.workers))
    deps = timed("dependency vectors", lambda: fit_dependencies(items))
    params = SimilarityParams(workers=args.workers)
    pairs = timed("pairs (neighbours + reasons)", lambda: find_pairs(items, text, deps, params))
    # As analyse does: every pair of members compared on the vectors up to the limit only.
    limit = ClusterParams().representation_limit
    representation = representation_of(text, deps, params) if len(items) <= limit else None
    clusters = timed(
        "clusters",
        lambda: build_clusters(items, pairs, now=None, representation=representation),
    )
    total = time.perf_counter() - total_start
    cpu = time.process_time() - cpu_start
    child_cpu = children_cpu()
    # Workers are forked and share the parent's pages, so adding their peak overcounts: an
    # upper bound on what the machine needs.
    peak = peak_gb()
    workers_peak = children_peak_gb()

    print(
        f"vocabulary {len(text.terms):,} terms; {text.vectors.nnz:,} non-zeros; "
        f"{len(deps.keys):,} dependencies"
    )
    for stage, (stage_wall, stage_cpu) in stages.items():
        print(f"  {stage:<30} {stage_wall:6.1f} s wall {stage_cpu:6.1f} s CPU (all processes)")
    print(
        f"pairs: {len(pairs):,}; clusters: {len(clusters):,} "
        f"(largest {max((c.size for c in clusters), default=0)})"
    )
    copies = sum(1 for p in pairs if p.relation == "copy")
    print(f"pair relations: {copies:,} copies, {len(pairs) - copies:,} rebuilds")
    print(
        f"TOTAL {total:.1f} s wall (budget {TIME_BUDGET:.0f} s); CPU {cpu:.1f} s main "
        f"+ {child_cpu:.1f} s workers ({args.workers} worker processes)"
    )
    upper_bound = peak + (workers_peak * args.workers if args.workers > 1 else 0.0)
    print(
        f"peak memory: main process {peak:.2f} GB (before analysis {baseline:.2f} GB); "
        f"largest worker {workers_peak:.2f} GB; main + all workers at their peaks "
        f"{upper_bound:.2f} GB (budget {MEMORY_BUDGET_GB:.0f} GB)"
    )

    index = CheckIndex(items, text)
    queries = [
        "A component library of accessible GOV.UK style web components in React",
        "Adnabod lleferydd Cymraeg ar gyfer trawsgrifio cyfarfodydd",
        "x" * 5000,
        " ".join(["address lookup postcode"] * 200),
    ]
    for query in queries:
        start = time.perf_counter()
        found = index.check(query[:5000])
        took = (time.perf_counter() - start) * 1000
        print(f"check ({len(query[:5000]):>5} chars): {len(found)} matches in {took:.1f} ms")

    ok = total <= TIME_BUDGET and upper_bound <= MEMORY_BUDGET_GB
    print("WITHIN BUDGET" if ok else "OVER BUDGET")
    # `analyse` is the one-call entry point; make sure it agrees with the staged run.
    if args.components <= 5000:
        assert len(analyse(items).pairs) == len(pairs)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
