"""Who is signed in: the secret key, signed session cookies and the current user.

A session is a signed cookie holding the user's id, their session version and when it was
issued; raising the version in the database ends every session at once (sign out everywhere).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import stat
import time
from pathlib import Path
from threading import Lock

from litestar import Request
from litestar.datastructures import Cookie
from litestar.utils.scope.state import ScopeState
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from catalogue.errors import ConfigError
from catalogue.models import User
from catalogue.settings import Settings
from web.deps import DbSession
from web.security import SESSION_COOKIE
from web.unit_of_work import SESSION_KEY

log = logging.getLogger(__name__)

# Sessions end after 12 hours whatever happens, so a forgotten shared computer does not stay in.
SESSION_MAX_AGE = 12 * 60 * 60

_secret_lock = Lock()
_secrets: dict[Path, str] = {}


def secret_key(settings: Settings) -> str:
    """CATALOGUE_SECRET_KEY, or (embedded SQLite only) a key generated once into the data dir."""
    if settings.secret_key:
        return settings.secret_key
    if not settings.database_url.startswith("sqlite"):
        # Several processes or containers share this database; a key generated into one of
        # their data directories would differ between them and vanish when a container is
        # recreated, signing everyone out.
        raise ConfigError(
            "CATALOGUE_SECRET_KEY must be set when the database is not the embedded SQLite one: "
            "every web process must sign sessions with the same key "
            "(make one with: python -c 'import secrets; print(secrets.token_urlsafe(48))')"
        )
    path = (settings.data_dir / "secret_key").resolve()
    with _secret_lock:
        if path not in _secrets:
            _secrets[path] = _read_or_create(path)
        return _secrets[path]


def _read_or_create(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_existing(path)
    key = secrets.token_urlsafe(48)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(key + "\n")
    return key


def _read_existing(path: Path) -> str:
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        # Readable by others means anyone on the machine could forge sessions; tighten it.
        log.warning("%s was readable by other users; setting it to 0600", path)
        path.chmod(0o600)
    key = path.read_text().strip()
    for _ in range(20):
        if key:
            break
        # Another worker created the file a moment ago and is still writing it.
        time.sleep(0.05)
        key = path.read_text().strip()
    if len(key) < 32:
        raise RuntimeError(f"{path} holds too short a secret key; delete it to regenerate")
    return key


def derived_key(settings: Settings, purpose: str) -> bytes:
    """A separate key per purpose, so a CSRF token can never pass as a session."""
    return hmac.new(secret_key(settings).encode(), purpose.encode(), hashlib.sha256).digest()


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def session_value(settings: Settings, user: User, now: float | None = None) -> str:
    """The signed cookie value for a freshly signed-in user."""
    payload = {"u": user.id, "v": user.session_version, "t": int(now or time.time())}
    body = b64(json.dumps(payload, separators=(",", ":")).encode())
    signature = hmac.new(derived_key(settings, "session"), body.encode(), hashlib.sha256).digest()
    return f"{body}.{b64(signature)}"


def read_session(
    settings: Settings, value: str, now: float | None = None
) -> tuple[int, int] | None:
    """(user id, session version) from a cookie value, or None if forged, garbled or expired."""
    if not value or len(value) > 500 or value.count(".") != 1:
        return None
    body, signature = value.split(".")
    expected = hmac.new(derived_key(settings, "session"), body.encode(), hashlib.sha256).digest()
    try:
        if not hmac.compare_digest(_unb64(signature), expected):
            return None
        payload = json.loads(_unb64(body))
        user_id, version, issued = int(payload["u"]), int(payload["v"]), int(payload["t"])
    except (ValueError, KeyError, TypeError):
        return None
    age = (now or time.time()) - issued
    if age < -60 or age > SESSION_MAX_AGE:
        return None
    return user_id, version


def session_cookie(settings: Settings, user: User) -> Cookie:
    return Cookie(
        key=SESSION_COOKIE,
        value=session_value(settings, user),
        max_age=SESSION_MAX_AGE,
        path="/",
        httponly=True,
        secure=settings.secure_cookies,
        samesite="lax",
    )


def expired_session_cookie(settings: Settings) -> Cookie:
    return Cookie(
        key=SESSION_COOKIE,
        value="",
        max_age=0,
        expires=0,
        path="/",
        httponly=True,
        secure=settings.secure_cookies,
        samesite="lax",
    )


def current_user(request: Request, session: Session) -> User | None:
    """The signed-in, active user whose session version still matches, or None."""
    state = request.scope.setdefault("state", {})
    if "current_user" in state:
        return state["current_user"]
    user = None
    found = read_session(request.app.state.settings, request.cookies.get(SESSION_COOKIE, ""))
    if found is not None:
        candidate = session.get(User, found[0])
        if candidate is not None and candidate.active and candidate.session_version == found[1]:
            user = candidate
    state["current_user"] = user
    return user


def provide_current_user(request: Request, db_session: DbSession) -> User | None:
    """Litestar dependency: the current user (None when nobody is signed in)."""
    return current_user(request, db_session)


def csrf_token(request: Request) -> str:
    """The token forms on this page must send back as _csrf_token."""
    return ScopeState.from_scope(request.scope).csrf_token or ""


def signed_in(request: Request) -> User | None:
    """Who is signed in, for the header of every page; None for nobody (no query without a cookie).

    A request whose handler already has a database session asks through it (a thread holds one
    connection, never two). Any other (a page that reads nothing, a refusal by the CSRF check
    or a 404 from the router, which no unit of work will end) asks through a short read-only
    session of its own, closed here.
    """
    state = request.scope.setdefault("state", {})
    if "current_user" in state:
        return state["current_user"]
    if not request.cookies.get(SESSION_COOKIE):
        return None
    try:
        if state.get(SESSION_KEY) is not None:
            return current_user(request, state[SESSION_KEY])
        with request.app.state.sessionmaker() as session:
            user = current_user(request, session)
            if user is not None:
                _ = user.organisation  # loaded now: the header reads it after the session closes
            return user
    except SQLAlchemyError:
        # The error page for a database that is down must still render: it names nobody.
        log.warning("could not tell who is signed in for the page header", exc_info=True)
        return None
