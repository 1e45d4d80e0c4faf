"""Print duplicate precision and recall on the bundled snapshot, by part and by origin.

.venv/bin/python -m tests.unit.similarity.duplicate_report
.venv/bin/python -m tests.unit.similarity.duplicate_report --fresh   # the first fresh set (studied now)
.venv/bin/python -m tests.unit.similarity.duplicate_report --final   # the second fresh set, at the end
.venv/bin/python -m tests.unit.similarity.duplicate_report --final3  # the third fresh set, at the end
.venv/bin/python -m tests.unit.similarity.duplicate_report --final4  # the fourth fresh set, at the end
.venv/bin/python -m tests.unit.similarity.duplicate_report --final5  # the fifth fresh set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final6  # the sixth fresh set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final7  # seventh set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final8  # eighth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final9  # ninth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final10  # tenth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final11  # eleventh set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final12  # twelfth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final13  # thirteenth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final14  # fourteenth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final15  # fifteenth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final16  # sixteenth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final17  # seventeenth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final18  # eighteenth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final19  # nineteenth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final20  # twentieth set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final21  # twenty-first set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final22  # twenty-second set, next session
.venv/bin/python -m tests.unit.similarity.duplicate_report --final23  # twenty-third set, next session
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from search.similarity import analyse
from tests.unit.similarity.duplicate_labels import (
    AMBIGUOUS_PAIRS,
    cluster_pairs,
    labelled_pairs,
    precision_recall,
)
from tests.unit.similarity.duplicate_labels_fresh import FRESH_AMBIGUOUS, FRESH_GROUPS
from tests.unit.similarity.duplicate_labels_fresh2 import FRESH2_AMBIGUOUS, FRESH2_GROUPS
from tests.unit.similarity.duplicate_labels_fresh3 import FRESH3_AMBIGUOUS, FRESH3_GROUPS
from tests.unit.similarity.duplicate_labels_fresh4 import FRESH4_AMBIGUOUS, FRESH4_GROUPS
from tests.unit.similarity.duplicate_labels_fresh5 import FRESH5_AMBIGUOUS, FRESH5_GROUPS
from tests.unit.similarity.duplicate_labels_fresh6 import FRESH6_AMBIGUOUS, FRESH6_GROUPS
from tests.unit.similarity.duplicate_labels_fresh7 import FRESH7_AMBIGUOUS, FRESH7_GROUPS
from tests.unit.similarity.duplicate_labels_fresh8 import FRESH8_AMBIGUOUS, FRESH8_GROUPS
from tests.unit.similarity.duplicate_labels_fresh9 import FRESH9_AMBIGUOUS, FRESH9_GROUPS
from tests.unit.similarity.duplicate_labels_fresh10 import FRESH10_AMBIGUOUS, FRESH10_GROUPS
from tests.unit.similarity.duplicate_labels_fresh11 import FRESH11_AMBIGUOUS, FRESH11_GROUPS
from tests.unit.similarity.duplicate_labels_fresh12 import FRESH12_AMBIGUOUS, FRESH12_GROUPS
from tests.unit.similarity.duplicate_labels_fresh13 import FRESH13_AMBIGUOUS, FRESH13_GROUPS
from tests.unit.similarity.duplicate_labels_fresh14 import FRESH14_AMBIGUOUS, FRESH14_GROUPS
from tests.unit.similarity.duplicate_labels_fresh15 import FRESH15_AMBIGUOUS, FRESH15_GROUPS
from tests.unit.similarity.duplicate_labels_fresh16 import FRESH16_AMBIGUOUS, FRESH16_GROUPS
from tests.unit.similarity.duplicate_labels_fresh17 import FRESH17_AMBIGUOUS, FRESH17_GROUPS
from tests.unit.similarity.duplicate_labels_fresh18 import FRESH18_AMBIGUOUS, FRESH18_GROUPS
from tests.unit.similarity.duplicate_labels_fresh19 import FRESH19_AMBIGUOUS, FRESH19_GROUPS
from tests.unit.similarity.duplicate_labels_fresh20 import FRESH20_AMBIGUOUS, FRESH20_GROUPS
from tests.unit.similarity.duplicate_labels_fresh21 import FRESH21_AMBIGUOUS, FRESH21_GROUPS
from tests.unit.similarity.duplicate_labels_fresh22 import FRESH22_AMBIGUOUS, FRESH22_GROUPS
from tests.unit.similarity.duplicate_labels_fresh23 import FRESH23_AMBIGUOUS, FRESH23_GROUPS
from tests.unit.similarity.duplicate_split import (
    ALL_AMBIGUOUS,
    ALL_GROUPS,
    ORIGIN,
    part,
    part_pairs,
)
from tests.unit.similarity.snapshot_items import load_snapshot_items

# Flag -> the fresh set it scores: label, groups, ambiguous members.
FRESH_SETS = {
    "--fresh": ("fresh", FRESH_GROUPS, FRESH_AMBIGUOUS),
    "--final": ("final", FRESH2_GROUPS, FRESH2_AMBIGUOUS),
    "--final3": ("final3", FRESH3_GROUPS, FRESH3_AMBIGUOUS),
    "--final4": ("final4", FRESH4_GROUPS, FRESH4_AMBIGUOUS),
    "--final5": ("final5", FRESH5_GROUPS, FRESH5_AMBIGUOUS),
    "--final6": ("final6", FRESH6_GROUPS, FRESH6_AMBIGUOUS),
    "--final7": ("final7", FRESH7_GROUPS, FRESH7_AMBIGUOUS),
    "--final8": ("final8", FRESH8_GROUPS, FRESH8_AMBIGUOUS),
    "--final9": ("final9", FRESH9_GROUPS, FRESH9_AMBIGUOUS),
    "--final10": ("final10", FRESH10_GROUPS, FRESH10_AMBIGUOUS),
    "--final11": ("final11", FRESH11_GROUPS, FRESH11_AMBIGUOUS),
    "--final12": ("final12", FRESH12_GROUPS, FRESH12_AMBIGUOUS),
    "--final13": ("final13", FRESH13_GROUPS, FRESH13_AMBIGUOUS),
    "--final14": ("final14", FRESH14_GROUPS, FRESH14_AMBIGUOUS),
    "--final15": ("final15", FRESH15_GROUPS, FRESH15_AMBIGUOUS),
    "--final16": ("final16", FRESH16_GROUPS, FRESH16_AMBIGUOUS),
    "--final17": ("final17", FRESH17_GROUPS, FRESH17_AMBIGUOUS),
    "--final18": ("final18", FRESH18_GROUPS, FRESH18_AMBIGUOUS),
    "--final19": ("final19", FRESH19_GROUPS, FRESH19_AMBIGUOUS),
    "--final20": ("final20", FRESH20_GROUPS, FRESH20_AMBIGUOUS),
    "--final21": ("final21", FRESH21_GROUPS, FRESH21_AMBIGUOUS),
    "--final22": ("final22", FRESH22_GROUPS, FRESH22_AMBIGUOUS),
    "--final23": ("final23", FRESH23_GROUPS, FRESH23_AMBIGUOUS),
}


def main() -> None:
    items = load_snapshot_items()
    result = analyse(items, now=datetime(2026, 11, 26, tzinfo=UTC))
    organisation_of = {item.full_name: item.organisation for item in items}
    clusters = cluster_pairs(
        [[m.full_name for m in c.members] for c in result.clusters], organisation_of
    )
    names = result.components
    pairs = {tuple(sorted((names[p.a].full_name, names[p.b].full_name))) for p in result.pairs}
    # P: every predicted pair no group labels counts as wrong. P near: only predicted pairs with
    # a member of the part's own groups at one end are judged, as a check on labelled groups is.
    for flag, (label, groups, ambiguous) in FRESH_SETS.items():
        if flag in sys.argv[1:]:
            _fresh(organisation_of, clusters, pairs, label, groups, ambiguous)
            return
    print(f"{'':26} {'clusters P, P near / R':>30} {'similar pairs P, P near / R':>30}")
    for origin in ("old", "new", "all"):
        for where in ("tuning", "held-out"):
            positives, ignored = part_pairs(organisation_of, where, origin)
            near = {
                name
                for group, members in ALL_GROUPS.items()
                if part(group) == where and origin in (ORIGIN[group], "all")
                for name in members
            }
            cells = []
            for predicted in (clusters, pairs):
                relevant = {p for p in predicted if p in positives or p not in ignored}
                precision, recall, _, _ = precision_recall(relevant, positives, ignored)
                close = {p for p in relevant if p[0] in near or p[1] in near}
                near_precision, _, _, _ = precision_recall(close, positives, ignored)
                cells.append(
                    f"{precision:.2f}, {near_precision:.2f} / {recall:.2f} ({len(positives):3})"
                )
            print(f"{origin + ' groups, ' + where:26} {cells[0]:>30} {cells[1]:>30}")


def _fresh(
    organisation_of: dict[str, str], clusters: set, pairs: set, label: str, groups, ambiguous_
) -> None:
    """A fresh set's groups: only predicted pairs with one of its members at one end are judged
    (every other labelled pair is ignored), so precision here is 'P near'."""
    positives, ambiguous = labelled_pairs(organisation_of, groups, ambiguous_, [])
    others, other_ignored = labelled_pairs(
        organisation_of, ALL_GROUPS, ALL_AMBIGUOUS, AMBIGUOUS_PAIRS
    )
    ignored = ambiguous | ((others | other_ignored) - positives)
    members = {name for group in groups.values() for name in group}
    for kind, predicted in (("clusters", clusters), ("similar pairs", pairs)):
        near = {p for p in predicted if p[0] in members or p[1] in members}
        precision, recall, _, _ = precision_recall(near, positives, ignored)
        print(
            f"{label} groups, {kind:14} P near {precision:.2f} / R {recall:.2f} ({len(positives)})"
        )


if __name__ == "__main__":
    main()
