"""The API rate limit, counted in the database: one count per client, however many workers serve."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from litestar.datastructures import MutableScopeHeaders
from litestar.exceptions import TooManyRequestsException
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from catalogue.rate_limits import (
    WINDOW_SECONDS,
    Count,
    count_request,
    forget_past_windows,
    window_start,
)

log = logging.getLogger(__name__)
LIMITED_PREFIXES = ("/api/v1/", "/mcp")


class SharedRateLimit:
    """Route middleware: at most `limit` API requests a minute per client, across all workers.

    One small upsert per API request, on two threads of its own so counting never waits behind
    page rendering. If the database cannot count (locked past its timeout, unreachable), the
    request goes through uncounted: a read-only API stays up rather than failing with it.
    """

    def __init__(self, limit: int, engine: Engine) -> None:
        self.limit = limit
        self.engine = engine
        self.executor: ThreadPoolExecutor | None = None
        self.pruned_window: int | None = None

    def close(self) -> None:
        """Stop the counting threads (the app's shutdown; a restarted app makes new ones)."""
        executor, self.executor = self.executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    def _count(self, client: str) -> Count | None:
        now = time.time()
        try:
            with self.engine.begin() as connection:
                count = count_request(connection, client, now)
                if self.pruned_window != window_start(now):
                    # Once a window per worker: past counts are never read again.
                    forget_past_windows(connection, now)
                    self.pruned_window = window_start(now)
                return count
        except SQLAlchemyError as exc:
            log.warning("API request not counted for the rate limit: %s", type(exc).__name__)
            return None

    def headers(self, count: Count) -> dict[str, str]:
        return {
            "RateLimit-Policy": f"{self.limit}; w={WINDOW_SECONDS}",
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(max(0, self.limit - count.hits)),
            "RateLimit-Reset": str(count.reset_in),
        }

    def middleware(self, app: ASGIApp) -> ASGIApp:
        async def limited(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or not scope["path"].startswith(LIMITED_PREFIXES):
                await app(scope, receive, send)
                return
            client = scope.get("client")
            if self.executor is None:  # made here, on the event loop: no other coroutine races
                self.executor = ThreadPoolExecutor(2, thread_name_prefix="rate-limit")
            count = await asyncio.get_running_loop().run_in_executor(
                self.executor, self._count, client[0] if client else "unknown"
            )
            if count is None:
                await app(scope, receive, send)
                return
            headers = self.headers(count)
            if count.hits > self.limit:
                raise TooManyRequestsException(headers=headers)

            async def send_with_headers(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message.setdefault("headers", [])
                    extra = MutableScopeHeaders(message)
                    for name, value in headers.items():
                        extra[name] = value
                await send(message)

            await app(scope, receive, send_with_headers)

        return limited
