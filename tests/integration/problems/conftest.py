"""Problem fixtures: the harvest's catalogue and GitHub double, and a local SMTP server."""

from __future__ import annotations

import pytest

from tests.integration.harvest.conftest import catalogue, github, migrated_template  # noqa: F401
from tests.smtp_server import LocalSmtp


@pytest.fixture
def smtp():
    server = LocalSmtp().start()
    yield server
    server.stop()


# The web tests reuse the registration tests' app over its own database and its sign-in helpers.
from tests.integration.register.conftest import (  # noqa: E402, F401
    cheap_argon2,
    client,
    store,
    web_app,
    web_engine,
    web_settings,
)
