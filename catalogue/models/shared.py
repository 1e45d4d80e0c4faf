"""State every web process and container must agree on, kept in the database, not on local disk."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
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
