"""The GitHub adapter: PyGithub behind a conditional-request cache, yielding RawRepository facts."""

from __future__ import annotations

import dataclasses
import io
import logging
import posixpath
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

import requests
import urllib3
import yaml
from github import Auth, Github, GithubException, GithubRetry, RateLimitExceededExceedsMaxWait
from github.Requester import (
    HTTPRequestsConnectionClass,
    HTTPSRequestsConnectionClass,
    Requester,
)
from requests.adapters import HTTPAdapter

from ingest.manifests import ecosystem_for
from ingest.records import RawRepository

log = logging.getLogger(__name__)
T = TypeVar("T")

PER_PAGE = 100
USER_AGENT = "welsh-public-code-catalogue-harvester"
# Harvested files are untrusted: nothing larger is fetched, and text is cut to these lengths.
README_MAX_BYTES = 512 * 1024
README_MAX_CHARS = 200_000
MANIFEST_MAX_BYTES = 256 * 1024
PUBLICCODE_MAX_BYTES = 256 * 1024
MAX_MANIFESTS = 6
FILES_SAMPLE_LIMIT = 200
# A bigger answer is still used but not kept for conditional requests.
CACHE_BODY_LIMIT = 4 * 1024 * 1024
YAML_MAX_ALIASES = 50
YAML_MAX_DEPTH = 50
PUBLICCODE_NAMES = ("publiccode.yml", "publiccode.yaml")


class GitHubError(Exception):
    """A GitHub request failed; the message is short and safe to show and log."""


class GitHubNotFoundError(GitHubError):
    """GitHub answered 404."""


class AccountNotFoundError(GitHubNotFoundError):
    """The account no longer exists (or was renamed)."""


class GitHubUnavailableError(GitHubError):
    """GitHub kept failing (5xx, connection errors, secondary limits) after bounded retries."""


class RateLimitExhaustedError(GitHubError):
    """The primary rate limit is spent and resets later than we are willing to wait."""

    def __init__(self, message: str, reset_at: datetime | None):
        super().__init__(message)
        self.reset_at = reset_at


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


class _Retry(GithubRetry):
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


class _ConditionalAdapter(HTTPAdapter):
    """Sends stored validators with every GET and replays the stored body on 304.

    PyGithub has no ETag cache. Working below it, as a requests transport, means a 304 (free of
    rate limit) reaches PyGithub as the stored 200 with its Link header, so its pagination and
    parsing run unchanged; no PyGithub object ever leaves this module.
    """

    def __init__(self, cache: HttpCache, stats: RequestStats, retry: _Retry):
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


def _connection_classes(adapter: HTTPAdapter):
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


@dataclass(frozen=True)
class ClientOptions:
    """How patient the client is; the defaults suit api.github.com."""

    max_wait: float = 900.0
    """Longest wait, in seconds, for a rate limit to reset before stopping cleanly."""
    retries: int = 5
    backoff: float = 1.0
    secondary_wait: float = 60.0
    seconds_between_requests: float = 0.25
    timeout: int = 30


