"""Signed-in people on the web: CSRF, receipts, redirects, forms and personal pages.

Who is signed in (the secret key, session cookies, the current user) lives in web.sessions;
its names are re-exported here for the routes.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from typing import Any

from litestar import Request, Response
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import Cookie
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.response import Redirect

from catalogue.accounts import NotPermittedError
from catalogue.models import User
from catalogue.settings import Settings
from catalogue.urls import InputError
from catalogue.vocabulary import N_
from web.i18n import DEFAULT_LOCALE, LOCALES, locale_from_path, localise, translations, with_query
from web.security import SESSION_COOKIE as SESSION_COOKIE
from web.sessions import SESSION_MAX_AGE as SESSION_MAX_AGE
from web.sessions import b64, derived_key
from web.sessions import csrf_token as csrf_token
from web.sessions import current_user as current_user
from web.sessions import expired_session_cookie as expired_session_cookie
from web.sessions import provide_current_user as provide_current_user
from web.sessions import read_session as read_session
from web.sessions import secret_key as secret_key
from web.sessions import session_cookie as session_cookie
from web.sessions import session_value as session_value
from web.templating import render

log = logging.getLogger(__name__)

CSRF_COOKIE = "catalogue_csrf"
CSRF_FIELD = "_csrf_token"
CSRF_EXCLUDE = ["^/api/", "^/hooks/", "^/static/", "^/mcp"]
# Handlers name the current user with this (Litestar 3 drops dependencies inferred by name).
CurrentUser = NamedDependency[User | None]


def receipt(settings: Settings, purpose: str, value: int | str) -> str:
    """An unguessable token for one value, so a sequential id in a link shows only its owner."""
    mac = hmac.new(derived_key(settings, purpose), str(value).encode(), hashlib.sha256).digest()
    return b64(mac[:18])


def receipt_matches(settings: Settings, purpose: str, value: int | str, token: str) -> bool:
    return hmac.compare_digest(receipt(settings, purpose, value), token or "")


def csrf_config(settings: Settings) -> CSRFConfig:
    """Double-submit CSRF tokens (signed) on every unsafe request outside /api and /hooks."""
    return CSRFConfig(
        secret=derived_key(settings, "csrf").hex(),
        cookie_name=CSRF_COOKIE,
        cookie_secure=settings.secure_cookies,
        cookie_httponly=True,
        cookie_samesite="lax",
        exclude=CSRF_EXCLUDE,
    )


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
    """A submitted form as plain strings, each capped; a repeated field keeps its first value.
    NUL characters are dropped: no one types them, and PostgreSQL refuses them in text (a query
    or a row holding one would fail with a server error instead of the form's own answer)."""
    values = {}
    for key, value in (data or {}).items():
        if isinstance(value, list):
            value = value[0] if value else ""
        values[key] = value.replace("\x00", "")[:limit] if isinstance(value, str) else ""
    return values


def form_list(data: dict[str, Any] | None, key: str, limit: int = 200) -> list[str]:
    """Every value of a repeated field (checkboxes), as strings."""
    value = (data or {}).get(key, [])
    items = value if isinstance(value, list) else [value]
    items = [item.replace("\x00", "") for item in items if isinstance(item, str)]
    return [item[:limit] for item in items if item]


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
