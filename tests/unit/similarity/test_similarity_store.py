"""Results survive a round trip through JSON; bad files give a clear error."""

import json

import pytest

from search.similarity import store
from search.similarity.store import StoredResultError


def test_a_result_survives_a_round_trip(snapshot_result, tmp_path):
    path = tmp_path / "var" / store.FILE_NAME
    store.save(snapshot_result, path)
    loaded = store.load(path)
    assert loaded.pairs == snapshot_result.pairs
    assert loaded.clusters == snapshot_result.clusters
    assert loaded.components == snapshot_result.components
    assert loaded.computed_at == snapshot_result.computed_at
    assert loaded.item_count == 445
    assert list(tmp_path.joinpath("var").iterdir()) == [path]  # no temporary file left


def test_stored_clusters_name_members_and_organisations(snapshot_result):
    data = json.loads(store.dumps(snapshot_result))
    cluster = data["clusters"][0]
    assert cluster["members"][0]["full_name"]
    assert len(cluster["organisations"]) >= 2
    assert {"score", "kind", "efforts", "terms", "shared_dependencies"} <= cluster.keys()


def test_similar_components_come_from_the_loaded_result(snapshot_result):
    loaded = store.loads(store.dumps(snapshot_result))
    some = loaded.pairs[0]
    similar = loaded.similar_to(some.a)
    assert similar[0][0].id == some.b
    assert loaded.cluster_of(some.a) is not None or loaded.cluster_of(some.b) is None


@pytest.mark.parametrize(
    "text",
    ["not json", "[]", '{"version": 99}', '{"version": 1, "pairs": [{"a": 1}]}'],
)
def test_unreadable_results_raise_a_clear_error(text):
    with pytest.raises(StoredResultError):
        store.loads(text)


def test_a_missing_result_says_to_run_the_analysis(tmp_path):
    with pytest.raises(StoredResultError, match="run the analysis"):
        store.load(tmp_path / "nothing.json")


def test_titles_and_member_reasons_are_stored(snapshot_result):
    data = json.loads(store.dumps(snapshot_result))
    cluster = data["clusters"][0]
    assert cluster["title"] and cluster["title_cy"]
    assert all(m["like"] is not None for m in cluster["members"])
    loaded = store.loads(store.dumps(snapshot_result))
    assert loaded.clusters[0].members[0].reason_terms
    assert loaded.clusters[0].words == snapshot_result.clusters[0].words


def test_a_result_stored_before_titles_loads_without_them(snapshot_result):
    data = json.loads(store.dumps(snapshot_result))
    for cluster in data["clusters"]:
        for key in ("title", "title_cy", "title_concept", "title_words", "words"):
            del cluster[key]
        for member in cluster["members"]:
            for key in ("like", "like_score", "reason_terms", "reason_dependencies"):
                del member[key]
    loaded = store.loads(json.dumps(data))
    assert loaded.clusters[0].title == "" and loaded.clusters[0].members[0].like is None
    assert loaded.clusters[0].words is None  # the pages fall back to the terms
