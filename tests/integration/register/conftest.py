"""Fixtures for the registration tests: cheap argon2, a web app over its own database."""

from __future__ import annotations

import pytest

from catalogue import accounts
from tests.integration.register.factories import CHEAP_HASHER, build_app


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch):
    monkeypatch.setattr(accounts, "_hasher", lambda: CHEAP_HASHER)


@pytest.fixture(scope="module")
def web_engine(tmp_path_factory):
    from catalogue.db import make_engine
    from catalogue.migrate import upgrade

    url = f"sqlite:///{tmp_path_factory.mktemp('register-web') / 'catalogue.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def web_settings(tmp_path_factory):
    from tests.conftest import make_settings

    return make_settings(tmp_path_factory.mktemp("register-var"))


@pytest.fixture(scope="module")
def web_app(web_settings, web_engine):
    return build_app(web_settings, web_engine)


@pytest.fixture
def client(web_app, web_engine):
    from litestar.testing import TestClient
    from sqlalchemy import delete

    from catalogue.models import LoginThrottle

    # Every test client signs in from the same address; start each test with no failures counted.
    with web_engine.begin() as connection:
        connection.execute(delete(LoginThrottle))
    with TestClient(app=web_app) as test_client:
        yield test_client


@pytest.fixture
def store(web_engine):
    """A committed session on the web app's database, for arranging data."""
    from catalogue.db import make_sessionmaker

    session = make_sessionmaker(web_engine)()
    yield session
    session.commit()
    session.close()
