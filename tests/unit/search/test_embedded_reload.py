"""A write elsewhere never stalls searches: the old snapshot serves until the new one is loaded,
and the preloader of frequent words never holds a read lock that makes a writer time out."""

from __future__ import annotations

import sqlite3
import threading

import pytest

import search.embedded.snapshot as snapshot_module
from search.backend import Query
from search.embedded import EmbeddedSearchBackend
from search.embedded.snapshot import Snapshot
from tests.support.search_documents import search_document


@pytest.fixture
def path(tmp_path):
    return tmp_path / "search.sqlite"


def test_searches_are_answered_from_the_old_snapshot_while_the_new_one_loads(path, monkeypatch):
    web, harvester = EmbeddedSearchBackend(path), EmbeddedSearchBackend(path)
    harvester.index([search_document(1, "alpha")])
    assert web.search(Query("alpha")).total == 1  # web holds this generation's snapshot
    harvester.index([search_document(2, "alpha-two")])
    release, loading = threading.Event(), threading.Event()
    real_load = Snapshot.load.__func__

    def slow_load(cls, conn, generation, *rest):
        loading.set()
        release.wait(timeout=10)  # a big index takes seconds to load
        return real_load(cls, conn, generation, *rest)

    monkeypatch.setattr(Snapshot, "load", classmethod(slow_load))
    answers: list[int] = []
    searching = threading.Thread(target=lambda: answers.append(web.search(Query("alpha")).total))
    searching.start()
    searching.join(timeout=5)
    finished_while_loading = not searching.is_alive()
    release.set()
    searching.join()
    assert loading.wait(timeout=10)  # the new snapshot is loaded in the background
    assert finished_while_loading, "a search waited for the new snapshot"
    assert answers == [1]
    web.warm()  # waits for the load in progress
    assert web.search(Query("alpha")).total == 2
    web.close()
    harvester.close()


def test_a_backends_own_write_is_searchable_when_it_returns(path):
    backend = EmbeddedSearchBackend(path)
    backend.index([search_document(1, "alpha")])
    assert backend.search(Query("alpha")).total == 1
    backend.index([search_document(2, "alpha-two")])
    assert backend.search(Query("alpha")).total == 2
    backend.delete([1])
    assert backend.search(Query("alpha")).total == 1
    backend.rebuild([search_document(3, "gamma")])
    assert backend.search(Query("gamma")).total == 1
    backend.close()


def test_the_preloader_never_makes_a_writer_wait_out_its_timeout(path, monkeypatch):
    monkeypatch.setattr(snapshot_module, "PRELOAD_MIN_DOCS", 2)
    writer = EmbeddedSearchBackend(path)
    writer.index([search_document(i, f"common tool {i}") for i in range(1, 30)])
    paused, resume = threading.Event(), threading.Event()
    real_read = Snapshot._read

    def read_then_pause(self, conn, field, match):
        found = real_read(self, conn, field, match)
        if threading.current_thread().name == "search-preload" and not paused.is_set():
            paused.set()
            resume.wait(timeout=10)  # the preloader between two words
        return found

    monkeypatch.setattr(Snapshot, "_read", read_then_pause)
    reader = EmbeddedSearchBackend(path)
    reader.search(Query("common"))
    assert paused.wait(timeout=10)
    other = sqlite3.connect(path, timeout=0.5, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE meta SET value = 'other' WHERE key = 'generation'")
        other.execute("COMMIT")  # needs every reader's lock released
    finally:
        resume.set()
        other.close()
    reader.close()
    writer.close()
