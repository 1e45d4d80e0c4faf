"""The outbox over real transports: Notify (a double of its API) and SMTP (a local server)."""

from __future__ import annotations

import logging
from datetime import timedelta

from catalogue.addresses import confirm_address, issue_verification, mark_verified
from catalogue.models import Message
from catalogue.models.messages import (
    DELIVERED,
    FAILED,
    QUEUED,
    SENT,
    SUPPRESSED,
    UNVERIFIED,
)
from catalogue.models.types import utcnow
from catalogue.outbox import (
    MAX_ATTEMPTS,
    MAX_PER_HOUR,
    RETRY_DELAYS,
    Draft,
    check_deliveries,
    deliver_due,
    queue,
)
from catalogue.transports import NotifyTransport, SmtpTransport, make_transport

SECRET_LINK = "https://catalogue.example/account/reset/SECRETTOKENSECRETTOKENSECRETTOKEN123"


def draft(address="someone@example.gov.wales", language="en", **fields) -> Draft:
    values = {
        "kind": "test.message",
        "subject": "Hello",
        "body": f"Set your password:\n{SECRET_LINK}",
        "sensitive": True,
        "needs_verified_address": False,
    }
    values.update(fields)
    return Draft(address=address, language=language, **values)


def test_notify_gets_the_documented_request_with_the_template_of_the_language(
    db_session, sessions, notify, notify_settings
):
    english = queue(db_session, draft("one@example.gov.wales"))
    welsh = queue(db_session, draft("two@example.gov.wales", "cy", subject="Helo"))
    db_session.flush()

    assert deliver_due(sessions, make_transport(notify_settings)) == 2

    sent = {r["request"]["email_address"]: r for r in notify.double.sent}
    assert sent["one@example.gov.wales"]["request"]["template_id"] == notify.template_en
    assert sent["two@example.gov.wales"]["request"]["template_id"] == notify.template_cy
    assert sent["two@example.gov.wales"]["subject"] == "Helo"
    assert SECRET_LINK in sent["one@example.gov.wales"]["body"]
    assert sent["one@example.gov.wales"]["request"]["reference"] == f"message-{english.id}"
    for message in (english, welsh):
        db_session.refresh(message)
        assert message.status == SENT
        assert message.transport == "notify"
        assert message.provider_id in {r["id"] for r in notify.double.sent}
        assert message.body is None, "a sent one-time link is not kept"


def test_notify_server_errors_are_retried_with_back_off(
    db_session, sessions, notify, notify_settings
):
    message = queue(db_session, draft())
    notify.double.fail_next.append((500, "Exception", "Internal server error"))
    transport = make_transport(notify_settings)
    now = utcnow()

    assert deliver_due(sessions, transport, now) == 0
    db_session.refresh(message)
    assert message.status == QUEUED
    assert message.attempts == 1
    assert message.next_attempt_at == now + RETRY_DELAYS[0]
    assert "Notify 500" in message.last_error
    assert deliver_due(sessions, transport, now + RETRY_DELAYS[0] / 2) == 0, "waits its turn"

    assert deliver_due(sessions, transport, now + RETRY_DELAYS[0]) == 1
    db_session.refresh(message)
    assert message.status == SENT
    assert message.attempts == 2
    assert message.last_error is None


def test_notify_refusals_fail_at_once_and_say_why(db_session, sessions, notify, notify_settings):
    message = queue(db_session, draft())
    notify.double.fail_next.append(
        (400, "BadRequestError", "Can't send to this recipient using a team-only API key")
    )
    assert deliver_due(sessions, make_transport(notify_settings)) == 0
    db_session.refresh(message)
    assert message.status == FAILED
    assert message.attempts == 1
    assert "team-only API key" in message.last_error
    assert message.body is not None, "an unsent message keeps its body for moderators"


def test_a_wrong_key_is_refused_by_the_double(db_session, sessions, notify, tmp_path):
    from tests.conftest import make_settings

    settings = make_settings(
        tmp_path / "other",
        CATALOGUE_NOTIFY_API_KEY="wrong-"
        + notify.double.service_id
        + "-"
        + "0" * 8
        + "-0000-0000-0000-000000000000",
        CATALOGUE_NOTIFY_API_URL=notify.url,
        CATALOGUE_NOTIFY_TEMPLATE_EN=notify.template_en,
        CATALOGUE_NOTIFY_TEMPLATE_CY=notify.template_cy,
    )
    message = queue(db_session, draft())
    deliver_due(sessions, NotifyTransport(settings))
    db_session.refresh(message)
    assert message.status == FAILED
    assert "Notify 403" in message.last_error
    assert notify.double.sent == []


