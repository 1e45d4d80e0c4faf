"""Quality against hand-labelled groups of duplicated effort in the bundled data."""

import pytest

from tests.unit.similarity.duplicate_labels import (
    AMBIGUOUS_MEMBERS,
    AMBIGUOUS_PAIRS,
    GROUPS,
    cluster_pairs,
    labelled_pairs,
    precision_recall,
)

# Floors a little under the measured figures, so a regression fails and noise does not.
CLUSTER_PRECISION, CLUSTER_RECALL = 0.8, 0.8
PAIR_PRECISION, PAIR_RECALL = 0.85, 0.7


@pytest.fixture(scope="module")
def organisation_of(snapshot_items):
    return {item.full_name: item.organisation for item in snapshot_items}


def test_the_labels_name_real_repositories_of_several_organisations(organisation_of):
    named = [n for g in GROUPS.values() for n in g]
    named += [n for g in AMBIGUOUS_MEMBERS.values() for n in g]
    named += [n for pair in AMBIGUOUS_PAIRS for n in pair]
    assert set(named) <= set(organisation_of)
    for members in GROUPS.values():
        assert len({organisation_of[m] for m in members}) >= 2


def test_clusters_match_the_labelled_groups(snapshot_result, organisation_of):
    positives, ignored = labelled_pairs(organisation_of)
    clusters = [[m.full_name for m in c.members] for c in snapshot_result.clusters]
    predicted = cluster_pairs(clusters, organisation_of)
    precision, recall, wrong, missed = precision_recall(predicted, positives, ignored)
    print(
        f"\ncluster pairs: precision {precision:.2f}, recall {recall:.2f} ({len(positives)} labelled)"
    )
    assert precision >= CLUSTER_PRECISION, sorted(wrong)
    assert recall >= CLUSTER_RECALL, sorted(missed)


def test_similar_pairs_match_the_labelled_groups(snapshot_result, organisation_of):
    positives, ignored = labelled_pairs(organisation_of)
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
    assert top.kind == "rebuilds"
    assert "design system or component library" in top.terms
