"""One harvest at a time per database: an OS file lock for SQLite, an advisory lock for PostgreSQL."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from catalogue.errors import CatalogueError
from catalogue.settings import Settings

# pg_advisory_lock key: "WELSHARV" as a 64-bit integer, unlikely to collide with other users.
ADVISORY_KEY = 0x57454C5348415256


class HarvestLockedError(CatalogueError):
    """Another harvest holds the lock for this database."""


def lock_path(settings: Settings) -> Path:
    """The lock file of a SQLite database: beside the database file, else in the data dir."""
    url = settings.database_url
    database = url.split("///", 1)[-1].split("?", 1)[0] if "///" in url else ""
    if database and database != ":memory:":
        return Path(database).with_name(Path(database).name + ".harvest.lock")
    return settings.data_dir / "harvest.lock"


@contextmanager
def harvest_lock(settings: Settings) -> Iterator[None]:
    """Hold the harvest lock for the block, or raise HarvestLockedError at once.

    Both kinds are released by the kernel or the server when the holder dies, so a harvest killed
    with SIGKILL never leaves a stale lock behind.
    """
    if settings.database_url.startswith("postgresql"):
        with _advisory_lock(settings.database_url):
            yield
    else:
        with _file_lock(lock_path(settings)):
            yield


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "unknown process"
            raise HarvestLockedError(
                f"another harvest is already running ({holder}); wait for it to finish "
                f"(lock file {path})"
            ) from None
        os.ftruncate(fd, 0)
        started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        os.pwrite(fd, f"pid {os.getpid()}, started {started}".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def _advisory_lock(database_url: str) -> Iterator[None]:
    engine = create_engine(database_url, poolclass=NullPool)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            held = connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY}
            )
            if not held:
                raise HarvestLockedError(
                    "another harvest is already running against this database "
                    f"(PostgreSQL advisory lock {ADVISORY_KEY} is held); wait for it to finish"
                )
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
    finally:
        engine.dispose()