def test_failures_stop_after_the_last_attempt(db_session, sessions, notify, notify_settings):
    message = queue(db_session, draft())
    notify.double.fail_next.extend([(503, "Exception", "Service unavailable")] * MAX_ATTEMPTS)
    transport = make_transport(notify_settings)
    when = utcnow()
    for attempt in range(MAX_ATTEMPTS):
        deliver_due(sessions, transport, when)
        db_session.refresh(message)
        assert message.attempts == attempt + 1
        if attempt < len(RETRY_DELAYS):
            when += RETRY_DELAYS[attempt]
    assert message.status == FAILED
    assert deliver_due(sessions, transport, when + timedelta(days=30)) == 0
    assert notify.double.sent == []


def test_bounces_reported_by_notify_are_recorded(db_session, sessions, notify, notify_settings):
    bounced = queue(db_session, draft("gone@example.gov.wales"))
    fine = queue(db_session, draft("here@example.gov.wales"))
    notify.double.bounces.add("gone@example.gov.wales")
    transport = make_transport(notify_settings)
    deliver_due(sessions, transport)

    assert check_deliveries(sessions, transport) == 2
    db_session.refresh(bounced)
    db_session.refresh(fine)
    assert (bounced.status, bounced.last_error) == (FAILED, "Notify: permanent-failure")
    assert fine.status == DELIVERED


def test_smtp_delivers_to_a_real_server(db_session, sessions, smtp, smtp_settings):
    queue(db_session, draft("one@example.gov.wales", "cy", subject="Helo ŵ"))
    assert deliver_due(sessions, make_transport(smtp_settings)) == 1
    [received] = smtp.wait_for(1)
    assert received["To"] == "one@example.gov.wales"
    assert received["From"] == "catalogue@example.cymru"
    assert received["Subject"] == "Helo ŵ"
    assert received["Content-Language"] == "cy"
    assert SECRET_LINK in received.get_content()


def test_smtp_refusal_fails_and_an_absent_server_is_retried(
    db_session, sessions, smtp, smtp_settings
):
    smtp.refuse.add("nobody@example.gov.wales")
    refused = queue(db_session, draft("nobody@example.gov.wales"))
    deliver_due(sessions, make_transport(smtp_settings))
    db_session.refresh(refused)
    assert refused.status == FAILED
    assert "550" in refused.last_error

    later = queue(db_session, draft("later@example.gov.wales"))
    smtp.stop()
    deliver_due(sessions, SmtpTransport(smtp_settings))
    db_session.refresh(later)
    assert later.status == QUEUED
    assert later.attempts == 1
    assert later.last_error.startswith("SMTP")


def test_no_more_than_a_few_messages_an_hour_to_one_address(db_session):
    now = utcnow()
    kept = [queue(db_session, draft("Flood@example.gov.wales"), now) for _ in range(MAX_PER_HOUR)]
    extra = queue(db_session, draft("flood@EXAMPLE.gov.wales"), now)
    assert all(m.status == QUEUED for m in kept)
    assert extra.status == SUPPRESSED
    assert "in an hour" in extra.last_error
    assert (
        queue(
            db_session, draft("flood@example.gov.wales"), now + timedelta(hours=1, seconds=1)
        ).status
        == QUEUED
    )
    assert queue(db_session, draft("other@example.gov.wales"), now).status == QUEUED


def test_messages_wait_for_an_unconfirmed_address(db_session):
    held = queue(db_session, draft("new@example.gov.wales", needs_verified_address=True))
    assert held.status == UNVERIFIED
    token = issue_verification(db_session, "New@example.gov.wales")
    assert confirm_address(db_session, "x" * 43) is None
    assert confirm_address(db_session, token) == "new@example.gov.wales"
    db_session.refresh(held)
    assert held.status == QUEUED
    assert confirm_address(db_session, token) is None, "a confirmation link works once"
    after = queue(db_session, draft("new@example.gov.wales", needs_verified_address=True))
    assert after.status == QUEUED


def test_expired_confirmation_links_do_not_work(db_session):
    token = issue_verification(db_session, "late@example.gov.wales", utcnow() - timedelta(days=8))
    assert confirm_address(db_session, token) is None


def test_bodies_and_links_never_reach_the_logs(
    db_session, sessions, notify, notify_settings, caplog
):
    caplog.set_level(logging.DEBUG)
    mark_verified(db_session, "someone@example.gov.wales")
    queue(db_session, draft())
    queue(db_session, draft())
    notify.double.fail_next.append((400, "BadRequestError", "Missing personalisation: body"))
    deliver_due(sessions, make_transport(notify_settings))
    assert caplog.records, "sending is logged"
    assert "SECRETTOKEN" not in caplog.text
    assert "Set your password" not in caplog.text
    assert notify.double.secret not in caplog.text


def test_without_a_transport_messages_stay_in_the_outbox(db_session, settings):
    assert make_transport(settings) is None
    message = queue(db_session, draft())
    assert db_session.get(Message, message.id).status == QUEUED
