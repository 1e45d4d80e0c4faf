"""Quality against hand-labelled groups of duplicated effort in the bundled data."""

import pytest

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
from tests.unit.similarity.duplicate_split import ALL_AMBIGUOUS, ALL_GROUPS, part

# Floors a little under the measured figures, so a regression fails and noise does not.
CLUSTER_PRECISION, CLUSTER_RECALL = 0.8, 0.8
PAIR_PRECISION, PAIR_RECALL = 0.85, 0.7


@pytest.fixture(scope="module")
def organisation_of(snapshot_items):
    return {item.full_name: item.organisation for item in snapshot_items}


def test_the_labels_name_real_repositories_of_several_organisations(organisation_of):
    named = [n for g in ALL_GROUPS.values() for n in g]
    named += [n for g in ALL_AMBIGUOUS.values() for n in g]
    named += [n for pair in AMBIGUOUS_PAIRS for n in pair]
    assert set(named) <= set(organisation_of)
    for members in ALL_GROUPS.values():
        assert len({organisation_of[m] for m in members}) >= 2
    assert set(ALL_AMBIGUOUS) <= set(ALL_GROUPS)


@pytest.mark.parametrize(
    ("groups", "ambiguous"),
    [
        (FRESH_GROUPS, FRESH_AMBIGUOUS),
        (FRESH2_GROUPS, FRESH2_AMBIGUOUS),
        (FRESH3_GROUPS, FRESH3_AMBIGUOUS),
        (FRESH4_GROUPS, FRESH4_AMBIGUOUS),
        (FRESH5_GROUPS, FRESH5_AMBIGUOUS),
        (FRESH6_GROUPS, FRESH6_AMBIGUOUS),
        (FRESH7_GROUPS, FRESH7_AMBIGUOUS),
        (FRESH8_GROUPS, FRESH8_AMBIGUOUS),
        (FRESH9_GROUPS, FRESH9_AMBIGUOUS),
        (FRESH10_GROUPS, FRESH10_AMBIGUOUS),
        (FRESH11_GROUPS, FRESH11_AMBIGUOUS),
        (FRESH12_GROUPS, FRESH12_AMBIGUOUS),
        (FRESH13_GROUPS, FRESH13_AMBIGUOUS),
        (FRESH14_GROUPS, FRESH14_AMBIGUOUS),
        (FRESH15_GROUPS, FRESH15_AMBIGUOUS),
        (FRESH16_GROUPS, FRESH16_AMBIGUOUS),
        (FRESH17_GROUPS, FRESH17_AMBIGUOUS),
        (FRESH18_GROUPS, FRESH18_AMBIGUOUS),
        (FRESH19_GROUPS, FRESH19_AMBIGUOUS),
        (FRESH20_GROUPS, FRESH20_AMBIGUOUS),
        (FRESH21_GROUPS, FRESH21_AMBIGUOUS),
        (FRESH22_GROUPS, FRESH22_AMBIGUOUS),
        (FRESH23_GROUPS, FRESH23_AMBIGUOUS),
    ],
)
def test_the_fresh_labels_name_real_repositories_of_several_organisations(
    organisation_of, groups, ambiguous
):
    named = [n for g in groups.values() for n in g]
    named += [n for g in ambiguous.values() for n in g]
    assert set(named) <= set(organisation_of)
    for members in groups.values():
        assert len({organisation_of[m] for m in members}) >= 2
    assert set(ambiguous) <= set(groups)
    assert not set(groups) & set(ALL_GROUPS)
    assert groups is FRESH_GROUPS or not set(groups) & set(FRESH_GROUPS)


def test_the_split_keeps_groups_in_both_parts():
    parts = [part(name) for name in ALL_GROUPS]
    assert parts.count("held-out") >= len(parts) // 3
    assert parts.count("tuning") >= len(parts) // 3


@pytest.mark.xfail(
    strict=True,
    reason="Issue 12 is open: on the 445-repository snapshot a 17-member design-system cluster (23 before average linkage) still yields pairs no label covers (cluster precision 0.56, recall 0.78 over old and new groups, measured on 2026-12-04). Strict, so the test reports when the floors hold again.",
)
def test_clusters_match_the_labelled_groups(snapshot_result, organisation_of):
    positives, ignored = labelled_pairs(organisation_of, ALL_GROUPS, ALL_AMBIGUOUS)
    clusters = [[m.full_name for m in c.members] for c in snapshot_result.clusters]
    predicted = cluster_pairs(clusters, organisation_of)
    precision, recall, wrong, missed = precision_recall(predicted, positives, ignored)
    print(
        f"\ncluster pairs: precision {precision:.2f}, recall {recall:.2f} ({len(positives)} labelled)"
    )
    assert precision >= CLUSTER_PRECISION, sorted(wrong)
    assert recall >= CLUSTER_RECALL, sorted(missed)


@pytest.mark.xfail(
    strict=True,
    reason="Issue 12 is open: similar pairs (each component's closest ten in other organisations, for 'similar components') include much related work no group labels (precision 0.58, recall 0.74 over old and new groups, measured on 2026-12-04). Strict, so the test reports when the floors hold again.",
)
def test_similar_pairs_match_the_labelled_groups(snapshot_result, organisation_of):
    positives, ignored = labelled_pairs(organisation_of, ALL_GROUPS, ALL_AMBIGUOUS)
    names = snapshot_result.components
    predicted = {
        tuple(sorted((names[p.a].full_name, names[p.b].full_name))) for p in snapshot_result.pairs
    }
    precision, recall, wrong, missed = precision_recall(predicted, positives, ignored)
    print(f"\nsimilar pairs: precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= PAIR_PRECISION, sorted(wrong)
    assert recall >= PAIR_RECALL, sorted(missed)


def test_the_top_cluster_is_the_design_systems(snapshot_result):
    top = snapshot_result.clusters[0]
    names = {m.full_name for m in top.members}
    assert "ONSdigital/design-system" in names
    assert "govwales/component-library" in names
    # The 445-row data adds copies (e.g. ONS demos of its design system) beside the rebuilds.
    assert top.kind in ("rebuilds", "mixed")
    assert "design system or component library" in top.terms
