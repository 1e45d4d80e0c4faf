"""The GitHub adapter's HTTP layer: conditional requests through a cache, retries, request counts.

PyGithub sends its requests through requests; an HTTPAdapter of ours adds If-None-Match and
If-Modified-Since from the cache and replays the cached body on a 304.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import requests
import urllib3
from github import GithubRetry, RateLimitExceededExceedsMaxWait
from github.Requester import (
    HTTPRequestsConnectionClass,
    HTTPSRequestsConnectionClass,
)
from requests.adapters import HTTPAdapter

# A bigger answer is still used but not kept for conditional requests.
CACHE_BODY_LIMIT = 4 * 1024 * 1024


@dataclass(frozen=True)
class CachedResponse:
    """A stored answer and its validators, enough to replay it after a 304."""

    etag: str | None
    last_modified: str | None
    body: str
    link: str | None = None


class HttpCache(Protocol):
    """Where conditional-request validators and bodies are kept between runs."""

    def get(self, url: str) -> CachedResponse | None:
        """The stored answer for a URL, if any."""

    def put(self, url: str, entry: CachedResponse) -> None:
        """Store (or replace) the answer for a URL."""


class InMemoryHttpCache:
    """An HttpCache in a dict, for dry runs and tests."""

    def __init__(self, entries: dict[str, CachedResponse] | None = None):
        self.entries = dict(entries or {})

    def get(self, url: str) -> CachedResponse | None:
        return self.entries.get(url)

    def put(self, url: str, entry: CachedResponse) -> None:
        self.entries[url] = entry


@dataclass
class RequestStats:
    """What the harvest cost: requests sent (retries included), 304s, and the limit left."""

    sent: int = 0
    not_modified: int = 0
    retries: int = 0
    rate_remaining: int | None = None
    rate_limit: int | None = None
    rate_reset: datetime | None = None

    @property
    def total(self) -> int:
        return self.sent + self.retries

    def observe(self, headers) -> None:
        try:
            if "X-RateLimit-Remaining" in headers:
                self.rate_remaining = int(float(headers["X-RateLimit-Remaining"]))
                self.rate_limit = int(float(headers.get("X-RateLimit-Limit", 0))) or None
            if "X-RateLimit-Reset" in headers:
                self.rate_reset = datetime.fromtimestamp(
                    int(float(headers["X-RateLimit-Reset"])), UTC
                )
        except ValueError:
            pass


class RetryPolicy(GithubRetry):
    """PyGithub's retry, counting retries and refusing Retry-After waits beyond the maximum."""

    def __init__(self, stats: RequestStats | None = None, **kwargs):
        self.stats = stats
        super().__init__(**kwargs)

    def new(self, **kwargs):
        retry = super().new(**kwargs)
        retry.stats = self.stats
        return retry

    def increment(self, *args, **kwargs):
        retry = super().increment(*args, **kwargs)
        if self.stats is not None:
            self.stats.retries += 1
        return retry

    def sleep_for_retry(self, response) -> bool:
        wait = self.get_retry_after(response)
        if wait and self.max_rate_limit_wait is not None and wait > self.max_rate_limit_wait:
            raise RateLimitExceededExceedsMaxWait(
                response.status, None, dict(response.headers), "Retry-After too long", wait=wait
            )
        return super().sleep_for_retry(response)


class ConditionalAdapter(HTTPAdapter):
    """Sends stored validators with every GET and replays the stored body on 304.

    PyGithub has no ETag cache. Working below it, as a requests transport, means a 304 (free of
    rate limit) reaches PyGithub as the stored 200 with its Link header, so its pagination and
    parsing run unchanged; no PyGithub object ever leaves this module.
    """

    def __init__(self, cache: HttpCache, stats: RequestStats, retry: RetryPolicy):
        super().__init__(max_retries=retry, pool_connections=2, pool_maxsize=2)
        self.cache = cache
        self.stats = stats

    def send(self, request, **kwargs):
        cached = self.cache.get(request.url) if request.method == "GET" else None
        if cached and cached.etag:
            request.headers["If-None-Match"] = cached.etag
        elif cached and cached.last_modified:
            request.headers["If-Modified-Since"] = cached.last_modified
        self.stats.sent += 1
        response = super().send(request, **kwargs)
        self.stats.observe(response.headers)
        if response.status_code == 304 and cached is not None:
            self.stats.not_modified += 1
            response.close()
            return self._replay(request, response, cached)
        # Only JSON is kept: a proxy's HTML page must never be replayed as GitHub's answer.
        json_body = "json" in response.headers.get("Content-Type", "")
        if request.method == "GET" and response.status_code == 200 and json_body:
            etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
            if (etag or modified) and len(response.content) <= CACHE_BODY_LIMIT:
                entry = CachedResponse(etag, modified, response.text, response.headers.get("Link"))
                self.cache.put(request.url, entry)
        return response

    def _replay(self, request, not_modified, cached: CachedResponse):
        body = cached.body.encode()
        skip = {"content-length", "content-encoding", "transfer-encoding", "content-type"}
        headers = {k: v for k, v in not_modified.headers.items() if k.lower() not in skip}
        headers.update({"Content-Type": "application/json; charset=utf-8"})
        headers["Content-Length"] = str(len(body))
        if cached.link:
            headers["Link"] = cached.link
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(body), headers=headers, status=200, reason="OK", preload_content=False
        )
        return self.build_response(request, raw)


def connection_classes(adapter: HTTPAdapter):
    """PyGithub connection classes whose sessions all use our one adapter (and its pool)."""

    def mount(session: requests.Session) -> None:
        session.close()
        session.mount("http://", adapter)
        session.mount("https://", adapter)

    class _Http(HTTPRequestsConnectionClass):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            mount(self.session)

        def close(self) -> None:
            # PyGithub closes a connection per request once classes are injected; the adapter stays.
            pass

    class _Https(HTTPSRequestsConnectionClass):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            mount(self.session)

        def close(self) -> None:
            pass

    return _Http, _Https
