"""People who sign in, what they ask for and note down, and the record of every decision."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.db import Base
from catalogue.models.component import Component
from catalogue.models.organisation import Organisation
from catalogue.models.types import JSONType, UTCDateTime, utcnow

PENDING = "pending"
APPROVED = "approved"
REJECTED = "rejected"
EDITOR = "editor"


class User(Base):
    """A person who signs in: a moderator (admin) and/or an editor of one organisation."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    # Email addresses are compared case-insensitively; the key makes uniqueness agree with that.
    email_key: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    is_admin: Mapped[bool] = mapped_column(default=False)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(20))
    # Part of every session cookie; raising it signs the person out on every device.
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The language their e-mail is written in ("en" or "cy").
    language: Mapped[str] = mapped_column(String(5), default="en", server_default="en")

    organisation: Mapped[Organisation | None] = relationship()

    @property
    def is_editor(self) -> bool:
        return self.active and self.organisation_id is not None and self.role == EDITOR


class LoginThrottle(Base):
    """Failed sign-ins counted per account and per address (both kept only as hashes)."""

    __tablename__ = "login_throttles"
    __table_args__ = (UniqueConstraint("kind", "key_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    key_hash: Mapped[str] = mapped_column(String(64))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PasswordReset(Base):
    """A one-time link to set a new password, issued by a moderator; only its token's hash is kept."""

    __tablename__ = "password_resets"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # SHA-256 of the token, hex: a copy of the table cannot be turned back into working links.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Issuing a newer link for the same person moves this to the moment it was issued.
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The moderator who issued it; None when it came from the command line.
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # "reset" (a forgotten password) or "invite" (a new person's first password).
    purpose: Mapped[str] = mapped_column(String(10), default="reset", server_default="reset")

    user: Mapped[User] = relationship(foreign_keys=[user_id])


class RegistrationRequest(Base):
    """A public request to list an organisation and its code-hosting accounts."""

    __tablename__ = "registration_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_cy: Mapped[str | None] = mapped_column(String(300))
    sector: Mapped[str] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(500))
    # [{"host": "github.com", "login": "..."}], already checked against the URL allow-list.
    accounts: Mapped[list] = mapped_column(JSONType, default=list)
    identifier_kind: Mapped[str | None] = mapped_column(String(20))
    identifier: Mapped[str | None] = mapped_column(String(100))
    # The slug of the listed public body a supplier says it builds for (Organisation.builds_for,
    # set on approval); a slug, not a key, so that the body's removal leaves the request readable.
    builds_for: Mapped[str | None] = mapped_column(String(100))
    contact_email: Mapped[str] = mapped_column(String(320))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=PENDING, index=True)
    # What the applicant quotes and the address of their status page; random, so not guessable.
    reference: Mapped[str | None] = mapped_column(String(20), unique=True)
    # The language the request was made in: every message about it is written in it.
    language: Mapped[str] = mapped_column(String(5), default="en", server_default="en")
    # When a moderator first opened it: the status page then says "in review".
    review_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    decided_by: Mapped[User | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class ProjectRequest(Base):
    """A request to add one repository (say in a supplier's account) under a listed organisation."""

    __tablename__ = "project_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    host: Mapped[str] = mapped_column(String(200))
    full_name: Mapped[str] = mapped_column(String(300))
    full_name_key: Mapped[str] = mapped_column(String(300), index=True)
    contact_email: Mapped[str] = mapped_column(String(320))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=PENDING, index=True)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    organisation: Mapped[Organisation] = relationship()
    decided_by: Mapped[User | None] = relationship()

    @property
    def repository_url(self) -> str:
        return f"https://{self.host}/{self.full_name}"


class AuditLog(Base):
    """Who did what to which record, when, with the record before and after."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # The actor's email (or "command line") at the time, kept even if the user is deleted.
    actor: Mapped[str] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(60), index=True)
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(100))
    before: Mapped[dict | None] = mapped_column(JSONType)
    after: Mapped[dict | None] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class Annotation(Base):
    """What an organisation's editors say about one of its components."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    component_id: Mapped[int] = mapped_column(
        ForeignKey("components.id", ondelete="CASCADE"), unique=True
    )
    reuse_notes: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(300))
    maturity: Mapped[str | None] = mapped_column(String(20))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    component: Mapped[Component] = relationship()
