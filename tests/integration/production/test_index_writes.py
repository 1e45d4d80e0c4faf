"""Writes to the search index are never lost: rebuilds and updates take turns, busy is not corrupt."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import select

from catalogue.db import make_engine, make_sessionmaker
from catalogue.migrate import upgrade
from catalogue.models import Component
from search.backend import Query, SearchUnavailableError
from search.embedded import EmbeddedSearchBackend
from search.indexing import rebuild_index, update_index
from tests.integration.register.factories import make_component, make_organisation
from tests.support.search_documents import search_document


def test_a_rebuild_never_replaces_the_index_under_a_writer(tmp_path):
    path = tmp_path / "search.sqlite"
    backend = EmbeddedSearchBackend(path)
    backend.index([search_document(1, "alpha")])
    backend.swap_timeout = 0.2
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process half-way through a write
    writer.execute("UPDATE meta SET value = 'theirs' WHERE key = 'generation'")
    with pytest.raises(SearchUnavailableError, match="busy"):
        backend.rebuild([search_document(2, "beta")])
    writer.execute("COMMIT")
    writer.close()
    # The live file was kept, with the other writer's change in it; nothing half-built is left.
    assert backend.search(Query("alpha")).total == 1
    assert sqlite3.connect(path).execute(
        "SELECT value FROM meta WHERE key = 'generation'"
    ).fetchone() == ("theirs",)
    assert [p.name for p in tmp_path.iterdir() if "building" in p.name] == []
    backend.close()


class PausingBackend(EmbeddedSearchBackend):
    """Reads every document for a rebuild, then waits to be told to swap (a slow rebuild)."""

    def __init__(self, path) -> None:
        super().__init__(path)
        self.read_done, self.proceed = threading.Event(), threading.Event()

    def rebuild(self, docs) -> int:
        docs = list(docs)
        self.read_done.set()
        self.proceed.wait(timeout=10)
        return super().rebuild(docs)


@pytest.fixture
def database(empty_database_url):
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        organisation = make_organisation(session, "lock-org", name="Lock Org")
        make_component(session, organisation, "first-tool")
    yield sessions
    engine.dispose()


def test_an_update_made_during_a_rebuild_is_not_lost(database, tmp_path):
    path = tmp_path / "search.sqlite"
    rebuilder, web = PausingBackend(path), EmbeddedSearchBackend(path)
    errors: list[BaseException] = []

    def run(target) -> threading.Thread:
        def guarded() -> None:
            try:
                target()
            except BaseException as exc:  # reported by the assertion below
                errors.append(exc)

        thread = threading.Thread(target=guarded)
        thread.start()
        return thread

    def rebuild() -> None:
        with database() as session:
            rebuild_index(session, rebuilder)

    def add_and_index() -> None:
        with database() as session:
            organisation = session.scalars(select(Component)).first().organisation
            added = make_component(session, organisation, "added-during-rebuild")
            session.commit()
            update_index(session, web, [added.id])

    rebuilding = run(rebuild)
    assert rebuilder.read_done.wait(timeout=10)
    updating = run(add_and_index)
    updating.join(timeout=1)  # unguarded, the update lands in the old file now
    rebuilder.proceed.set()
    rebuilding.join()
    updating.join()
    assert errors == []
    assert web.search(Query("added-during-rebuild")).total == 1
    assert web.search(Query("first-tool")).total == 1
    rebuilder.close()
    web.close()
