"""Request counts per client and minute, kept in the database so every web process shares them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from catalogue.models import RateLimitWindow

WINDOW_SECONDS = 60


@dataclass(frozen=True)
class Count:
    """Requests a client has made in the current window, and seconds until the window ends."""

    hits: int
    reset_in: int


def window_start(now: float, window: int = WINDOW_SECONDS) -> int:
    """The start of the fixed window `now` falls in (whole seconds since the epoch)."""
    return int(now) // window * window


def count_request(
    connection: Connection, client: str, now: float, window: int = WINDOW_SECONDS
) -> Count:
    """Count one request by `client` and return its count so far, in one atomic statement.

    INSERT … ON CONFLICT DO UPDATE … RETURNING: concurrent requests from several processes each
    see a different count, so together they can never get past the limit.
    """
    start = window_start(now, window)
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(RateLimitWindow)
        .values(key_hash=_key_hash(client), window_start=start, hits=1)
        .on_conflict_do_update(
            index_elements=["key_hash", "window_start"],
            set_={"hits": RateLimitWindow.hits + 1},
        )
        .returning(RateLimitWindow.hits)
    )
    hits = connection.execute(statement).scalar_one()
    return Count(hits=hits, reset_in=max(1, start + window - int(now)))


def forget_past_windows(connection: Connection, now: float, window: int = WINDOW_SECONDS) -> int:
    """Delete the counts of windows that have ended; returns how many rows went."""
    result = connection.execute(
        delete(RateLimitWindow).where(RateLimitWindow.window_start < window_start(now, window))
    )
    return result.rowcount or 0


def _key_hash(client: str) -> str:
    # Hashed, as the sign-in throttles are: the table never holds people's addresses.
    return hashlib.sha256(f"api:{client}".encode()).hexdigest()
