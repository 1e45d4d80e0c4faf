"""Clusters across organisations, ranked by duplicated effort; copies told from rebuilds."""

from datetime import timedelta

import numpy as np
import scipy.sparse as sp

from search.similarity import ClusterParams, analyse
from search.similarity.clusters import activity, build_clusters
from search.similarity.pairs import Pair
from search.similarity.representation import VectorRepresentation
from search.similarity.vectors import normalise_rows
from tests.unit.similarity.conftest import NOW, make_item


def _pair(a, b, score=0.5, relation="rebuild", terms=("term",)):
    return Pair(a, b, score, score, 0.0, relation, terms, (), (), None)


def _items():
    fresh, old = NOW - timedelta(days=30), NOW - timedelta(days=900)
    return [
        # Three bodies each building their own design system.
        make_item(1, "dhcw", "design-system", pushed_at=fresh),
        make_item(2, "ons", "design-system", pushed_at=fresh, sector="uk-body-in-wales"),
        make_item(3, "wra", "component-library", pushed_at=old, sector="central-government"),
        # One repository copied into a second organisation.
        make_item(4, "gig-cymru", "nhs-number", pushed_at=fresh),
        make_item(5, "wip-health", "nhs-number", pushed_at=fresh),
        # Similar, but both in one organisation: not a cross-organisation cluster.
        make_item(6, "techiaith", "kaldi-cy", pushed_at=fresh),
        make_item(7, "techiaith", "docker-kaldi-cy", pushed_at=fresh),
        make_item(8, "senedd", "e-petitions", pushed_at=fresh, archived=True),
    ]


def test_clusters_span_organisations_and_rank_rebuilds_above_copies():
    pairs = [
        _pair(1, 2, terms=("design system", "component")),
        _pair(2, 3, terms=("design system",)),
        _pair(4, 5, score=0.9, relation="copy"),
        _pair(6, 7, score=0.9),
    ]
    clusters = build_clusters(_items(), pairs, now=NOW)
    assert [sorted(m.id for m in c.members) for c in clusters] == [[1, 2, 3], [4, 5]]
    design, copies = clusters
    assert design.kind == "rebuilds" and design.efforts == 3
    assert design.organisations == ("dhcw", "ons", "wra")
    assert design.sectors == ("central-government", "health", "uk-body-in-wales")
    assert design.terms[0] == "design system"
    assert copies.kind == "copies" and copies.efforts == 1
    assert design.score > copies.score > 0


def test_stale_and_archived_efforts_count_for_less():
    items = _items()
    active = build_clusters(items, [_pair(1, 2)], now=NOW)[0]
    stale = build_clusters(items, [_pair(1, 3)], now=NOW)[0]
    assert active.score > stale.score
    assert activity(items[7], NOW) == "archived"
    assert activity(items[2], NOW) == "stale"


def test_a_member_with_no_push_date_is_of_unknown_activity_and_weighs_as_a_stale_one():
    """Called stale, it was labelled "Not updated in 12 months" with no date to show it."""
    items = _items()
    never = make_item(3, "wra", "component-library", sector="central-government")
    assert activity(never, NOW) == "unknown"
    assert activity(make_item(9, "x", "y", archived=True), NOW) == "archived"
    stale = build_clusters(items, [_pair(1, 3)], now=NOW)[0]
    unknown = build_clusters([*items[:2], never, *items[3:]], [_pair(1, 3)], now=NOW)[0]
    assert [m.activity for m in unknown.members if m.id == 3] == ["unknown"]
    assert unknown.score == stale.score


def test_mixed_clusters_count_each_group_of_copies_once():
    pairs = [_pair(1, 2, relation="copy"), _pair(2, 3)]
    cluster = build_clusters(_items(), pairs, now=NOW)[0]
    assert cluster.kind == "mixed" and cluster.efforts == 2
    efforts = {m.id: m.effort for m in cluster.members}
    assert efforts[1] == efforts[2] != efforts[3]


def test_oversized_groups_are_split_at_a_higher_threshold():
    items = [make_item(k, f"org{k}", f"thing{k}") for k in range(10)]
    # Two tight groups joined by one weak link would chain into one group of ten.
    pairs = [_pair(k, k + 1, score=0.9) for k in range(4)]
    pairs += [_pair(k, k + 1, score=0.9) for k in range(5, 9)]
    pairs.append(_pair(4, 5, score=0.3))
    clusters = build_clusters(items, pairs, ClusterParams(threshold=0.25, max_size=6), now=NOW)
    assert sorted(sorted(m.id for m in c.members) for c in clusters) == [
        [0, 1, 2, 3, 4],
        [5, 6, 7, 8, 9],
    ]


def test_cluster_ids_are_stable_and_pairs_to_unknown_items_are_ignored():
    pairs = [_pair(1, 2), _pair(2, 99)]
    first = build_clusters(_items(), pairs, now=NOW)
    again = build_clusters(list(reversed(_items())), pairs, now=NOW)
    assert [c.id for c in first] == [c.id for c in again]
    assert build_clusters(_items(), [], now=NOW) == []


def test_analysing_an_empty_or_tiny_catalogue_finds_nothing():
    assert analyse([], now=NOW).clusters == []
    result = analyse([make_item(1, "a", "x", "Something")], now=NOW)
    assert result.pairs == [] and result.item_count == 1


