"""Verified e-mail addresses: a link sent to an address proves someone reads it.

Only the request confirmation and one-time links (invitations, resets) go to an address nobody
has confirmed; anything else waits in the outbox until the address is confirmed.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from catalogue.models import Message, VerifiedAddress
from catalogue.models.messages import QUEUED, UNVERIFIED
from catalogue.models.types import utcnow
from catalogue.tokens import TOKEN_SHAPE, hash_token
from catalogue.wakeup import wake_after_commit

LIFETIME = timedelta(days=7)


def address_key(address: str) -> str:
    return (address or "").strip().lower()


def _row(session: Session, key: str) -> VerifiedAddress:
    row = session.scalar(select(VerifiedAddress).where(VerifiedAddress.address_key == key))
    if row is None:
        row = VerifiedAddress(address_key=key)
        session.add(row)
    return row


def is_verified(session: Session, address: str) -> bool:
    """Whether someone has confirmed they read this address."""
    found = session.scalar(
        select(VerifiedAddress.verified_at).where(
            VerifiedAddress.address_key == address_key(address)
        )
    )
    return found is not None


def issue_verification(session: Session, address: str, now: datetime | None = None) -> str:
    """A fresh confirmation token for the address (replacing any earlier one); only its hash is kept."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    row = _row(session, address_key(address))
    row.token_hash = hash_token(token)
    row.token_expires_at = now + LIFETIME
    session.flush()
    return token


def confirm_address(session: Session, token: str, now: datetime | None = None) -> str | None:
    """Mark the address this token was sent to as verified; None when the link does not work."""
    if not TOKEN_SHAPE.fullmatch(token or ""):
        return None
    now = now or utcnow()
    row = session.scalar(
        select(VerifiedAddress).where(VerifiedAddress.token_hash == hash_token(token))
    )
    if row is None or row.token_expires_at is None or row.token_expires_at <= now:
        return None
    row.token_hash = None
    row.token_expires_at = None
    mark_verified(session, row.address_key, now)
    return row.address_key


def mark_verified(session: Session, address: str, now: datetime | None = None) -> None:
    """Record that the address is read (say, its owner used a one-time link), and release its mail."""
    now = now or utcnow()
    row = _row(session, address_key(address))
    if row.verified_at is None:
        row.verified_at = now
    # Messages that waited for this address go out now.
    released = session.execute(
        update(Message)
        .where(Message.address_key == row.address_key, Message.status == UNVERIFIED)
        .values(status=QUEUED, next_attempt_at=now, last_error=None)
    )
    session.flush()
    if released.rowcount:
        wake_after_commit(session)
