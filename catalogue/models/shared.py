"""State every web process and container must agree on, kept in the database, not on local disk."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from catalogue.db import Base
from catalogue.models.types import UTCDateTime, utcnow


class StoredResult(Base):
    """A computed result (the duplicated-work analysis) that every process serves the same way.

    `generation` changes with each save, so a process can tell with one small query whether the
    copy it holds in memory is still the latest, without reading the payload again.
    """

    __tablename__ = "stored_results"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    generation: Mapped[str] = mapped_column(String(32))
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    payload: Mapped[str] = mapped_column(Text)


class RateLimitWindow(Base):
    """Requests one client made in one minute, counted by every web process together.

    Each worker kept its own count before, so N workers let a client make N times the limit.
    Rows of past windows are deleted as new ones begin; only the client's key hash is kept.
    """

    __tablename__ = "rate_limit_windows"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    # Start of the window, in whole seconds since the epoch (a multiple of the window length).
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hits: Mapped[int] = mapped_column(Integer, default=0)
