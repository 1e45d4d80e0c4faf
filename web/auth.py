"""Signed-in people on the web: the secret key, session cookies, CSRF, the current user, forms.

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
from collections.abc import Callable
from pathlib import Path
from threading import Lock
from typing import Any

from litestar import Request, Response
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import Cookie
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.response import Redirect
from litestar.utils.scope.state import ScopeState
from sqlalchemy.orm import Session

from catalogue.accounts import NotPermittedError
from catalogue.errors import ConfigError
from catalogue.models import User
from catalogue.settings import Settings
from catalogue.urls import InputError
from catalogue.vocabulary import N_
from web.deps import DbSession
from web.i18n import DEFAULT_LOCALE, LOCALES, locale_from_path, localise, translations, with_query
from web.security import SESSION_COOKIE
from web.templating import render

log = logging.getLogger(__name__)

CSRF_COOKIE = "catalogue_csrf"
CSRF_FIELD = "_csrf_token"
# Sessions end after 12 hours whatever happens, so a forgotten shared computer does not stay in.
SESSION_MAX_AGE = 12 * 60 * 60
CSRF_EXCLUDE = ["^/api/", "^/hooks/", "^/static/", "^/mcp"]
# Handlers name the current user with this (Litestar 3 drops dependencies inferred by name).
CurrentUser = NamedDependency[User | None]
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


def _derived(settings: Settings, purpose: str) -> bytes:
    """A separate key per purpose, so a CSRF token can never pass as a session."""
    return hmac.new(secret_key(settings).encode(), purpose.encode(), hashlib.sha256).digest()


def receipt(settings: Settings, purpose: str, value: int | str) -> str:
    """An unguessable token for one value, so a sequential id in a link shows only its owner."""
    mac = hmac.new(_derived(settings, purpose), str(value).encode(), hashlib.sha256).digest()
    return _b64(mac[:18])


def receipt_matches(settings: Settings, purpose: str, value: int | str, token: str) -> bool:
    return hmac.compare_digest(receipt(settings, purpose, value), token or "")


def csrf_config(settings: Settings) -> CSRFConfig:
    """Double-submit CSRF tokens (signed) on every unsafe request outside /api and /hooks."""
    return CSRFConfig(
        secret=_derived(settings, "csrf").hex(),
        cookie_name=CSRF_COOKIE,
        cookie_secure=settings.secure_cookies,
        cookie_httponly=True,
        cookie_samesite="lax",
        exclude=CSRF_EXCLUDE,
    )


def csrf_token(request: Request) -> str:
    """The token forms on this page must send back as _csrf_token."""
    return ScopeState.from_scope(request.scope).csrf_token or ""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def session_value(settings: Settings, user: User, now: float | None = None) -> str:
    """The signed cookie value for a freshly signed-in user."""
    payload = {"u": user.id, "v": user.session_version, "t": int(now or time.time())}
    body = _b64(json.dumps(payload, separators=(",", ":")).encode())
    signature = hmac.new(_derived(settings, "session"), body.encode(), hashlib.sha256).digest()
    return f"{body}.{_b64(signature)}"


def read_session(
    settings: Settings, value: str, now: float | None = None
) -> tuple[int, int] | None:
    """(user id, session version) from a cookie value, or None if forged, garbled or expired."""
    if not value or len(value) > 500 or value.count(".") != 1:
        return None
    body, signature = value.split(".")
    expected = hmac.new(_derived(settings, "session"), body.encode(), hashlib.sha256).digest()
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


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def safe_next(target: str | None, locale: str) -> str:
    """A local path to go to after signing in; anything else becomes the account page."""
    if (
        target
        and len(target) <= 500
        and target.startswith("/")
        and not target.startswith(("//", "/\\"))
        and not any(ord(c) < 33 for c in target)
    ):
        return target
    return localise("/account", locale)


def sign_in_redirect(request: Request) -> Redirect:
    """Send someone who is not signed in to the sign-in page, to come back here after."""
    locale = locale_from_path(request.url.path)
    back = with_query(request.url.path, list(request.query_params.multi_items()))
    target = with_query(localise("/account/sign-in", locale), [("next", back)])
    return Redirect(target, status_code=303)


def see_other(request: Request, path: str, cookies: list[Cookie] | None = None) -> Redirect:
    """POST-redirect-GET to a path in the request's language."""
    return Redirect(
        localise(path, locale_from_path(request.url.path)), status_code=303, cookies=cookies
    )


def form_values(data: dict[str, Any] | None, limit: int = 5000) -> dict[str, str]:
    """A submitted form as plain strings, each capped; a repeated field keeps its first value."""
    values = {}
    for key, value in (data or {}).items():
        if isinstance(value, list):
            value = value[0] if value else ""
        values[key] = value[:limit] if isinstance(value, str) else ""
    return values


def form_list(data: dict[str, Any] | None, key: str, limit: int = 200) -> list[str]:
    """Every value of a repeated field (checkboxes), as strings."""
    value = (data or {}).get(key, [])
    items = value if isinstance(value, list) else [value]
    return [item[:limit] for item in items if isinstance(item, str) and item]


def localised(decorator: Callable[..., Any], path: str, *, name: str, **options: Any):
    """One route handler per language ('/register' and '/cy/register', named X and X:cy).

    Litestar loses the thread-pool wrapping of a sync handler that has several paths and
    returns a Response (it comes back an unawaited coroutine), so each path gets its own.
    """

    def decorate(function: Callable[..., Any]) -> list[HTTPRouteHandler]:
        return [
            decorator(
                localise(path, locale),
                name=name if locale == DEFAULT_LOCALE else f"{name}:{locale}",
                **options,
            )(function)
            for locale in LOCALES
        ]

    return decorate


def translate(request: Request, message: str, params: dict[str, Any] | None = None) -> str:
    """A msgid in the request's language, filled in with its parameters."""
    text = translations(locale_from_path(request.url.path)).gettext(message)
    return text % params if params else text


def form_errors(request: Request, problems: dict[str, InputError]) -> dict[str, str]:
    """Field name -> the translated message, for inline errors and the error summary."""
    return {field: translate(request, e.message, e.params) for field, e in problems.items()}


def page(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
    user: User | None = None,
) -> Response:
    """Render a page with a form or personal details: CSRF token included, never cached."""
    values = {"csrf_token": csrf_token(request), "csrf_field": CSRF_FIELD, "current_user": user}
    values.update(context or {})
    response = render(request, template, values, status_code=status_code)
    response.headers["Cache-Control"] = "no-store"
    return response


def forbidden(request: Request, exc: NotPermittedError, user: User | None = None) -> Response:
    """The 403 page for an action this person's role does not allow, saying why."""
    message = translate(request, exc.message, exc.params)
    return page(request, "account/forbidden.html", {"message": message}, 403, user)


def permission_denied(request: Request, exc: Exception) -> Response:
    """A bilingual 403 page (JSON under /api) for a refused action or a failed CSRF check."""
    if request.url.path.startswith("/api/"):
        return Response({"error": {"status": 403, "message": "Forbidden"}}, status_code=403)
    if isinstance(exc, NotPermittedError):
        message = translate(request, exc.message, exc.params)
    else:
        message = translate(
            request,
            N_(
                "The form had expired or did not come from this site. Go back, reload the page and try again."
            ),
        )
    return page(request, "account/forbidden.html", {"message": message}, status_code=403)
