"""Frequent words' document lists held in memory give the same answers as FTS5 reads."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from search.backend import Query
from search.embedded import EmbeddedSearchBackend
from search.embedded import snapshot as snapshots
from search.embedded.fields import FIELDS
from search.embedded.snapshot import Snapshot, position_map, union
from tests.support.search_documents import search_document

WORDS = "data form address health school bin booking map api welsh".split()


def corpus(size: int = 120) -> list[dict]:
    """Documents where word k of WORDS is in every (k + 1)th README and description."""
    docs = []
    for i in range(1, size + 1):
        picked = [word for k, word in enumerate(WORDS) if i % (k + 1) == 0]
        docs.append(
            search_document(
                i,
                f"tool-{i}",
                description=" ".join(picked),
                readme=" ".join(reversed(picked)),
                updated=i,
            )
        )
    return docs


@pytest.fixture
def backend(tmp_path, monkeypatch):
    # Words in 20+ of the 120 documents are held, so some words are held and some are not.
    monkeypatch.setattr(snapshots, "PRELOAD_MIN_DOCS", 20)
    monkeypatch.setattr(snapshots, "PRELOAD_SHARE", 0.0)
    backend = EmbeddedSearchBackend(tmp_path / "search.sqlite")
    backend.rebuild(corpus())
    yield backend
    backend.close()


def read_everything(snapshot, conn, held: bool) -> dict:
    """Every lookup a query makes, for word groups mixing held and unheld words."""
    groups = [(w,) for w in WORDS] + [tuple(WORDS[:4]), tuple(WORDS[5:]), ("data", "welsh")]
    found = {}
    snapshot.forget()
    for field in ("description", "readme"):
        for group in groups:
            found[field, group, False] = snapshot.postings(conn, field, group)
        for group in [("data", "form"), ("form", "data"), ("data", "api"), ("bin", "welsh")]:
            found["readme", group, True] = snapshot.postings(conn, "readme", group, phrase=True)
    assert bool(snapshot.frequent) is held
    return found


def test_held_lists_answer_exactly_as_fts5_does(backend):
    with backend._transaction() as conn:
        snapshot = backend._current(conn)
        backend._preloader.join()
        with_held = read_everything(snapshot, conn, held=True)
        held = dict(snapshot.frequent)
        snapshot.frequent.clear()
        from_fts = read_everything(snapshot, conn, held=False)
    frequent = {"data", "form", "address", "health", "school", "bin"}
    assert held.keys() == {(f, w) for f in ("description", "readme") for w in frequent} | {
        ("name", "tool"),
        ("organisation", "org"),
        ("brand", "org"),
    }
    for key, positions in from_fts.items():
        assert positions.dtype == with_held[key].dtype == np.int32
        assert positions.tolist() == with_held[key].tolist(), key
    # READMEs keep positions: a phrase is its words in order ('form data' ends every even README).
    assert from_fts["readme", ("form", "data"), True].size == 120 // 2
    assert from_fts["readme", ("data", "form"), True].size == 0


def test_warm_waits_for_the_held_lists_and_logs_their_size(backend, caplog):
    with caplog.at_level(logging.INFO, logger="search.embedded"):
        backend.warm()
    # Six words in two fields each, 'tool' in every name and 'org' in every organisation's name
    # and its slug.
    assert len(backend._snapshot.frequent) == 15
    assert "held the document lists of 15 frequent words" in caplog.text
    memory = EmbeddedSearchBackend(None)
    memory.index(corpus())
    for text in ("data form", "bin welsh", "booking"):
        assert backend.search(Query(text)) == memory.search(Query(text))
    memory.close()


def test_nothing_is_held_for_an_index_without_frequent_words(tmp_path):
    backend = EmbeddedSearchBackend(tmp_path / "search.sqlite")
    backend.rebuild(corpus())  # 120 documents: no word reaches PRELOAD_MIN_DOCS
    backend.warm()
    assert backend._preloader is None
    assert backend._snapshot.frequent == {}
    backend.close()


def test_an_outdated_snapshot_is_not_preloaded(backend):
    backend.search(Query("data"))
    backend._preloader.join()
    old = backend._snapshot
    old.frequent.clear()
    backend.index([search_document(500, "new-tool")])  # a new generation
    backend._preload(old, old.frequent_words())
    assert old.frequent == {}


def test_preloading_stops_when_it_is_no_longer_wanted(backend):
    with backend._transaction() as conn:
        snapshot = backend._current(conn)
        backend._preloader.join()
        snapshot.frequent.clear()
        assert snapshot.preload(conn, lambda: False, snapshot.frequent_words()) == 0
        assert snapshot.frequent == {}


def test_close_stops_the_preloader_and_an_unreadable_file_is_logged(backend, caplog):
    backend.search(Query("data"))
    backend.close()
    assert backend._preloader is None or not backend._preloader.is_alive()
    snapshot = Snapshot("gone", rows=[], field_vocab={key: {} for key in FIELDS})
    backend.path.write_bytes(b"not a database")
    with caplog.at_level(logging.WARNING, logger="search.embedded"):
        backend._preload(snapshot, [("name", "anything")])
    assert "could not preload frequent words" in caplog.text


def test_union_of_sorted_positions():
    a = np.array([1, 4, 7, 9], dtype=np.int32)
    b = np.array([0, 4, 9], dtype=np.int32)
    c = np.array([4, 8, 9], dtype=np.int32)
    assert union([a, b, c], 10).tolist() == [0, 1, 4, 7, 8, 9]
    assert union([a], 10) is a
    assert union([a, b], 10).dtype == np.int32


def test_sparse_ids_fall_back_to_a_binary_search():
    ids = np.array([3, 10**12, 2**62], dtype=np.int64)
    assert position_map(ids) is None
    snapshot = Snapshot("g", rows=[], field_vocab={key: {} for key in FIELDS})
    snapshot.ids, snapshot.size, snapshot.position_of = ids, 3, None
    found = snapshot.positions(np.array([3, 5, 2**62, 2**62 + 1], dtype=np.int64))
    assert found.tolist() == [0, 2]


def test_dense_ids_map_straight_to_positions():
    ids = np.array([2, 5, 6], dtype=np.int64)
    position_of = position_map(ids)
    assert position_of is not None
    assert position_of.tolist() == [-1, -1, 0, -1, -1, 1, 2]


def test_an_empty_index_starts_no_preloader(tmp_path):
    backend = EmbeddedSearchBackend(tmp_path / "search.sqlite")
    assert backend.search(Query("data")).total == 0
    assert backend._preloader is None
    backend.close()


def test_warming_indexes_the_definitions_words_before_the_first_question(backend):
    from search import paraphrase

    paraphrase.paraphrases.cache_clear()
    backend.warm()
    assert paraphrase.paraphrases.cache_info().currsize == 1
