"""Fixtures for e-mail: a Notify double, a local SMTP server, sessions on a migrated database."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import sessionmaker

from catalogue import accounts
from tests.conftest import make_settings
from tests.integration.register.factories import CHEAP_HASHER
from tests.notify_double.server import RunningNotify
from tests.smtp_server import LocalSmtp


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch):
    monkeypatch.setattr(accounts, "_hasher", lambda: CHEAP_HASHER)


@pytest.fixture
def notify():
    running = RunningNotify()
    running.template_en = running.double.add_template()
    running.template_cy = running.double.add_template()
    yield running
    running.close()


@pytest.fixture
def notify_settings(tmp_path, notify):
    return make_settings(
        tmp_path / "var",
        CATALOGUE_NOTIFY_API_KEY=notify.double.api_key,
        CATALOGUE_NOTIFY_API_URL=notify.url,
        CATALOGUE_NOTIFY_TEMPLATE_EN=notify.template_en,
        CATALOGUE_NOTIFY_TEMPLATE_CY=notify.template_cy,
    )


@pytest.fixture
def smtp():
    server = LocalSmtp().start()
    yield server
    server.stop()


@pytest.fixture
def smtp_settings(tmp_path, smtp):
    return make_settings(
        tmp_path / "var", CATALOGUE_SMTP_URL=smtp.url, CATALOGUE_MAIL_FROM="catalogue@example.cymru"
    )


@pytest.fixture
def sessions(db_session):
    """A session factory whose sessions share the test's rolled-back transaction."""
    factory = sessionmaker(bind=db_session.connection(), join_transaction_mode="create_savepoint")
    return factory
