"""Admission: how many requests are worked on at once, how many may queue, and a fast 503 past that.

Worker threads, pooled database connections and admitted requests are sized together
(`pool_size` follows the threads, and as many requests are admitted as there are threads), so
overload means a short queue or a quick 503 with Retry-After, never threads waiting on
connections held by finished requests. A request is turned away at once, rather than after
waiting in vain, when the queue ahead of it would take longer than the longest wait to clear at
the rate requests have recently been finishing. /health and static files are never queued.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from litestar.types import ASGIApp, Receive, Scope, Send
from prometheus_client import Counter

REFUSED = Counter(
    "catalogue_requests_refused",
    "Requests answered 503 at once because the server was busy (admission control).",
)

RETRY_AFTER = b"2"
EXEMPT_PREFIXES = ("/health", "/static/")
# Weight of the newest request in the running mean of how long a request holds its slot.
SMOOTHING = 0.1
BUSY_HTML = (
    b"<!DOCTYPE html><html lang='en'><title>The service is busy</title>"
    b"<h1>The service is busy</h1><p>Try again in a few seconds.</p>"
    b"<p lang='cy'>Mae'r gwasanaeth yn brysur. Rhowch gynnig arall arni ymhen ychydig eiliadau.</p>"
    b"</html>"
)
BUSY_JSON = b'{"error": {"status": 503, "message": "The service is busy; try again shortly"}}'


class Admission:
    """At most `active` requests at once; up to `queue` more wait, each at most `wait` seconds."""

    def __init__(
        self, active: int, queue: int, wait: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.active_limit = active
        self.queue_limit = queue
        self.wait = wait
        self.clock = clock
        self.active = 0
        self.waiting = 0
        self.held_seconds: float | None = None  # running mean; None until a request has finished
        self._slots: asyncio.Semaphore | None = None

    def _semaphore(self) -> asyncio.Semaphore:
        # Made inside the running loop (a test client may start the app on a loop of its own).
        loop = asyncio.get_running_loop()
        if self._slots is None or getattr(self, "_loop", None) is not loop:
            self._slots, self._loop = asyncio.Semaphore(self.active_limit), loop
        return self._slots

    def expected_wait(self, position: int) -> float:
        """Seconds until the request at this place in the queue (1 = next) should get a slot."""
        if self.held_seconds is None:
            return 0.0
        return position * self.held_seconds / self.active_limit

    async def enter(self) -> bool:
        """Take a slot, waiting in the queue if need be; False when the request must be turned away."""
        slots = self._semaphore()
        if not slots.locked() and self.waiting == 0:
            await slots.acquire()
            self.active += 1
            return True
        if self.waiting >= self.queue_limit or self.expected_wait(self.waiting + 1) > self.wait:
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

    def leave(self, held: float) -> None:
        """Give the slot back; `held` is how long the request had it."""
        self.active -= 1
        previous = self.held_seconds
        self.held_seconds = held if previous is None else previous + SMOOTHING * (held - previous)
        self._semaphore().release()

    def middleware(self, app: ASGIApp) -> ASGIApp:
        """Wrap an ASGI app (the whole Litestar handler) so requests pass through this gate."""

        async def admitted(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or scope["path"].startswith(EXEMPT_PREFIXES):
                await app(scope, receive, send)
                return
            if not await self.enter():
                REFUSED.inc()
                await _busy(scope, send)
                return
            started = self.clock()
            try:
                await app(scope, receive, send)
            finally:
                self.leave(self.clock() - started)

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
