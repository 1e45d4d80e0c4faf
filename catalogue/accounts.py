"""People who sign in: argon2 passwords, sign-in throttling, sign-out everywhere, the audit log."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, func, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from catalogue.errors import CatalogueError
from catalogue.models import AuditLog, LoginThrottle, Organisation, User
from catalogue.models.types import utcnow
from catalogue.models.users import EDITOR
from catalogue.urls import InputError
from catalogue.vocabulary import N_

MIN_PASSWORD_LENGTH = 12
# Argon2 hashes whatever it is given; a cap stops a megabyte "password" costing real time.
MAX_PASSWORD_LENGTH = 1024
MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)
EMAIL = re.compile(r"^[^@\s]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
COMMAND_LINE = "command line"


class SignInError(CatalogueError):
    """The email address or password was wrong (never says which)."""


class LockedError(CatalogueError):
    """Too many failed sign-ins for this account or from this address."""

    def __init__(self, until: datetime) -> None:
        self.until = until
        super().__init__(f"too many failed attempts; try again after {until:%H:%M} UTC")


class NotPermittedError(CatalogueError, PermissionError):
    """Someone tried to do what their role does not allow; `message` is a msgid."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message % params if params else message)


def require_moderator(user: User | None) -> User:
    """The user, if they may moderate; otherwise NotPermittedError."""
    if user is None or not user.active or not user.is_admin:
        raise NotPermittedError(N_("Only catalogue moderators can review requests"))
    return user


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    # Verifying against this when the email is unknown keeps the timing of both answers alike.
    return _hasher().hash("not anybody's password")


def email_key(email: str) -> str:
    return email.strip().lower()


def check_email(email: str) -> str:
    """A trimmed email address, or InputError when it does not look like one."""
    email = (email or "").strip()
    if not email:
        raise InputError(N_("Enter an email address"))
    if len(email) > 320 or not EMAIL.match(email):
        raise InputError(N_("Enter an email address in the correct format, like name@example.com"))
    return email


