"""The outbox: every e-mail is written here first, then sent, retried and recorded by a transport.

Nothing is dropped: a message that cannot go (no transport, an address nobody has confirmed,
too many to one address in an hour, a provider's refusal) stays here with the reason, for
moderators to read at /admin/messages. Bodies and subjects never reach the logs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from catalogue.addresses import address_key, is_verified
from catalogue.models import Message
from catalogue.models.messages import (
    DELIVERED,
    FAILED,
    QUEUED,
    SENDING,
    SENT,
    SUPPRESSED,
    UNVERIFIED,
)
from catalogue.models.types import utcnow
from catalogue.wakeup import wake_after_commit

log = logging.getLogger(__name__)

# No one can make the catalogue write more than this to one address in an hour.
MAX_PER_HOUR = 5
# Waits after the 1st, 2nd ... failed attempt; after the last one the message is marked failed.
RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# A message claimed by a sender that died is tried again after this long.
LEASE = timedelta(minutes=10)
# Providers are asked whether a sent message bounced for this long after sending.
CHECK_WINDOW = timedelta(days=3)


class SendError(Exception):
    """A transport could not send a message; `permanent` ones are not retried."""

    def __init__(self, reason: str, permanent: bool = False) -> None:
        self.reason = reason[:480]
        self.permanent = permanent
        super().__init__(self.reason)


class Transport(Protocol):
    """Something that hands an e-mail to a mail service."""

    name: str

    def send(self, message: Message) -> str | None:
        """Send one message; return the provider's id for it (or None); raise SendError."""

    def delivery_status(self, provider_id: str) -> str | None:
        """DELIVERED, FAILED with a reason via SendError, or None while the provider does not know."""


@dataclass(frozen=True)
class Draft:
    """A message written in one language, ready for the outbox."""

    address: str
    language: str
    kind: str
    subject: str
    body: str
    topic: str | None = None
    # Holds a one-time link: the body is forgotten once sent.
    sensitive: bool = False
    # False only for the request confirmation and one-time links, which go to any address.
    needs_verified_address: bool = True


def queue(session: Session, draft: Draft, now: datetime | None = None) -> Message:
    """Keep a message in the outbox, held if its address is unconfirmed or over the hourly limit."""
    now = now or utcnow()
    key = address_key(draft.address)
    message = Message(
        address=draft.address.strip(),
        address_key=key,
        language=draft.language,
        kind=draft.kind,
        subject=draft.subject[:300],
        body=draft.body,
        sensitive=draft.sensitive,
        topic=draft.topic,
        status=QUEUED,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    if sent_recently(session, key, now) >= MAX_PER_HOUR:
        message.status = SUPPRESSED
        message.next_attempt_at = None
        message.last_error = f"more than {MAX_PER_HOUR} messages to this address in an hour"
    elif draft.needs_verified_address and not is_verified(session, key):
        message.status = UNVERIFIED
        message.next_attempt_at = None
    session.add(message)
    session.flush()
    if message.status == QUEUED:
        wake_after_commit(session)
    log.info("outbox: message %s (%s) %s", message.id, message.kind, message.status)
    return message


def sent_recently(session: Session, key: str, now: datetime) -> int:
    """How many messages (not counting held ones) were written to this address in the last hour."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Message)
            .where(
                Message.address_key == key,
                Message.created_at > now - timedelta(hours=1),
                Message.status != SUPPRESSED,
            )
        )
        or 0
    )


def deliver_due(
    sessions: Callable[[], Session], transport: Transport, now: datetime | None = None, limit=50
) -> int:
    """Send what is due, each message claimed in its own transaction; returns how many were sent."""
    now = now or utcnow()
    with sessions() as session:
        due = session.scalars(
            select(Message.id)
            .where(
                or_(Message.status == QUEUED, Message.status == SENDING),
                Message.next_attempt_at <= now,
            )
            .order_by(Message.next_attempt_at, Message.id)
            .limit(limit)
        ).all()
    sent = 0
    for message_id in due:
        sent += _deliver_one(sessions, transport, message_id, now)
    return sent


def _deliver_one(sessions, transport: Transport, message_id: int, now: datetime) -> int:
    with sessions() as session:
        # Conditional, so two senders (two web workers) cannot both take one message.
        claimed = session.execute(
            update(Message)
            .where(
                Message.id == message_id,
                or_(Message.status == QUEUED, Message.status == SENDING),
                Message.next_attempt_at <= now,
            )
            .values(status=SENDING, next_attempt_at=now + LEASE, attempts=Message.attempts + 1)
        )
        session.commit()
        if claimed.rowcount != 1:
            return 0
        message = session.get(Message, message_id)
        try:
            provider_id = transport.send(message)
        except SendError as exc:
            _failed(message, exc, now)
            session.commit()
            log.warning(
                "outbox: message %s attempt %s failed (%s): %s",
                message.id,
                message.attempts,
                message.status,
                exc.reason,
            )
            return 0
        except Exception:
            _failed(message, SendError("unexpected error in the transport"), now)
            session.commit()
            log.exception("outbox: message %s: unexpected error", message.id)
            return 0
        message.status = SENT
        message.sent_at = now
        message.transport = transport.name
        message.provider_id = provider_id
        message.next_attempt_at = None
        message.last_error = None
        if message.sensitive:
            message.body = None
        session.commit()
        log.info("outbox: message %s sent by %s", message.id, transport.name)
        return 1


def _failed(message: Message, exc: SendError, now: datetime) -> None:
    message.last_error = exc.reason
    if exc.permanent or message.attempts >= MAX_ATTEMPTS:
        message.status = FAILED
        message.next_attempt_at = None
    else:
        message.status = QUEUED
        message.next_attempt_at = now + RETRY_DELAYS[message.attempts - 1]


def check_deliveries(
    sessions: Callable[[], Session], transport: Transport, now: datetime | None = None
) -> int:
    """Ask the provider what became of recently sent messages; record bounces. Returns changes."""
    now = now or utcnow()
    changed = 0
    with sessions() as session:
        recent = session.scalars(
            select(Message).where(
                Message.status == SENT,
                Message.transport == transport.name,
                Message.provider_id.is_not(None),
                Message.sent_at > now - CHECK_WINDOW,
            )
        ).all()
        for message in recent:
            try:
                status = transport.delivery_status(message.provider_id)
            except SendError as exc:
                if not exc.permanent:
                    continue  # the provider could not answer now; ask next time
                message.status = FAILED
                message.last_error = exc.reason
                changed += 1
                log.warning("outbox: message %s was not delivered: %s", message.id, exc.reason)
                continue
            if status == DELIVERED:
                message.status = DELIVERED
                changed += 1
        session.commit()
    return changed


def list_messages(session: Session, limit: int = 200) -> list[Message]:
    """The newest messages first, for the moderators' outbox page."""
    return list(session.scalars(select(Message).order_by(Message.id.desc()).limit(limit)).all())


def count_by_status(session: Session) -> dict[str, int]:
    """How many messages are in each status."""
    rows = session.execute(select(Message.status, func.count()).group_by(Message.status)).all()
    return {status: count for status, count in rows}
