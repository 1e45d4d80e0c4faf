"""Fingerprint the duplicated-effort analysis of the bundled snapshot, to prove a change keeps it.

Writes the clusters (as sets of member repositories), the similar pairs with their scores, and
the text vectors' largest difference from a previous run. Run it before a change and after:

    .venv/bin/python bench/duplicate_clusters.py --save /tmp/before.json
    .venv/bin/python bench/duplicate_clusters.py --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search.similarity import analyse  # noqa: E402
from search.similarity.vectors import fit_text  # noqa: E402
from tests.unit.similarity.snapshot_items import load_snapshot_items  # noqa: E402

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def fingerprint() -> dict:
    items = load_snapshot_items()
    names = {item.id: item.full_name for item in items}
    result = analyse(items, now=NOW)
    text = fit_text(items)
    return {
        "items": len(items),
        "clusters": sorted(sorted(m.full_name for m in c.members) for c in result.clusters),
        "pairs": sorted([names[p.a], names[p.b], round(float(p.score), 4)] for p in result.pairs),
        "vectors": text.vectors.toarray().tolist(),
        "terms": text.terms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    now = fingerprint()
    print(f"{now['items']} items, {len(now['clusters'])} clusters, {len(now['pairs'])} pairs")
    if args.save:
        args.save.write_text(json.dumps(now))
    if args.compare:
        before = json.loads(args.compare.read_text())
        same_clusters = before["clusters"] == now["clusters"]
        same_pairs = [p[:2] for p in before["pairs"]] == [p[:2] for p in now["pairs"]]
        score_gap = max(
            (abs(a[2] - b[2]) for a, b in zip(before["pairs"], now["pairs"], strict=False)),
            default=0.0,
        )
        gap = float("nan")
        if before["terms"] == now["terms"]:
            gap = float(np.abs(np.array(before["vectors"]) - np.array(now["vectors"])).max())
        print(f"same cluster membership: {same_clusters}")
        print(f"same similar pairs: {same_pairs} (largest score difference {score_gap:.4f})")
        print(f"largest difference in any text vector weight: {gap:.2e}")
        sys.exit(0 if same_clusters and same_pairs else 1)


if __name__ == "__main__":
    main()
