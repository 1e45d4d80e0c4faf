"""Registration test fixtures: cheap argon2, a web app over its own database, two bodies."""

from __future__ import annotations

import itertools

import pytest

from catalogue import accounts
from tests.integration.register.factories import (
    CHEAP_HASHER,
    build_app,
    make_component,
    make_organisation,
    make_user,
)

# The web database lives as long as a module, so each test's organisations need names of their own.
_tags = itertools.count(1)


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


@pytest.fixture
def two_orgs(store):
    """Two organisations, named in English and Welsh, each with a component and an editor."""
    tag = f"t{next(_tags)}"
    org_a = make_organisation(store, f"a-{tag}", name=f"Org A {tag}", name_cy=f"Sefydliad A {tag}")
    org_b = make_organisation(store, f"b-{tag}", name=f"Org B {tag}", name_cy=f"Sefydliad B {tag}")
    world = {
        "tag": tag,
        "org_a": org_a,
        "org_b": org_b,
        "component_a": make_component(store, org_a, "app-a"),
        "component_b": make_component(store, org_b, "app-b"),
        "editor_a": make_user(store, f"a-{tag}@example.gov.wales", organisation=org_a),
        "editor_b": make_user(store, f"b-{tag}@example.gov.wales", organisation=org_b),
    }
    store.commit()
    return world
