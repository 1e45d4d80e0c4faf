"""One-time password reset links: a moderator issues one, the person sets a new password with it.

The catalogue sends no email: the moderator passes the link on by hand. Only the SHA-256 of a
link's token is stored, so neither the table nor the audit log can be turned back into a link.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from catalogue.accounts import (
    LockedError,
    begin_attempt,
    check_password,
    clear_throttle,
    email_key,
    forgive_attempt,
    record_audit,
    set_password,
)
from catalogue.addresses import mark_verified
from catalogue.errors import CatalogueError
from catalogue.models import LoginThrottle, PasswordReset, User
from catalogue.models.types import utcnow
from catalogue.tokens import TOKEN_SHAPE, hash_token
from catalogue.urls import InputError
from catalogue.vocabulary import N_

LIFETIME = timedelta(hours=24)
# A new person may not read their invitation the same day.
INVITE_LIFETIME = timedelta(days=7)
RESET = "reset"
INVITE = "invite"
# Throttle kind for addresses that try links that do not work (LoginThrottle.kind).
THROTTLE_KIND = "reset"


class ResetLinkError(CatalogueError):
    """The link is unknown, expired, used, replaced or for a disabled account (never says which)."""


def reset_link(base_url: str, token: str, locale: str = "en") -> str:
    """The full address of a reset link in one language (Welsh pages live under /cy)."""
    prefix = "" if locale == "en" else f"/{locale}"
    return f"{base_url.rstrip('/')}{prefix}/account/reset/{token}"


def _still_working(now: datetime) -> tuple:
    """SQL conditions for links neither used nor expired."""
    return (PasswordReset.used_at.is_(None), PasswordReset.expires_at > now)


def issue_reset(
    session: Session,
    user: User,
    actor: User | None,
    now: datetime | None = None,
    purpose: str = RESET,
) -> tuple[str, PasswordReset]:
    """A fresh token for this person, replacing any unused earlier one; the token is not stored."""
    if not user.active:
        raise InputError(N_("%(email)s is disabled, so cannot set a password"), email=user.email)
    now = now or utcnow()
    # Earlier unused links stop working at once; their rows stay as a record.
    session.execute(
        update(PasswordReset)
        .where(PasswordReset.user_id == user.id, *_still_working(now))
        .values(expires_at=now)
    )
    token = secrets.token_urlsafe(32)
    reset = PasswordReset(
        user_id=user.id,
        token_hash=hash_token(token),
        created_at=now,
        expires_at=now + (INVITE_LIFETIME if purpose == INVITE else LIFETIME),
        created_by_id=actor.id if actor is not None else None,
        purpose=purpose,
    )
    session.add(reset)
    session.flush()
    after = {"reset": reset.id, "expires_at": reset.expires_at.isoformat()}
    action = "user.invite_link" if purpose == INVITE else "user.reset_link"
    record_audit(session, actor, action, "user", user.id, None, after)
    return token, reset


def find_reset(session: Session, token: str, now: datetime | None = None) -> PasswordReset | None:
    """The reset this token opens, if it is unused, unexpired and its person still active."""
    if not TOKEN_SHAPE.fullmatch(token or ""):
        return None
    now = now or utcnow()
    reset = session.scalar(
        select(PasswordReset).where(PasswordReset.token_hash == hash_token(token))
    )
    if reset is None or reset.used_at is not None or reset.expires_at <= now:
        return None
    return reset if reset.user.active else None


def open_reset(
    session: Session, token: str, address: str, now: datetime | None = None
) -> PasswordReset:
    """The usable reset for a token, counting a failure for the address when there is none.

    Raises LockedError when the address has tried too many links that do not work, and
    ResetLinkError otherwise. The web app runs the two steps in separate transactions, so the
    count is kept although the refusal rolls the request back (see accounts.begin_attempt).
    """
    throttles = begin_attempt(session, reset_keys(address), now)
    return finish_open(session, throttles, token, now)


def reset_keys(address: str) -> list[tuple[str, str]]:
    """The throttle a reset link counts against: the address trying it."""
    return [(THROTTLE_KIND, address or "unknown")]


def finish_open(
    session: Session, throttles: list[LoginThrottle], token: str, now: datetime | None = None
) -> PasswordReset:
    """The reset of a counted attempt: the attempt is forgiven if the link works."""
    reset = find_reset(session, token, now)
    if reset is None:
        locks = [t.locked_until for t in throttles if t.locked_until is not None]
        if locks:
            raise LockedError(max(locks))
        raise ResetLinkError("this password reset link does not work")
    forgive_attempt(session, throttles)
    return reset


def complete_reset(
    session: Session, reset: PasswordReset, password: str, now: datetime | None = None
) -> User:
    """Set the new password, use up the link, sign the person out everywhere, clear their lock."""
    check_password(password)
    now = now or utcnow()
    # Conditional, so two submissions of one link racing each other cannot both succeed.
    used = session.execute(
        update(PasswordReset)
        .where(PasswordReset.id == reset.id, *_still_working(now))
        .values(used_at=now)
    )
    if used.rowcount != 1:
        raise ResetLinkError("this password reset link does not work")
    session.refresh(reset, ["used_at"])
    user = reset.user
    set_password(session, user, password)
    # Whoever opened a link sent to the address reads it.
    mark_verified(session, user.email, now)
    clear_throttle(session, "account", email_key(user.email))
    record_audit(session, user, "user.password_reset", "user", user.id, None, {"reset": reset.id})
    return user
