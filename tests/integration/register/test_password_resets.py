"""Password reset links on SQLite and PostgreSQL: hashed, expiring, single use, replaced, audited."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from catalogue.accounts import LockedError, SignInError, authenticate, is_locked
from catalogue.models import AuditLog, PasswordReset
from catalogue.models.types import utcnow
from catalogue.password_resets import (
    LIFETIME,
    ResetLinkError,
    complete_reset,
    find_reset,
    hash_token,
    issue_reset,
    open_reset,
)
from catalogue.urls import InputError
from tests.integration.register.factories import PASSWORD, make_user

NEW_PASSWORD = "a different long passphrase"
ADDRESS = "192.0.2.10"


def test_only_the_tokens_hash_is_stored(db_session):
    user = make_user(db_session)
    token, reset = issue_reset(db_session, user, actor=None)
    assert len(token) == 43
    stored = db_session.scalars(select(PasswordReset.token_hash)).all()
    assert stored == [hash_token(token)]
    assert token not in stored[0]
    assert find_reset(db_session, token) is reset


def test_a_link_lasts_24_hours(db_session):
    user = make_user(db_session)
    now = utcnow()
    token, reset = issue_reset(db_session, user, actor=None, now=now)
    assert reset.expires_at == now + LIFETIME == now + timedelta(hours=24)
    assert find_reset(db_session, token, now + timedelta(hours=23, minutes=59)) is reset
    assert find_reset(db_session, token, now + timedelta(hours=24)) is None
    with pytest.raises(ResetLinkError):
        open_reset(db_session, token, ADDRESS, now + timedelta(hours=25))


def test_a_link_works_once(db_session):
    user = make_user(db_session)
    token, reset = issue_reset(db_session, user, actor=None)
    assert complete_reset(db_session, reset, NEW_PASSWORD) is user
    assert reset.used_at is not None
    assert find_reset(db_session, token) is None
    # A second submission racing the first (holding the same row) is refused too.
    with pytest.raises(ResetLinkError):
        complete_reset(db_session, reset, "yet another long passphrase")
    assert authenticate(db_session, user.email, NEW_PASSWORD, ADDRESS) is user


def test_a_new_link_replaces_older_unused_ones(db_session):
    user = make_user(db_session)
    other = make_user(db_session)
    now = utcnow()
    first, _ = issue_reset(db_session, user, actor=None, now=now)
    others, _ = issue_reset(db_session, other, actor=None, now=now)
    second, _ = issue_reset(db_session, user, actor=None, now=now + timedelta(minutes=5))
    later = now + timedelta(minutes=6)
    assert find_reset(db_session, first, later) is None
    assert find_reset(db_session, second, later) is not None
    assert find_reset(db_session, others, later) is not None, "another person's link is kept"
    assert len(db_session.scalars(select(PasswordReset)).all()) == 3


def test_using_a_link_sets_the_password_signs_out_everywhere_and_clears_the_lock(db_session):
    user = make_user(db_session, "locked-out@example.gov.wales")
    version = user.session_version
    now = utcnow()
    for attempt in range(5):
        with pytest.raises((SignInError, LockedError)):
            authenticate(db_session, user.email, "guess", f"198.51.100.{attempt}", now)
    assert is_locked(db_session, "account", user.email, now)
    _, reset = issue_reset(db_session, user, actor=None, now=now)
    complete_reset(db_session, reset, NEW_PASSWORD, now)
    assert user.session_version == version + 1
    assert not is_locked(db_session, "account", user.email, now)
    assert authenticate(db_session, user.email, NEW_PASSWORD, "203.0.113.1", now) is user
    with pytest.raises(SignInError):
        authenticate(db_session, user.email, PASSWORD, "203.0.113.1", now)


@pytest.mark.parametrize("password", ["short", "", "x" * 1025])
def test_a_weak_password_leaves_the_link_usable(db_session, password):
    user = make_user(db_session)
    token, reset = issue_reset(db_session, user, actor=None)
    with pytest.raises(InputError):
        complete_reset(db_session, reset, password)
    assert find_reset(db_session, token) is reset


def test_a_disabled_account_gets_no_link_and_its_links_stop_working(db_session):
    user = make_user(db_session)
    token, _ = issue_reset(db_session, user, actor=None)
    user.active = False
    assert find_reset(db_session, token) is None
    with pytest.raises(InputError, match="disabled"):
        issue_reset(db_session, user, actor=None)


@pytest.mark.parametrize("token", ["", "short", "x" * 43 + "/..", "é" * 43, "a" * 200])
def test_tokens_of_the_wrong_shape_are_refused_unread(db_session, token):
    assert find_reset(db_session, token) is None


def test_issue_and_use_are_audited_without_the_token(db_session):
    moderator = make_user(db_session, "moderator@example.gov.wales", is_admin=True)
    user = make_user(db_session, "forgetful@example.gov.wales")
    token, reset = issue_reset(db_session, user, moderator)
    assert reset.created_by_id == moderator.id
    complete_reset(db_session, reset, NEW_PASSWORD)
    entries = db_session.scalars(
        select(AuditLog)
        .where(AuditLog.target_id == str(user.id), AuditLog.action != "user.create")
        .order_by(AuditLog.id)
    ).all()
    assert [(e.action, e.actor) for e in entries] == [
        ("user.reset_link", "moderator@example.gov.wales"),
        ("user.sign_out_everywhere", "forgetful@example.gov.wales"),
        ("user.password_reset", "forgetful@example.gov.wales"),
    ]
    recorded = str([(e.before, e.after) for e in entries])
    assert token not in recorded
    assert hash_token(token) not in recorded
    assert NEW_PASSWORD not in recorded


def test_links_that_do_not_work_lock_the_address_for_fifteen_minutes(db_session):
    user = make_user(db_session)
    token, _ = issue_reset(db_session, user, actor=None)
    now = utcnow()
    for attempt in range(4):
        with pytest.raises(ResetLinkError):
            open_reset(db_session, f"guessed-token-{attempt:030d}", ADDRESS, now)
    with pytest.raises(LockedError):
        open_reset(db_session, "guessed-token-" + "9" * 30, ADDRESS, now)
    # Locked even for a good link from that address, but not from another.
    with pytest.raises(LockedError):
        open_reset(db_session, token, ADDRESS, now)
    assert open_reset(db_session, token, "192.0.2.11", now) is not None
    later = now + timedelta(minutes=15, seconds=1)
    assert open_reset(db_session, token, ADDRESS, later) is not None
