"""Print duplicate precision and recall on the bundled snapshot, by part and by origin.

.venv/bin/python -m tests.unit.similarity.duplicate_report
"""

from __future__ import annotations

from datetime import UTC, datetime

from search.similarity import analyse
from tests.unit.similarity.duplicate_labels import cluster_pairs, precision_recall
from tests.unit.similarity.duplicate_split import part_pairs
from tests.unit.similarity.snapshot_items import load_snapshot_items


def main() -> None:
    items = load_snapshot_items()
    result = analyse(items, now=datetime(2026, 11, 26, tzinfo=UTC))
    organisation_of = {item.full_name: item.organisation for item in items}
    clusters = cluster_pairs(
        [[m.full_name for m in c.members] for c in result.clusters], organisation_of
    )
    names = result.components
    pairs = {tuple(sorted((names[p.a].full_name, names[p.b].full_name))) for p in result.pairs}
    print(f"{'':26} {'clusters P / R':>22} {'similar pairs P / R':>22}")
    for origin in ("old", "new", "all"):
        for where in ("tuning", "held-out"):
            positives, ignored = part_pairs(organisation_of, where, origin)
            cells = []
            for predicted in (clusters, pairs):
                relevant = {p for p in predicted if p in positives or p not in ignored}
                precision, recall, _, _ = precision_recall(relevant, positives, ignored)
                cells.append(f"{precision:.2f} / {recall:.2f} ({len(positives):3})")
            print(f"{origin + ' groups, ' + where:26} {cells[0]:>22} {cells[1]:>22}")


if __name__ == "__main__":
    main()
