"""The page header asks who is signed in only when a session cookie is sent, and survives a database outage."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy.exc import OperationalError

from web.security import SESSION_COOKIE
from web.sessions import signed_in


def _request(cookies: dict[str, str], sessionmaker) -> SimpleNamespace:
    return SimpleNamespace(
        scope={"state": {}},
        cookies=cookies,
        app=SimpleNamespace(state=SimpleNamespace(sessionmaker=sessionmaker)),
    )


def _unreachable():
    raise OperationalError("SELECT 1", {}, Exception("database is down"))


def test_nobody_is_looked_up_without_a_session_cookie():
    def sessionmaker():
        raise AssertionError("no query for a visitor who is not signed in")

    assert signed_in(_request({}, sessionmaker)) is None


def test_an_unreachable_database_leaves_the_header_naming_nobody():
    assert signed_in(_request({SESSION_COOKIE: "x.y"}, _unreachable)) is None