class GitHubClient:
    """Lists an account's public repositories and gathers each one's details as RawRepository.

    Our transport is injected through PyGithub's process-wide `Requester.injectConnectionClasses`,
    so one client may be open per process at a time (the harvest lock already ensures it).
    """

    def __init__(
        self,
        api_url: str,
        token: str | None,
        cache: HttpCache,
        options: ClientOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.options = options or ClientOptions()
        self.stats = RequestStats()
        self._sleep = sleep
        opts = self.options
        retry = _Retry(
            stats=self.stats,
            total=opts.retries,
            backoff_factor=opts.backoff,
            backoff_jitter=opts.backoff,
            backoff_max=60.0,
            secondary_rate_wait=opts.secondary_wait,
            max_rate_limit_wait=opts.max_wait,
            raise_on_status=False,
        )
        self._adapter = _ConditionalAdapter(cache, self.stats, retry)
        # PyGithub's extension point for transports; process-wide, so close() resets it.
        Requester.injectConnectionClasses(*_connection_classes(self._adapter))
        self._github = Github(
            base_url=api_url.rstrip("/"),
            auth=Auth.Token(token) if token else None,
            per_page=PER_PAGE,
            retry=retry,
            timeout=opts.timeout,
            user_agent=USER_AGENT,
            seconds_between_requests=opts.seconds_between_requests or None,
            lazy=True,
        )

    def close(self) -> None:
        self._github.close()
        self._adapter.close()
        Requester.resetConnectionClasses()

    def __enter__(self) -> GitHubClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def list_repositories(self, login: str) -> list[RawRepository]:
        """Every public repository the account owns, with listing facts only (complete or raises)."""
        account = self._github.get_user(login, lazy=True)  # no request: the listing says 404
        try:
            repos = self._call(lambda: list(account.get_repos(type="owner", sort="full_name")))
        except GitHubNotFoundError as exc:
            raise AccountNotFoundError(f"GitHub account {login!r} does not exist") from exc
        return [_listing_facts(repo) for repo in repos if not repo.private]

    def fetch_details(self, raw: RawRepository) -> RawRepository:
        """The listing facts plus languages, README, root publiccode.yml and root manifests."""
        repo = self._github.get_repo(raw.full_name)
        try:
            root = self._call(lambda: repo.get_contents(""))
        except GitHubNotFoundError:
            root = []  # an empty repository has no contents at all
        entries = [(c.path, c.type, c.size or 0) for c in (root if isinstance(root, list) else [])]
        files = {path: size for path, kind, size in entries if kind == "file"}
        # A repository without a primary language has no languages; skip the request.
        languages = self._call(repo.get_languages) if raw.primary_language else {}
        readme = None
        if any(_is_readme(p) and s <= README_MAX_BYTES for p, s in files.items()):
            readme = self._text(lambda: repo.get_readme(), README_MAX_CHARS)
        publiccode = None
        found = [p for p in PUBLICCODE_NAMES if p in files and files[p] <= PUBLICCODE_MAX_BYTES]
        if found:
            text = self._text(lambda: repo.get_contents(found[0]), None)
            publiccode = _screen_yaml(text, raw.full_name)
        manifests = {}
        wanted = [p for p, s in files.items() if ecosystem_for(p) and s <= MANIFEST_MAX_BYTES]
        for path in sorted(wanted)[:MAX_MANIFESTS]:
            text = self._text(lambda p=path: repo.get_contents(p), None)
            if text is not None:
                manifests[path] = text
        return dataclasses.replace(
            raw,
            # PyGithub adds a "url" key to every GET answer; languages are the integer entries.
            languages={str(k): v for k, v in (languages or {}).items() if type(v) is int},
            readme=readme,
            publiccode_yml=publiccode,
            manifest_texts=manifests,
            files_sample=sorted(path for path, _, _ in entries)[:FILES_SAMPLE_LIMIT],
        )

    def _text(self, fetch: Callable[[], object], limit: int | None) -> str | None:
        try:
            content = self._call(fetch)
        except GitHubNotFoundError:
            return None
        if isinstance(content, list) or getattr(content, "encoding", None) != "base64":
            return None
        # NUL cannot be stored in PostgreSQL text and means nothing in the files we read.
        text = content.decoded_content.decode("utf-8", errors="replace").replace("\x00", "")
        return text[:limit] if limit else text

    def _call(self, fn: Callable[[], T]) -> T:
        """Run one PyGithub call, translating its failures into GitHubError subclasses."""
        attempts = 0
        while True:
            try:
                return fn()
            except RateLimitExceededExceedsMaxWait as exc:
                raise self._exhausted(exc) from exc
            except GithubException as exc:
                headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
                if exc.status == 404:
                    raise GitHubNotFoundError(_message(exc)) from exc
                if exc.status >= 500:  # what is left after PyGithub's retries
                    raise GitHubUnavailableError(
                        f"GitHub answered {exc.status} after {self.options.retries} retries"
                    ) from exc
                if exc.status not in (403, 429) or not _is_rate_limit(exc):
                    raise GitHubError(f"GitHub answered {exc.status}: {_message(exc)}") from exc
                # Limits PyGithub's retry leaves to us (429 without Retry-After, retries spent).
                primary = str(headers.get("x-ratelimit-remaining", "")) == "0"
                wait = self._primary_wait(headers) if primary else self.options.secondary_wait
                if primary and wait > self.options.max_wait:
                    raise self._exhausted(exc) from exc
                attempts += 1
                if attempts > self.options.retries:
                    raise GitHubUnavailableError(f"GitHub kept refusing: {_message(exc)}") from exc
                log.info("rate limited (%s); waiting %.0fs", exc.status, wait)
                self._sleep(wait)
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                raise GitHubUnavailableError(
                    f"GitHub unreachable at {self._github.requester.base_url}: {type(exc).__name__}"
                ) from exc

    def _primary_wait(self, headers) -> float:
        try:
            reset = float(headers.get("x-ratelimit-reset", 0))
        except (TypeError, ValueError):
            return float("inf")
        return max(0.0, reset - time.time()) + 1

    def _exhausted(self, exc: GithubException) -> RateLimitExhaustedError:
        headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
        reset = None
        wait = getattr(exc, "wait", None)  # set by PyGithub's retry for the wait it refused
        if wait:
            reset = datetime.fromtimestamp(time.time() + wait, UTC)
        elif str(headers.get("x-ratelimit-reset", "")).isdigit():
            reset = datetime.fromtimestamp(int(headers["x-ratelimit-reset"]), UTC)
        when = reset.strftime("%Y-%m-%d %H:%M:%S UTC") if reset else "later"
        return RateLimitExhaustedError(f"GitHub rate limit exhausted until {when}", reset)


def _listing_facts(repo) -> RawRepository:
    licence = repo.license.spdx_id if repo.license else None
    return RawRepository(
        host=(urlsplit(repo.html_url).hostname or "github.com").lower(),
        full_name=repo.full_name,
        owner=repo.owner.login,
        name=repo.name,
        html_url=repo.html_url,
        description=repo.description,
        homepage=repo.homepage,
        primary_language=repo.language,
        licence=None if licence == "NOASSERTION" else licence,
        topics=list(repo.topics or []),
        stars=repo.stargazers_count or 0,
        forks=repo.forks_count or 0,
        open_issues=repo.open_issues_count or 0,
        created_at=repo.created_at,
        pushed_at=repo.pushed_at,
        updated_at=repo.updated_at,
        archived=repo.archived,
        fork=repo.fork,
        template=repo.is_template,
        default_branch=repo.default_branch,
    )


def _is_readme(path: str) -> bool:
    return posixpath.splitext(path)[0].lower() == "readme"


def _is_rate_limit(exc: GithubException) -> bool:
    headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
    return (
        str(headers.get("x-ratelimit-remaining", "")) == "0"
        or "retry-after" in headers
        or "rate limit" in _message(exc).lower()
    )


def _message(exc: GithubException) -> str:
    data = exc.data if isinstance(exc.data, dict) else {}
    return str(data.get("message") or exc.message or "no message")[:200]


def _screen_yaml(text: str | None, full_name: str) -> str | None:
    """Drop a publiccode.yml whose aliases or nesting could blow up when loaded and stored."""
    if text is None:
        return None
    aliases = depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if aliases > YAML_MAX_ALIASES or depth > YAML_MAX_DEPTH:
                log.warning("ignoring publiccode.yml of %s: too many aliases or levels", full_name)
                return None
    except yaml.YAMLError:
        return text  # invalid YAML is harmless; the normaliser reports it as unparsed
    return text
