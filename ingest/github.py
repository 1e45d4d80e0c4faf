"""The GitHub adapter: PyGithub behind a conditional-request cache, yielding RawRepository facts."""

from __future__ import annotations

import dataclasses
import logging
import posixpath
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar
from urllib.parse import urlsplit

import requests
import urllib3
import yaml
from github import Auth, Github, GithubException, RateLimitExceededExceedsMaxWait
from github.Requester import (
    Requester,
)

from ingest.github_transport import (
    ConditionalAdapter,
    HttpCache,
    RequestStats,
    RetryPolicy,
    connection_classes,
)
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
        retry = RetryPolicy(
            stats=self.stats,
            total=opts.retries,
            backoff_factor=opts.backoff,
            backoff_jitter=opts.backoff,
            backoff_max=60.0,
            secondary_rate_wait=opts.secondary_wait,
            max_rate_limit_wait=opts.max_wait,
            raise_on_status=False,
        )
        self._adapter = ConditionalAdapter(cache, self.stats, retry)
        # PyGithub's extension point for transports; process-wide, so close() resets it.
        Requester.injectConnectionClasses(*connection_classes(self._adapter))
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
        stars=repo.stargazers_count,
        forks=repo.forks_count,
        open_issues=repo.open_issues_count,
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
