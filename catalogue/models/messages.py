"""Outbound e-mail: every message the catalogue sends, and the addresses people have verified."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from catalogue.db import Base
from catalogue.models.types import UTCDateTime, utcnow

UNVERIFIED = "unverified"  # waits until someone confirms the address
QUEUED = "queued"
SENDING = "sending"
SENT = "sent"
DELIVERED = "delivered"
FAILED = "failed"
SUPPRESSED = "suppressed"


class Message(Base):
    """One e-mail to one address, kept from the moment it is written until well after it is sent."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(320))
    # Lower-cased: the hourly limit per address counts case-insensitively.
    address_key: Mapped[str] = mapped_column(String(320), index=True)
    language: Mapped[str] = mapped_column(String(5), default="en")
    kind: Mapped[str] = mapped_column(String(60), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    # Cleared once sent when it holds a one-time link (`sensitive`): the link lives in the inbox only.
    body: Mapped[str | None] = mapped_column(Text)
    sensitive: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(20), default=QUEUED, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Why the last attempt failed (or why it was not sent), short and free of the body.
    last_error: Mapped[str | None] = mapped_column(String(500))
    transport: Mapped[str | None] = mapped_column(String(20))
    # The provider's id for the message (Notify's notification id), to ask later whether it bounced.
    provider_id: Mapped[str | None] = mapped_column(String(100))
    # What the message is about, e.g. "registration:12", for the pages that show it.
    topic: Mapped[str | None] = mapped_column(String(100), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class VerifiedAddress(Base):
    """An address someone proved they read, by following a link sent to it (kept as a hash)."""

    __tablename__ = "email_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    address_key: Mapped[str] = mapped_column(String(320), unique=True)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # SHA-256 of the latest verification link's token; None once used.
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    token_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
