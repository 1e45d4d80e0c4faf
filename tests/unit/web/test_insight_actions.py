"""What a cluster asks of a chief digital officer: action, estimate, title, in words."""

from types import SimpleNamespace

from catalogue.reuse import ProviderReuse
from search.similarity import Cluster, ClusterMember
from web.insight_actions import (
    ACTIONS,
    MAX_FILES_PER_EFFORT,
    effort_files,
    estimate,
    estimate_text,
    recommended_action,
    shown_words,
    title_text,
)


def cluster(kind="rebuilds", members=None, **extra):
    members = members or (
        ClusterMember(1, "a/one", "a", "health", effort=1, activity="active"),
        ClusterMember(2, "b/two", "b", "health", effort=2, activity="stale"),
        ClusterMember(3, "c/three", "c", "education", effort=2, activity="stale"),
    )
    return Cluster(
        id="dup-x",
        members=members,
        organisations=tuple(sorted({m.organisation for m in members})),
        sectors=("education", "health"),
        kind=kind,
        efforts=len({m.effort for m in members}),
        score=3.0,
        cohesion=0.5,
        terms=("payments",),
        shared_dependencies=(),
        **extra,
    )


def component(**languages):
    return SimpleNamespace(languages=languages)


def test_sizes_leave_out_data_and_read_bytes_as_files():
    assert effort_files({"Python": 40, "JSON": 900, "Markdown": 30}) == 40
    assert effort_files({"Go": 80_000}) == 10  # GitHub gives bytes: about 8 KB a file
    assert effort_files({"Java": 10_000_000}) == MAX_FILES_PER_EFFORT
    assert effort_files(None) == 0


def test_the_estimate_counts_every_independent_effort_but_the_largest_and_copies_once():
    components = {1: component(Python=100), 2: component(Python=40), 3: component(Python=40)}
    found = estimate(cluster(), components)
    assert found.files == 40  # effort 2 (members 2 and 3 are copies) besides the larger effort 1
    assert (found.low_days, found.high_days) == (4.0, 20.0)
    assert estimate_text(found, "en") == "about 1 to 4 person-weeks"
    assert "–" in estimate_text(found, "cy")


def test_the_member_most_other_organisations_use_is_the_one_to_adopt():
    reuse = {2: ProviderReuse(3, 1), 3: ProviderReuse(1, 2)}
    assert recommended_action(cluster(), reuse) == ("adopt", 3)


def test_reuse_inside_its_own_organisation_is_no_reason_for_others_to_adopt_it():
    # Used by two components of its own body only: nobody else has shown it serves them.
    assert recommended_action(cluster(), {2: ProviderReuse(2, 0)}) == ("ask", 1)
    archived = (
        ClusterMember(1, "a/one", "a", "health", effort=1, activity="archived"),
        ClusterMember(2, "b/two", "b", "health", effort=2, activity="stale"),
    )
    # An archived member is not one to adopt, however used.
    found = recommended_action(cluster(members=archived), {1: ProviderReuse(5, 3)})
    assert found == ("share", None)


def test_copies_are_consolidated_and_rebuilds_compared():
    assert recommended_action(cluster(kind="copies"), {}) == ("consolidate", None)
    both_active = (
        ClusterMember(1, "a/one", "a", "health", effort=1, activity="active"),
        ClusterMember(2, "b/two", "b", "health", effort=2, activity="active"),
    )
    assert recommended_action(cluster(members=both_active), {}) == ("share", None)
    # One live effort among stale ones: being the only one worked on is no evidence it serves
    # the others, so the action asks its owners rather than telling everyone to adopt it.
    assert recommended_action(cluster(), {}) == ("ask", 1)


def test_the_actions_say_only_what_the_evidence_shows():
    assert "most reused" not in ACTIONS["adopt"]
    assert "other organisations already use" in ACTIONS["adopt"]
    assert ACTIONS["ask"].startswith("Ask the owners of the only one worked on")


def test_the_words_shown_are_the_clusters_own_or_for_an_old_result_its_terms():
    assert shown_words(cluster(words=("addresses", "NHS"))) == ("addresses", "NHS")
    assert shown_words(cluster()) == ("payments",)


def test_a_title_is_plain_words_in_the_pages_language():
    assert title_text(cluster(), ["payments", "card"], "en") == "Work on: payments, card"
    assert title_text(cluster(), [], "cy") == "Gwaith tebyg ar draws sefydliadau"
