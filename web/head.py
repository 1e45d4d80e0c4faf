"""HEAD on every GET route: answered as the GET would be, headers and all, without the body."""

from __future__ import annotations

from litestar.types import ASGIApp, Message, Receive, Scope, Send


def answer_head(app: ASGIApp) -> ASGIApp:
    """Wrap the app's ASGI handler so that HEAD runs the GET route and drops what it sends.

    Litestar routes HEAD only to handlers declared for it, so every GET page answered 405. This
    wraps the handler that routes (Litestar.asgi_handler), since route middleware runs after
    routing, too late to change the method. Content-Length stays that of the GET, as RFC 9110
    allows, so a client can size a download without fetching it.
    """

    async def handler(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        # A copy: the server keeps its own scope saying HEAD, so it sends no body either. The
        # state dict is shared, so hooks reading the outer scope see what the handler set.
        scope.setdefault("state", {})
        await app({**scope, "method": "GET"}, receive, send_headers_only)

    return handler
