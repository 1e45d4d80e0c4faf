"""Declarative base, engine creation and the session scope used outside requests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from catalogue.settings import Settings

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Seconds a SQLite writer waits for another's lock before "database is locked".
BUSY_TIMEOUT = 30
# An execution option: the transaction is for writing, so on SQLite take the write lock at BEGIN.
WRITES = "catalogue_writes"


def make_engine(database_url: str, pool_size: int | None = None, **kwargs) -> Engine:
    """Create an engine; SQLite gets foreign keys, WAL and a busy timeout.

    `pool_size` (the web server's worker threads) sizes the connection pool, with a few more
    for work outside those threads (/health, webhooks) and a short wait rather than a long one.
    """
    in_memory = database_url.startswith("sqlite") and (
        ":memory:" in database_url or database_url.rstrip("/") in ("sqlite:", "sqlite+pysqlite:")
    )
    if pool_size is not None and not in_memory:
        kwargs.update(pool_size=pool_size)
        kwargs.setdefault("max_overflow", 4)
        kwargs.setdefault("pool_timeout", 10)
    if database_url.startswith("sqlite"):
        path = database_url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": BUSY_TIMEOUT})
        engine = create_engine(database_url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling lets RELEASE SAVEPOINT commit on its own, so a
        # later rollback would not undo a savepoint's work; SQLAlchemy's documented recipe is to
        # switch it off and emit BEGIN ourselves.
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(database_url, pool_pre_ping=True, **kwargs)


def _sqlite_begin(connection) -> None:
    # A deferred transaction that reads, then writes, fails at once with "database is locked"
    # when another writer committed meanwhile (the busy timeout cannot help: its snapshot is
    # stale). A transaction marked for writing takes the lock first, waiting its turn.
    writes = connection.get_execution_options().get(WRITES)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_sessionmaker(engine: Engine, writes: bool = False) -> sessionmaker[Session]:
    """Sessions on this engine; `writes` for units of work where a read decides a write.

    On SQLite such a transaction begins IMMEDIATE (it waits for the write lock up front); on
    PostgreSQL the option changes nothing, and writes that count use atomic UPDATEs instead.
    """
    bind = engine.execution_options(**{WRITES: True}) if writes else engine
    return sessionmaker(bind, expire_on_commit=False)


@contextmanager
def session_scope(settings: Settings, engine: Engine | None = None) -> Iterator[Session]:
    """Open a session that commits on success and rolls back on error."""
    own_engine = engine is None
    engine = engine or make_engine(settings.database_url)
    session = make_sessionmaker(engine)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
        if own_engine:
            engine.dispose()
