"""One unit of work per request: commit on success (2xx, 3xx), roll back otherwise; handlers never commit.

The session is made on first use and released on the event loop the moment the response
starts, after the page has been rendered and before a byte of it leaves. It must not wait for a
worker thread: a clean-up queued behind handlers that are themselves waiting for a pooled
connection is how 22 concurrent requests froze the server (issue 13).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import anyio
from litestar import Request
from litestar.datastructures import State
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

SESSION_KEY = "db_session"
AFTER_COMMIT_KEY = "after_commit"
FAILED_COMMIT = (
    b"<!DOCTYPE html><html lang='en'><title>Sorry, there is a problem with the service</title>"
    b"<h1>Sorry, there is a problem with the service</h1><p>Nothing was saved. Try again.</p>"
    b"<p lang='cy'>Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Ni chadwyd dim.</p></html>"
)


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Route option for a POST that stores nothing (a check): its reads need not hold the write lock.
READ_ONLY = "read_only"


def provide_db_session(state: State, scope: Scope) -> Session:
    """The request's session, made on first use; the unit_of_work middleware ends it.

    A POST's reads decide its writes (is the email free? is the link unused?), so its
    transaction is one for writing: on SQLite it waits for the write lock at BEGIN instead of
    failing with "database is locked" when another write lands between its read and its write.
    """
    scope_state = scope.setdefault("state", {})
    session = scope_state.get(SESSION_KEY)
    if session is None:
        handler = scope.get("route_handler")
        read_only = handler is not None and handler.opt.get(READ_ONLY, False)
        writes = scope.get("method", "GET") not in SAFE_METHODS and not read_only
        # Making a session takes no connection: that happens at its first query, on the
        # handler's worker thread.
        factory = state.write_sessionmaker if writes else state.sessionmaker
        session = scope_state[SESSION_KEY] = factory()
    return session


def commits(status: int) -> bool:
    """Whether a response with this status keeps the request's writes."""
    return 200 <= status < 400


def _finish(session: Session, status: int) -> None:
    try:
        if commits(status):
            session.commit()
        else:
            session.rollback()
    finally:
        session.close()


def unit_of_work(app: ASGIApp) -> ASGIApp:
    """Route middleware: end the request's session when its response starts.

    Litestar's exception handlers sit inside route middleware, so an exception has already become
    an error response (rolled back) by the time it gets here. A commit that fails turns the
    response into a 500 instead of a success that saved nothing.
    """

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        replaced = committed = False

        async def send_after_finishing(message: Message) -> None:
            nonlocal replaced, committed
            if replaced:
                return  # the body of a response whose writes were lost
            if message["type"] == "http.response.start":
                session = state.pop(SESSION_KEY, None)
                if session is not None:
                    try:
                        _finish(session, message["status"])
                    except Exception:
                        log.exception("the request's changes could not be saved")
                        replaced = True
                        await _failed_commit(send)
                        return
                    committed = commits(message["status"])
            await send(message)

        try:
            await app(scope, receive, send_after_finishing)
        finally:
            # A request that ended without a response (a dropped connection, a streamed body
            # that used the session again) still gives its connection back.
            session = state.pop(SESSION_KEY, None)
            if session is not None:
                _finish(session, 500)
        if committed:
            for callback in state.pop(AFTER_COMMIT_KEY, []):
                await _run_after_commit(callback)

    return middleware


def after_commit(request: Request[Any, Any, Any], callback: Callable[[], None]) -> None:
    """Run `callback` once the request's changes are committed (re-indexing, say); never if not.

    It runs after the response has been sent, on a thread outside the request pool, with
    sessions of its own.
    """
    request.scope.setdefault("state", {}).setdefault(AFTER_COMMIT_KEY, []).append(callback)


async def _run_after_commit(callback: Callable[[], None]) -> None:
    try:
        await anyio.to_thread.run_sync(callback)
    except Exception:  # the response has gone; the next index rebuild catches up
        log.exception("a task after the commit failed")


async def _failed_commit(send: Send) -> None:
    headers = [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(FAILED_COMMIT)).encode()),
        (b"cache-control", b"no-store"),
    ]
    await send({"type": "http.response.start", "status": 500, "headers": headers})
    await send({"type": "http.response.body", "body": FAILED_COMMIT})


@contextmanager
def separate_transaction(request: Request[Any, Any, Any]) -> Iterator[Session]:
    """A unit of work of its own, committed at once, for a fact that must outlive a refusal.

    A failed sign-in is counted here before the password is checked, so the count stands even
    though the request itself answers 400 (and rolls back), and concurrent guesses see it.
    Use it before the request's own session writes: on SQLite both want the write lock.
    """
    factory: sessionmaker[Session] = request.app.state.write_sessionmaker
    with factory.begin() as session:
        yield session
