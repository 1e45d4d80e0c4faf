"""Admission: how many requests are worked on at once, how many may queue, and a fast 503 past that.

Worker threads, pooled database connections and admitted requests are sized together
(`pool_size` follows the threads; twice as many requests are admitted as there are threads,
since part of each request runs on the event loop), so overload means a short queue or a quick
503 with Retry-After, never threads waiting on connections held by finished requests.
/health and static files are never queued.
"""

from __future__ import annotations

import asyncio

from litestar.types import ASGIApp, Receive, Scope, Send

RETRY_AFTER = b"2"
EXEMPT_PREFIXES = ("/health", "/static/")
BUSY_HTML = (
    b"<!DOCTYPE html><html lang='en'><title>The service is busy</title>"
    b"<h1>The service is busy</h1><p>Try again in a few seconds.</p>"
    b"<p lang='cy'>Mae'r gwasanaeth yn brysur. Rhowch gynnig arall arni ymhen ychydig eiliadau.</p>"
    b"</html>"
)
BUSY_JSON = b'{"error": {"status": 503, "message": "The service is busy; try again shortly"}}'


class Admission:
    """At most `active` requests at once; up to `queue` more wait, each at most `wait` seconds."""

    def __init__(self, active: int, queue: int, wait: float) -> None:
        self.active_limit = active
        self.queue_limit = queue
        self.wait = wait
        self.active = 0
        self.waiting = 0
        self._slots: asyncio.Semaphore | None = None

    def _semaphore(self) -> asyncio.Semaphore:
        # Made inside the running loop (a test client may start the app on a loop of its own).
        loop = asyncio.get_running_loop()
        if self._slots is None or getattr(self, "_loop", None) is not loop:
            self._slots, self._loop = asyncio.Semaphore(self.active_limit), loop
        return self._slots

    async def enter(self) -> bool:
        """Take a slot, waiting in the queue if need be; False when the request must be turned away."""
        slots = self._semaphore()
        if not slots.locked() and self.waiting == 0:
            await slots.acquire()
            self.active += 1
            return True
        if self.waiting >= self.queue_limit:
            return False
        self.waiting += 1
        try:
            await asyncio.wait_for(slots.acquire(), timeout=self.wait)
        except TimeoutError:
            return False
        finally:
            self.waiting -= 1
        self.active += 1
        return True

    def leave(self) -> None:
        self.active -= 1
        self._semaphore().release()

    def middleware(self, app: ASGIApp) -> ASGIApp:
        """Route middleware admitting requests through this gate."""

        async def admitted(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or scope["path"].startswith(EXEMPT_PREFIXES):
                await app(scope, receive, send)
                return
            if not await self.enter():
                await _busy(scope, send)
                return
            try:
                await app(scope, receive, send)
            finally:
                self.leave()

        return admitted


async def _busy(scope: Scope, send: Send) -> None:
    api = scope["path"].startswith("/api/")
    body = BUSY_JSON if api else BUSY_HTML
    content_type = b"application/json" if api else b"text/html; charset=utf-8"
    headers = [
        (b"content-type", content_type),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", RETRY_AFTER),
        (b"cache-control", b"no-store"),
    ]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body})