def test_a_single_link_between_two_groups_does_not_chain_them_into_one():
    items = [make_item(n, f"org{n}", f"thing-{n}", pushed_at=NOW) for n in range(1, 7)]
    pairs = [_pair(a, b, score=0.6) for a, b in [(1, 2), (1, 3), (2, 3), (4, 5), (4, 6), (5, 6)]]
    pairs.append(_pair(3, 4, score=0.35))  # one strong link across: connected, not one job
    clusters = build_clusters(items, pairs, now=NOW)
    assert sorted(sorted(m.id for m in c.members) for c in clusters) == [[1, 2, 3], [4, 5, 6]]


def test_the_representation_holds_together_members_the_pairs_did_not_link_directly():
    items = [make_item(n, f"org{n}", f"thing-{n}", pushed_at=NOW) for n in range(1, 5)]
    star = [_pair(1, b, score=0.4) for b in (2, 3, 4)]

    class AllAlike:
        def similarity(self, nodes):
            return np.full((nodes.size, nodes.size), 0.5)

    without = build_clusters(items, star, now=NOW)
    with_vectors = build_clusters(items, star, now=NOW, representation=AllAlike())
    assert max(c.size for c in without) < 4
    assert [c.size for c in with_vectors] == [4]


def test_each_member_says_which_member_it_is_most_like_and_what_they_share():
    pairs = [
        _pair(1, 2, score=0.7, terms=("design system or component library", "component")),
        Pair(
            2,
            3,
            0.4,
            0.3,
            0.2,
            "rebuild",
            ("design system or component library",),
            ("govuk-frontend",),
            (),
            None,
        ),
    ]
    design = build_clusters(_items(), pairs, now=NOW)[0]
    reasons = {m.id: (m.like, m.reason_terms, m.reason_dependencies) for m in design.members}
    assert reasons[1] == (2, ("design system or component library", "component"), ())
    assert reasons[2] == (1, ("design system or component library", "component"), ())
    assert reasons[3] == (2, ("design system or component library",), ("govuk-frontend",))
    assert design.title == "Design systems and component libraries"
    assert design.title_cy == "Systemau dylunio a llyfrgelloedd cydrannau"


def test_the_vector_representation_is_the_weighted_sum_of_cosines():
    text = normalise_rows(sp.random(30, 20, density=0.3, random_state=1, format="csr"))
    deps = normalise_rows(sp.random(30, 8, density=0.3, random_state=2, format="csr"))
    nodes = np.array([2, 5, 11, 29])
    expected = (text[nodes] @ text[nodes].T).toarray() + 0.3 * (
        deps[nodes] @ deps[nodes].T
    ).toarray()
    found = VectorRepresentation((text, deps), (1.0, 0.3)).similarity(nodes)
    assert np.allclose(found, np.clip(expected, 0.0, 1.0), atol=1e-6)


def test_above_the_limit_clusters_read_the_found_pairs_only(snapshot_items):
    items = snapshot_items
    pairs = analyse(items, now=NOW).pairs
    small = ClusterParams(representation_limit=len(items) - 1)
    members = [sorted(m.id for m in c.members) for c in analyse(items, None, small, NOW).clusters]
    plain = [sorted(m.id for m in c.members) for c in build_clusters(items, pairs, small, NOW)]
    assert members == plain
    with_vectors = analyse(items, now=NOW).clusters
    assert [sorted(m.id for m in c.members) for c in with_vectors] != plain


def test_shared_words_are_words_the_members_wrote_and_no_concept_label():
    items = [
        make_item(1, "dvla", "lookup-service", "Looks up postal addresses for NHS services"),
        make_item(2, "ons", "index-api", "Matches postal addresses; cookies for NHS staff"),
    ]
    label = "design system or component library"
    pairs = [_pair(1, 2, terms=(label, "address", "cooky", "nhs", "postal address"))]
    cluster = build_clusters(items, pairs, now=NOW)[0]
    # The stemmer's 'cooky' is shown as the members wrote it; 'NHS' in their capitals.
    assert cluster.words == ("addresses", "cookies", "NHS", "postal addresses")
    assert label not in cluster.words and label in cluster.terms
    assert cluster.members[0].reason_terms[:3] == (label, "addresses", "cookies")


def test_words_only_a_generator_wrote_are_not_shared_words():
    readme = "This project was bootstrapped with Create React App.\n\nQuestionnaire authoring."
    items = [
        make_item(1, "dvla", "platform-frontend", readme=readme),
        make_item(2, "ons", "eq-author", readme=readme),
    ]
    pairs = [_pair(1, 2, terms=("bootstrapped", "questionnaire"))]
    cluster = build_clusters(items, pairs, now=NOW)[0]
    assert cluster.words == ("questionnaire",)
    assert cluster.title.endswith(": questionnaire")


def test_a_phrase_in_the_names_or_descriptions_of_two_bodies_titles_the_cluster():
    items = [
        make_item(
            1, "companies-house", "docs.developer", "Pages of the Developer Hub", pushed_at=NOW
        ),
        make_item(2, "ons", "dp-developer-site", "Builds the developer hub for ons.gov.uk"),
    ]
    pairs = [_pair(1, 2, terms=("developer", "gov", "hub", "developer hub"))]
    cluster = build_clusters(items, pairs, now=NOW)[0]
    assert cluster.title == "Similar work: developer hub"
    assert cluster.title_cy == "Gwaith tebyg: developer hub"
    assert cluster.title_words == ("developer hub",)
