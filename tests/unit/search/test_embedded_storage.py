"""The embedded index on disk: atomic rebuilds, readers that follow writers, bad files, threads."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from search.backend import Query, SearchUnavailableError
from search.embedded import EmbeddedSearchBackend
from tests.support.search_documents import search_document


def doc(id: int, name: str, description: str = "") -> dict:
    return search_document(id, name, description=description, updated=id)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "deep" / "var" / "search.sqlite"


def test_a_missing_index_file_is_created_empty_and_healthy(path):
    backend = EmbeddedSearchBackend(path)
    assert backend.search(Query(text="anything")).total == 0
    health = backend.health()
    assert health.ok
    assert health.documents == 0
    assert path.exists()
    backend.close()


def test_a_reader_sees_what_another_writer_indexed_and_rebuilt(path):
    writer, reader = EmbeddedSearchBackend(path), EmbeddedSearchBackend(path)
    writer.index([doc(1, "alpha")])
    assert reader.search(Query("alpha")).total == 1
    writer.rebuild([doc(2, "beta"), doc(3, "beta-two")])
    # Another process's change is served once its snapshot has loaded (in the background:
    # test_embedded_reload.py); warm() waits for that load.
    reader.warm()
    assert reader.search(Query("alpha")).total == 0
    assert reader.search(Query("beta")).total == 2
    writer.delete([2])
    reader.warm()
    assert [h.id for h in reader.search(Query("beta")).hits] == [3]
    writer.close()
    reader.close()


def test_readers_never_see_an_empty_index_while_rebuilds_run(path):
    writer = EmbeddedSearchBackend(path)
    writer.rebuild([doc(i, f"tool-{i}") for i in range(1, 51)])
    reader = EmbeddedSearchBackend(path)
    totals: list[int] = []
    errors: list[Exception] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                totals.append(reader.search(Query("tool")).total)
            except Exception as exc:  # collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for size in (60, 40, 70, 50):
        writer.rebuild([doc(i, f"tool-{i}") for i in range(1, size + 1)])
    stop.set()
    for thread in threads:
        thread.join()
    assert not errors
    assert totals
    assert set(totals) <= {40, 50, 60, 70}
    assert not list(path.parent.glob("*.building"))
    writer.close()
    reader.close()


def test_a_failed_rebuild_leaves_the_live_index_alone(path):
    backend = EmbeddedSearchBackend(path)
    backend.rebuild([doc(1, "keep-me")])

    def broken():
        yield doc(2, "new")
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        backend.rebuild(broken())
    assert backend.search(Query("keep")).total == 1
    assert not list(path.parent.glob("*.building"))
    backend.close()


def test_an_index_from_an_older_release_asks_for_a_rebuild(path):
    backend = EmbeddedSearchBackend(path)
    backend.index([doc(1, "alpha")])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    other = EmbeddedSearchBackend(path)
    with pytest.raises(SearchUnavailableError, match="rebuild"):
        other.search(Query("alpha"))
    assert not other.health().ok
    other.rebuild([doc(1, "alpha")])
    assert other.search(Query("alpha")).total == 1
    assert other.health().ok
    backend.close()
    other.close()


def test_a_corrupt_file_is_reported_not_crashed_on_and_rebuild_recovers(path):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    backend = EmbeddedSearchBackend(path)
    health = backend.health()
    assert not health.ok
    with pytest.raises(SearchUnavailableError):
        backend.search(Query("alpha"))
    backend.rebuild([doc(1, "alpha")])
    assert backend.search(Query("alpha")).total == 1
    backend.close()


def test_threads_share_an_in_memory_index_while_it_is_written(path):
    backend = EmbeddedSearchBackend(None)
    backend.index([doc(i, f"tool-{i}") for i in range(1, 21)])
    errors: list[Exception] = []

    def read() -> None:
        try:
            for _ in range(30):
                assert backend.search(Query("tool")).total >= 20
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for i in range(21, 31):
        backend.index([doc(i, f"tool-{i}")])
    for thread in threads:
        thread.join()
    assert not errors
    assert backend.search(Query("tool")).total == 30
    backend.close()
