"""People who sign in: argon2 passwords, throttling per account and per address, sign-out everywhere."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from catalogue import accounts
from catalogue.accounts import LockedError, SignInError, authenticate, is_locked
from catalogue.models import AuditLog, LoginThrottle
from catalogue.models.types import utcnow
from catalogue.urls import InputError
from tests.integration.register.factories import PASSWORD, make_organisation, make_user


def test_passwords_are_stored_as_argon2id_hashes(db_session):
    user = make_user(db_session, "Editor@Example.gov.wales")
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    assert authenticate(db_session, "editor@example.gov.wales", PASSWORD, "192.0.2.1") is user


def test_an_email_address_has_one_account_whatever_its_case(db_session):
    make_user(db_session, "dup@example.gov.wales")
    with pytest.raises(InputError, match="already an account"):
        make_user(db_session, "DUP@example.gov.wales")


@pytest.mark.parametrize("password", ["short", "", "x" * 1025])
def test_weak_or_huge_passwords_are_refused(db_session, password):
    with pytest.raises(InputError):
        accounts.create_user(db_session, "p@example.gov.wales", password)


def test_a_wrong_password_and_an_unknown_email_get_the_same_answer(db_session):
    make_user(db_session, "known@example.gov.wales")
    with pytest.raises(SignInError) as wrong:
        authenticate(db_session, "known@example.gov.wales", "not the password!", "192.0.2.1")
    with pytest.raises(SignInError) as unknown:
        authenticate(db_session, "nobody@example.gov.wales", "not the password!", "192.0.2.2")
    assert str(wrong.value) == str(unknown.value)


def test_five_failures_lock_the_account_for_fifteen_minutes(db_session):
    make_user(db_session, "target@example.gov.wales")
    now = utcnow()
    for attempt in range(4):
        with pytest.raises(SignInError):
            authenticate(
                db_session, "target@example.gov.wales", "guess", f"198.51.100.{attempt}", now
            )
    with pytest.raises(LockedError) as fifth:
        authenticate(db_session, "target@example.gov.wales", "guess", "198.51.100.9", now)
    assert fifth.value.until == now + timedelta(minutes=15)
    # Locked even for the right password, from a fresh address.
    with pytest.raises(LockedError):
        authenticate(db_session, "target@example.gov.wales", PASSWORD, "203.0.113.7", now)
    assert is_locked(db_session, "account", "target@example.gov.wales", now)
    later = now + timedelta(minutes=15, seconds=1)
    assert authenticate(db_session, "target@example.gov.wales", PASSWORD, "203.0.113.7", later)


def test_five_failures_from_one_address_lock_that_address_for_every_account(db_session):
    make_user(db_session, "someone@example.gov.wales")
    now = utcnow()
    for attempt in range(5):
        with pytest.raises((SignInError, LockedError)):
            authenticate(
                db_session, f"guess{attempt}@example.gov.wales", "guess", "192.0.2.50", now
            )
    with pytest.raises(LockedError):
        authenticate(db_session, "someone@example.gov.wales", PASSWORD, "192.0.2.50", now)
    # The same person from another address is not locked: the account had no failures.
    assert authenticate(db_session, "someone@example.gov.wales", PASSWORD, "192.0.2.51", now)


def test_a_success_clears_the_accounts_failures_but_not_the_addresss(db_session):
    make_user(db_session, "mixed@example.gov.wales")
    now = utcnow()
    for _ in range(4):
        with pytest.raises(SignInError):
            authenticate(db_session, "mixed@example.gov.wales", "guess", "192.0.2.60", now)
    authenticate(db_session, "mixed@example.gov.wales", PASSWORD, "192.0.2.60", now)
    with pytest.raises(LockedError):
        authenticate(db_session, "other@example.gov.wales", "guess", "192.0.2.60", now)
    with pytest.raises(SignInError):
        authenticate(db_session, "mixed@example.gov.wales", "guess", "192.0.2.61", now)


def test_old_failures_are_forgotten(db_session):
    make_user(db_session, "slow@example.gov.wales")
    start = utcnow()
    for _ in range(4):
        with pytest.raises(SignInError):
            authenticate(db_session, "slow@example.gov.wales", "guess", "192.0.2.70", start)
    later = start + timedelta(minutes=16)
    with pytest.raises(SignInError):
        authenticate(db_session, "slow@example.gov.wales", "guess", "192.0.2.70", later)


def test_throttling_keeps_no_email_or_address_in_clear(db_session):
    with pytest.raises(SignInError):
        authenticate(db_session, "private@example.gov.wales", "guess", "192.0.2.80")
    keys = db_session.scalars(select(LoginThrottle.key_hash)).all()
    assert keys
    assert not any("example" in key or "192.0" in key for key in keys)


def test_a_disabled_account_cannot_sign_in(db_session):
    user = make_user(db_session, "gone@example.gov.wales")
    user.active = False
    with pytest.raises(SignInError):
        authenticate(db_session, "gone@example.gov.wales", PASSWORD, "192.0.2.90")


def test_signing_out_everywhere_raises_the_session_version_and_is_audited(db_session):
    user = make_user(db_session, organisation=make_organisation(db_session))
    version = user.session_version
    accounts.sign_out_everywhere(db_session, user, user)
    assert user.session_version == version + 1
    entry = db_session.scalars(
        select(AuditLog).where(AuditLog.action == "user.sign_out_everywhere")
    ).one()
    assert entry.actor == user.email
    assert entry.before == {"session_version": version}
    assert entry.after == {"session_version": version + 1}


def test_creating_a_user_is_audited_without_the_password(db_session):
    organisation = make_organisation(db_session, "audited-org")
    user = make_user(db_session, "new@example.gov.wales", organisation=organisation)
    entry = db_session.scalars(
        select(AuditLog).where(AuditLog.action == "user.create", AuditLog.target_id == str(user.id))
    ).one()
    assert entry.actor == "command line"
    assert entry.after["organisation"] == "audited-org"
    assert entry.after["role"] == "editor"
    assert "argon2" not in str(entry.after)
