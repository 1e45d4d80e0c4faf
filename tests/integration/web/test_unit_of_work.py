"""Units of work at the boundary: a request commits on 2xx and 3xx and rolls back otherwise."""

from __future__ import annotations

import pytest
from litestar import Litestar, Response, get, post
from litestar.datastructures import State
from litestar.di import Provide
from litestar.response import Redirect
from litestar.testing import TestClient
from sqlalchemy import String, func, insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from catalogue.db import make_engine, make_sessionmaker
from tests.conftest import make_settings
from web.deps import DbSession
from web.errors import EXCEPTION_HANDLERS
from web.unit_of_work import provide_db_session, unit_of_work


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(50))


metadata = Base.metadata
notes = Note.__table__


def _write(session: Session, text: str) -> None:
    session.execute(insert(notes).values(text=text))


@post("/saved", status_code=200, sync_to_thread=True)
def saved(db_session: DbSession) -> str:
    _write(db_session, "saved")  # and no commit: the boundary does it
    return "ok"


@post("/redirected", sync_to_thread=True)
def redirected(db_session: DbSession) -> Redirect:
    _write(db_session, "redirected")
    return Redirect("/count", status_code=303)


@post("/raised", sync_to_thread=True)
def raised(db_session: DbSession) -> str:
    _write(db_session, "raised")
    raise RuntimeError("the handler failed after writing")


@post("/refused", sync_to_thread=True)
def refused(db_session: DbSession) -> Response:
    _write(db_session, "refused")
    return Response("no", status_code=400)


@post("/unsaveable", status_code=200, sync_to_thread=True)
def unsaveable(db_session: DbSession) -> str:
    # Two rows with one primary key: only the commit's flush finds out.
    db_session.add(Note(id=999, text="first"))
    db_session.add(Note(id=998, text="second"))
    db_session.flush()
    db_session.add(Note(id=999, text="again"))
    return "looks fine"


@get("/count", sync_to_thread=True)
def count(db_session: DbSession) -> dict:
    rows = db_session.execute(select(notes.c.text, func.count()).group_by(notes.c.text))
    return dict(rows.all())


@pytest.fixture
def client(tmp_path):
    settings = make_settings(tmp_path / "var")
    engine = make_engine(f"sqlite:///{tmp_path / 'uow.sqlite'}", pool_size=2)
    metadata.create_all(engine)
    app = Litestar(
        route_handlers=[saved, redirected, raised, refused, unsaveable, count],
        dependencies={"db_session": Provide(provide_db_session, sync_to_thread=False)},
        state=State(
            {
                "settings": settings,
                "sessionmaker": make_sessionmaker(engine),
                "write_sessionmaker": make_sessionmaker(engine, writes=True),
            }
        ),
        exception_handlers=EXCEPTION_HANDLERS,
        middleware=[unit_of_work],
    )
    with TestClient(app=app) as test_client:
        yield test_client
    checked_out = engine.pool.checkedout()
    engine.dispose()
    assert checked_out == 0, "every request gave its connection back"


def test_a_handler_that_returns_success_is_committed_without_committing(client):
    assert client.post("/saved").status_code == 200
    assert client.post("/redirected", follow_redirects=False).status_code == 303
    assert client.get("/count").json() == {"saved": 1, "redirected": 1}


def test_a_handler_that_raises_or_refuses_leaves_nothing_behind(client):
    assert client.post("/raised").status_code == 500
    assert client.post("/refused").status_code == 400
    assert client.get("/count").json() == {}


def test_a_commit_that_fails_is_a_500_not_a_success(client):
    response = client.post("/unsaveable")
    assert response.status_code == 500
    assert "Nothing was saved" in response.text
    assert client.get("/count").json() == {}
