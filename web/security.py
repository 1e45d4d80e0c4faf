"""Security headers on every response (a fresh CSP nonce per request), API CORS and size limits."""

from __future__ import annotations

import secrets
import time

from litestar.datastructures import MutableScopeHeaders
from litestar.exceptions import NotFoundException
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

MAX_BODY_BYTES = 1024 * 1024
MAX_QUERY_STRING_BYTES = 8 * 1024
API_PREFIX = "/api/"
CORS_MAX_AGE = "86400"
TOO_LONG_JSON = b'{"error": {"status": 414, "message": "The address is too long"}}'
TOO_LONG_HTML = (
    b"<!DOCTYPE html><html lang='en'><title>The address is too long</title>"
    b"<h1>The address is too long</h1><p>Shorten the search and try again.</p>"
    b"<p lang='cy'>Mae'r cyfeiriad yn rhy hir. Byrhewch y chwiliad a rhowch gynnig arall arni.</p>"
    b"</html>"
)


def content_security_policy(nonce: str) -> str:
    """The page policy: our own origin only, scripts by nonce, never inline styles or frames."""
    return (
        "default-src 'self'; "
        f"script-src 'self' 'nonce-{nonce}'; "
        "style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; "
        "object-src 'none'; frame-ancestors 'none'"
    )


def csp_nonce(scope: Scope) -> str:
    """The request's CSP nonce, made on first use (a page may render before any middleware runs)."""
    state = scope.setdefault("state", {})
    if "csp_nonce" not in state:
        state["csp_nonce"] = secrets.token_urlsafe(16)
    return state["csp_nonce"]


SESSION_COOKIE = "catalogue_session"


def _signed_in(scope: Scope) -> bool:
    """Whether the request carries a session cookie (valid or not: either way, not for sharing)."""
    marker = SESSION_COOKIE.encode() + b"="
    return any(
        name == b"cookie" and marker in value.replace(b" ", b"")
        for name, value in scope.get("headers", [])
    )


def security_headers(hsts_seconds: int = 0):
    """A `before_send` hook adding CSP and related headers to every response, 404s included.

    It runs at the application level, unlike route middleware, which a request that matches no
    route never reaches.
    """

    async def before_send(message: Message, scope: Scope) -> None:
        if scope["type"] != "http" or message["type"] != "http.response.start":
            return
        headers = MutableScopeHeaders.from_message(message)
        headers["Content-Security-Policy"] = content_security_policy(csp_nonce(scope))
        headers["X-Content-Type-Options"] = "nosniff"
        if "Referrer-Policy" not in headers:
            # A page whose address carries a secret (a reset link) sets no-referrer itself.
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        headers["X-Frame-Options"] = "DENY"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        started = scope.get("state", {}).get("started_at")
        if started is not None:
            # Time until the response starts: what the benchmark reads as server time.
            headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        if hsts_seconds:
            headers["Strict-Transport-Security"] = f"max-age={hsts_seconds}; includeSubDomains"
        if "public" in headers.get("Cache-Control", "") and (
            "set-cookie" in headers or _signed_in(scope)
        ):
            # A shared cache must never hand one person's cookie (CSRF, session) or page to
            # another, and someone who just changed a page must see the change on the next view.
            headers["Cache-Control"] = "private, no-cache"
        if scope["path"].startswith(API_PREFIX):
            # Read-only, anonymous API: any site may read it, and no cookies are involved.
            headers["Access-Control-Allow-Origin"] = "*"
            headers["Access-Control-Expose-Headers"] = (
                "Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset"
            )

    return before_send


def forwarded_client(trusted_proxies: tuple[str, ...]):
    """Route middleware: behind a trusted proxy, the client is the one X-Forwarded-For names.

    Only a connection from CATALOGUE_TRUSTED_PROXIES may say who the client is; from anyone else
    the header is ignored, so nobody can dodge the rate limit or lock another person out by
    forging it. Uvicorn's middleware does the parsing (the last address not itself a proxy).
    """

    def middleware(app: ASGIApp) -> ASGIApp:
        if not trusted_proxies:
            return app
        return ProxyHeadersMiddleware(app, trusted_hosts=list(trusted_proxies))  # type: ignore[arg-type]

    return middleware


def _too_long(scope: Scope) -> bool:
    # Bodies are limited by Litestar's request_max_body_size (413), which a route may raise.
    return len(scope.get("query_string", b"")) > MAX_QUERY_STRING_BYTES


def _is_preflight(scope: Scope) -> bool:
    if scope["method"] != "OPTIONS" or not scope["path"].startswith(API_PREFIX):
        return False
    names = {name for name, _ in scope.get("headers", [])}
    return b"origin" in names and b"access-control-request-method" in names


async def _answer(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def request_guard(app: ASGIApp) -> ASGIApp:
    """Route middleware: refuse overlong addresses, answer CORS preflights, start the clock."""

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        scope.setdefault("state", {})["started_at"] = time.perf_counter()
        if _too_long(scope):
            if scope["path"].startswith(API_PREFIX):
                body, kind = TOO_LONG_JSON, b"application/json"
            else:  # people get a page, in both languages (the language is not known yet)
                body, kind = TOO_LONG_HTML, b"text/html; charset=utf-8"
            await _answer(send, 414, [(b"content-type", kind)], body)
            return
        if "\x00" in scope["path"]:
            # No address holds a NUL ('%00'), and PostgreSQL refuses one in a query: a page or
            # an organisation looked up by it would fail with a server error, not 'not found'.
            raise NotFoundException()
        if _is_preflight(scope):
            await _answer(
                send,
                204,
                [
                    (b"access-control-allow-methods", b"GET, HEAD, OPTIONS"),
                    (b"access-control-allow-headers", b"Accept, Accept-Language, Content-Type"),
                    (b"access-control-max-age", CORS_MAX_AGE.encode()),
                    (b"vary", b"Origin"),
                ],
                b"",
            )
            return
        await app(scope, receive, send)

    return guarded