def check_password(password: str) -> str:
    """The password, or InputError when it is too short or too long."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise InputError(
            N_("The password must be at least %(min)s characters"), min=MIN_PASSWORD_LENGTH
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InputError(
            N_("The password must be %(max)s characters or fewer"), max=MAX_PASSWORD_LENGTH
        )
    return password


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email_key == email_key(email)))


def create_user(
    session: Session,
    email: str,
    password: str,
    is_admin: bool = False,
    organisation: Organisation | None = None,
    actor: User | None = None,
) -> User:
    """Add a person who can sign in, as a moderator and/or an editor of one organisation."""
    email = check_email(email)
    check_password(password)
    if find_user(session, email) is not None:
        raise InputError(N_("There is already an account for %(email)s"), email=email)
    user = User(
        email=email,
        email_key=email_key(email),
        password_hash=_hasher().hash(password),
        is_admin=is_admin,
        organisation=organisation,
        role=EDITOR if organisation is not None else None,
        session_version=1,
        active=True,
    )
    session.add(user)
    session.flush()
    record_audit(session, actor, "user.create", "user", user.id, None, user_snapshot(user))
    return user


def user_snapshot(user: User) -> dict[str, Any]:
    """The audited fields of a user (never the password hash)."""
    return {
        "email": user.email,
        "is_admin": user.is_admin,
        "organisation": user.organisation.slug if user.organisation else None,
        "role": user.role,
        "active": user.active,
    }


def authenticate(
    session: Session, email: str, password: str, address: str, now: datetime | None = None
) -> User:
    """Return the user for these credentials, counting failures per account and per address.

    Five failures lock the account, or the address, for fifteen minutes. The web app runs the
    two steps in separate transactions (see begin_attempt); here they share the caller's.
    """
    throttles = begin_attempt(session, sign_in_keys(email, address), now)
    return finish_sign_in(session, throttles, email, password, now)


def sign_in_keys(email: str, address: str) -> list[tuple[str, str]]:
    """The throttles a sign-in counts against: its account, then its address."""
    return [("account", email_key(email or "")), ("address", address or "unknown")]


def begin_attempt(
    session: Session, keys: list[tuple[str, str]], now: datetime | None = None
) -> list[LoginThrottle]:
    """Count an attempt as failed before it is checked; LockedError if a throttle is locked.

    Committed before the password (or link) is checked, concurrent guesses see each other's
    counts, so five of them at once cannot all be checked after a sixth was allowed; a success
    takes its count back (forgive_attempt). The fifth attempt already sets the lock.
    """
    now = now or utcnow()
    throttles = check_throttles(session, keys, now)
    for throttle in throttles:
        throttle.failures += 1
        throttle.last_failure_at = now
        if throttle.failures >= MAX_FAILURES:
            throttle.locked_until = now + LOCK_DURATION
    session.flush()
    return throttles


def finish_sign_in(
    session: Session,
    throttles: list[LoginThrottle],
    email: str,
    password: str,
    now: datetime | None = None,
) -> User:
    """Check the password of a counted attempt: the user, or SignInError / LockedError."""
    now = now or utcnow()
    user = find_user(session, email) if email else None
    usable = user is not None and user.active
    candidate = password if password and len(password) <= MAX_PASSWORD_LENGTH else ""
    if _verify(user.password_hash if usable else _dummy_hash(), candidate) and usable:
        # A success clears the account's count, never the address's earlier failures: one
        # good password must not buy an address five more guesses at other accounts.
        forgive_attempt(session, throttles, clear_first=True)
        if _hasher().check_needs_rehash(user.password_hash):
            user.password_hash = _hasher().hash(password)
        user.last_sign_in_at = now
        session.flush()
        return user
    locks = [t.locked_until for t in throttles if t.locked_until is not None]
    if locks:
        raise LockedError(max(locks))
    raise SignInError("the email address or password is wrong")


def forgive_attempt(
    session: Session, throttles: list[LoginThrottle], clear_first: bool = False
) -> None:
    """Take back an attempt that succeeded; `clear_first` forgets the first throttle entirely."""
    for position, counted in enumerate(throttles):
        # Atomic updates by id: other attempts may have counted since this one was.
        if clear_first and position == 0:
            failures = literal(0)
        else:
            failures = case((LoginThrottle.failures > 0, LoginThrottle.failures - 1), else_=0)
        session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.id == counted.id)
            .values(failures=failures)
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.id == counted.id, LoginThrottle.failures < MAX_FAILURES)
            .values(locked_until=None)
            .execution_options(synchronize_session=False)
        )
        if counted in session:
            session.expire(counted)


def check_throttles(
    session: Session, keys: list[tuple[str, str]], now: datetime
) -> list[LoginThrottle]:
    """The throttles for these (kind, value) keys, or LockedError if any of them is locked."""
    throttles = [_throttle(session, kind, value) for kind, value in keys]
    for throttle in throttles:
        _expire(throttle, now)
        if throttle.locked_until is not None:
            raise LockedError(throttle.locked_until)
    return throttles


def clear_throttle(session: Session, kind: str, value: str) -> None:
    """Forget the failures and any lock of one account (email) or address."""
    throttle = session.scalar(
        select(LoginThrottle).where(
            LoginThrottle.kind == kind, LoginThrottle.key_hash == _key_hash(kind, value)
        )
    )
    if throttle is not None:
        throttle.failures = 0
        throttle.last_failure_at = None
        throttle.locked_until = None
        session.flush()


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _expire(throttle: LoginThrottle, now: datetime) -> None:
    """Forget a lock that has run out, and failures older than the lock window."""
    if throttle.locked_until is not None and throttle.locked_until <= now:
        throttle.locked_until = None
        throttle.failures = 0
    if throttle.last_failure_at is not None and now - throttle.last_failure_at > LOCK_DURATION:
        throttle.failures = 0


def _key_hash(kind: str, value: str) -> str:
    # Hashed so the table holds no email addresses or IP addresses of people who mistyped.
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()


def _throttle(session: Session, kind: str, value: str) -> LoginThrottle:
    key_hash = _key_hash(kind, value)
    # FOR UPDATE: on PostgreSQL concurrent attempts then count one after another (SQLite
    # serialises them with BEGIN IMMEDIATE and leaves the clause out).
    query = (
        select(LoginThrottle)
        .where(LoginThrottle.kind == kind, LoginThrottle.key_hash == key_hash)
        .with_for_update()
    )
    throttle = session.scalar(query)
    if throttle is not None:
        return throttle
    try:
        with session.begin_nested():
            throttle = LoginThrottle(kind=kind, key_hash=key_hash, failures=0)
            session.add(throttle)
    except IntegrityError:
        # A parallel request made the row first; use that one.
        throttle = session.scalar(query)
    return throttle


def is_locked(session: Session, kind: str, value: str, now: datetime | None = None) -> bool:
    """Whether sign-in is locked for an account (email) or an address."""
    now = now or utcnow()
    until = session.scalar(
        select(LoginThrottle.locked_until).where(
            LoginThrottle.kind == kind, LoginThrottle.key_hash == _key_hash(kind, value)
        )
    )
    return until is not None and until > now


def set_password(session: Session, user: User, password: str) -> None:
    """Change a password and sign the person out everywhere else."""
    check_password(password)
    user.password_hash = _hasher().hash(password)
    sign_out_everywhere(session, user, user)


def sign_out(session: Session, user: User) -> None:
    """End this person's session on the server, so a copied cookie stops working too.

    Sessions are signed cookies checked against the person's session version, so ending one
    ends every session they have (on other devices too): the safe side of the trade.
    """
    user.session_version = (user.session_version or 1) + 1
    session.flush()


def sign_out_everywhere(session: Session, user: User, actor: User | None) -> None:
    """End every session of this person, on every device, by raising the session version.

    `actor` is who asked: the person themselves, or None for the command line.
    """
    before = {"session_version": user.session_version}
    user.session_version = (user.session_version or 1) + 1
    session.flush()
    after = {"session_version": user.session_version}
    record_audit(session, actor, "user.sign_out_everywhere", "user", user.id, before, after)


def record_audit(
    session: Session,
    actor: User | None,
    action: str,
    target_type: str,
    target_id: Any,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> AuditLog:
    """Keep who did what to which record, with the record before and after."""
    entry = AuditLog(
        actor_id=actor.id if actor is not None else None,
        actor=actor.email if actor is not None else COMMAND_LINE,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        before=before,
        after=after,
        created_at=utcnow(),
    )
    session.add(entry)
    session.flush()
    return entry


def list_audit(session: Session, page: int = 1, per_page: int = 50) -> tuple[list[AuditLog], int]:
    """One page of the audit log, newest first, and the total number of entries."""
    total = session.scalar(select(func.count()).select_from(AuditLog)) or 0
    entries = session.scalars(
        select(AuditLog)
        .order_by(AuditLog.created_at.desc(), AuditLog.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    return list(entries), total
