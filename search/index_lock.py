"""One lock for every write to the search index, shared by every process that writes to it.

`catalogue index` reads the whole database and swaps in a new index; a harvest or a web request
re-indexes a few components. Without one lock an update made between the rebuild's read and its
swap would vanish with the old index. Holding the lock from before the read until after the
write makes them take turns, so the later writer always starts from the newer database.

With PostgreSQL it is an advisory lock, so it also serialises containers on other machines
(Meilisearch deployments); with SQLite, whose writers share one machine, it is a file lock
beside the database file.
"""

from __future__ import annotations

import fcntl
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

# pg_advisory_lock takes a bigint: derive a stable one from a name nobody else uses.
ADVISORY_KEY = int.from_bytes(hashlib.sha256(b"catalogue:search-index").digest()[:8], "big") >> 1
_memory_lock = threading.Lock()


def _engine(session: Session) -> Engine:
    bind = session.get_bind()
    return bind.engine if isinstance(bind, Connection) else bind


@contextmanager
def index_lock(session: Session) -> Iterator[None]:
    """Hold the search-index write lock of the session's database (waiting for it if need be)."""
    engine = _engine(session)
    if engine.dialect.name == "postgresql":
        with _advisory(engine):
            yield
        return
    database = engine.url.database
    if not database or database == ":memory:":
        with _memory_lock:  # an in-memory database lives in this process only
            yield
        return
    with _file_lock(Path(database).with_name(Path(database).name + ".index-lock")):
        yield


@contextmanager
def _advisory(engine: Engine) -> Iterator[None]:
    # A connection of its own, in autocommit, so the session's transactions do not affect it.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_KEY})
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    # flock locks an open file description, so two threads of one process also take turns.
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
