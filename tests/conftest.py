"""Shared fixtures: settings, migrated databases (SQLite and PostgreSQL), the bundled data."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from catalogue.db import make_engine
from catalogue.migrate import upgrade
from catalogue.settings import Settings

POSTGRES_URL = os.environ.get(
    "CATALOGUE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
TEST_BASE_URL = "http://testserver.local"
DATABASES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def make_settings(data_dir: Path, **env: str) -> Settings:
    # The host Litestar's test client sends; a live server passes its own address.
    defaults = {"CATALOGUE_DATA_DIR": str(data_dir), "CATALOGUE_BASE_URL": TEST_BASE_URL}
    return Settings.from_env({**defaults, **env})


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "var")


def _postgres_available() -> str | None:
    try:
        engine = create_engine(POSTGRES_URL)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


@pytest.fixture(scope="session")
def postgres_schema_url():
    """A PostgreSQL URL whose search_path is a schema of its own, dropped afterwards.

    Locally a missing server skips these tests; in CI (CI=true) it fails them, because CI must run them.
    """
    problem = _postgres_available()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {POSTGRES_URL} is required in CI: {problem}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {problem}")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=DATABASES)
def empty_database_url(request, tmp_path) -> str:
    """An empty database (no tables) of each kind; PostgreSQL gets a throwaway schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite'}"
    base = request.getfixturevalue("postgres_schema_url")
    schema = f"e_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    request.addfinalizer(lambda: _drop_schema(schema))
    return base.rsplit("options=", 1)[0] + f"options=-csearch_path%3D{schema}"


def _drop_schema(schema: str) -> None:
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(scope="session", params=DATABASES)
def migrated_engine(request, tmp_path_factory) -> Engine:
    """A database upgraded to head, once per test session and kind."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('migrated') / 'catalogue.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_schema_url")
    upgrade(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture
def db_session(migrated_engine: Engine):
    """A session inside a transaction that is rolled back after the test."""
    connection = migrated_engine.connect()
    transaction = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint")
    yield session
    session.close()
    transaction.rollback()
    connection.close()


@pytest.fixture(scope="session")
def loaded_engine(tmp_path_factory) -> Engine:
    """A SQLite database with the bundled snapshot loaded, shared read-only by many tests."""
    from catalogue.db import make_sessionmaker
    from ingest.snapshot import BUNDLED_SNAPSHOT, load_snapshot

    url = f"sqlite:///{tmp_path_factory.mktemp('loaded') / 'catalogue.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as session:
        load_snapshot(session, BUNDLED_SNAPSHOT)
    return engine


@pytest.fixture(scope="session")
def analysed_engine(loaded_engine: Engine, tmp_path_factory) -> Engine:
    """A copy of the loaded database with the duplicated-work analysis stored in it."""
    import sqlite3

    from catalogue.db import make_sessionmaker
    from search.duplicates import refresh

    path = tmp_path_factory.mktemp("analysed") / "catalogue.sqlite"
    source = sqlite3.connect(loaded_engine.url.database)
    target = sqlite3.connect(path)
    with target:
        source.backup(target)
    source.close()
    target.close()
    engine = make_engine(f"sqlite:///{path}")
    with make_sessionmaker(engine).begin() as session:
        refresh(session)
    return engine


@pytest.fixture(scope="session")
def loaded_backend(loaded_engine: Engine):
    """An in-memory embedded search index of the bundled snapshot."""
    from catalogue.db import make_sessionmaker
    from search.embedded import EmbeddedSearchBackend
    from search.indexing import rebuild_index

    backend = EmbeddedSearchBackend(None)
    with make_sessionmaker(loaded_engine)() as session:
        rebuild_index(session, backend)
    return backend
