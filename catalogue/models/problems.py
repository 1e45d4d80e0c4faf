"""Problems found in a component's metadata, each remembered from when it was first seen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.db import Base
from catalogue.models.component import Component
from catalogue.models.types import JSONType, UTCDateTime, utcnow


class ComponentProblem(Base):
    """One problem with one component, keyed by a hash of what it says (catalogue.problems)."""

    __tablename__ = "component_problems"
    __table_args__ = (UniqueConstraint("component_id", "fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    component_id: Mapped[int] = mapped_column(
        ForeignKey("components.id", ondelete="CASCADE"), index=True
    )
    # "publiccode.invalid", "licence.missing", "url.unreachable" … (catalogue.problems.KINDS).
    kind: Mapped[str] = mapped_column(String(60))
    # SHA-256 of the kind and its details: a problem that does not change keeps its row.
    fingerprint: Mapped[str] = mapped_column(String(64))
    # What exactly is wrong (validation messages with line numbers, the URL): harvested, untrusted.
    details: Mapped[list] = mapped_column(JSONType, default=list)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Harvests in a row that found it; a problem that may be temporary waits for a second one.
    times_seen: Mapped[int] = mapped_column(Integer, default=1)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # When the organisation's editors were told of it (or chose not to hear): told once.
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    component: Mapped[Component] = relationship()


class ProblemPreferences(Base):
    """How an organisation hears about its components' problems; no row means the defaults."""

    __tablename__ = "problem_preferences"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    # A digest e-mail to the organisation's editors after each harvest (on unless they opt out).
    emails: Mapped[bool] = mapped_column(default=True)
    # One GitHub issue per repository, opened, updated and closed by the catalogue (opt-in).
    github_issues: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class ProblemIssue(Base):
    """The GitHub issue the catalogue keeps on a repository about its problems."""

    __tablename__ = "problem_issues"

    component_id: Mapped[int] = mapped_column(
        ForeignKey("components.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer)
    # The open problems' fingerprints, hashed: the issue is edited only when they change.
    problems_hash: Mapped[str | None] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
