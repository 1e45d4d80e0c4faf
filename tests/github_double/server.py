"""A GitHub REST API double served over real HTTP on loopback, with scriptable faults."""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.github_double import issues as issue_store
from tests.github_double import payloads
from tests.github_double.issues import FakeIssue
from tests.github_double.payloads import FakeRepo

PRIMARY_MESSAGE = (
    "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests "
    "get a higher rate limit. Check out the documentation for more details.)"
)
SECONDARY_MESSAGE = (
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."
)
# OpenAPI path template per route, so responses can be checked against GitHub's description.
ROUTES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (r"^/users/([^/]+)$", "/users/{username}"),
        (r"^/users/([^/]+)/repos$", "/users/{username}/repos"),
        (r"^/orgs/([^/]+)/repos$", "/orgs/{org}/repos"),
        (r"^/repos/([^/]+)/([^/]+)/languages$", "/repos/{owner}/{repo}/languages"),
        (r"^/repos/([^/]+)/([^/]+)/readme$", "/repos/{owner}/{repo}/readme"),
        (r"^/repos/([^/]+)/([^/]+)/contents(?:/(.*))?$", "/repos/{owner}/{repo}/contents/{path}"),
        (r"^/repos/([^/]+)/([^/]+)/issues$", "/repos/{owner}/{repo}/issues"),
        (
            r"^/repos/([^/]+)/([^/]+)/issues/(\d+)$",
            "/repos/{owner}/{repo}/issues/{issue_number}",
        ),
    )
)
# (template, status, body, method="get") -> problems; requests: (template, method, body) -> problems.
Validator = Callable[..., list[str]]
RequestValidator = Callable[[str, str, object], list[str]]


@dataclass
class Account:
    login: str
    kind: str
    id: int
    repos: dict[str, FakeRepo] = field(default_factory=dict)


@dataclass
class Recorded:
    """One request the double answered."""

    method: str
    path: str
    query: dict[str, str]
    status: int
    conditional: bool
    authorised: bool
    # What a POST or PATCH sent (parsed JSON).
    sent: object = None


@dataclass
class Fault:
    """Answer the next `times` requests whose path matches with a failure instead."""

    pattern: re.Pattern[str]
    kind: str  # "status", "drop", "secondary"
    times: int
    status: int = 502
    retry_after: int | None = None


@dataclass
class Hold:
    """Stop requests matching a pattern until released, so a test can act mid-harvest."""

    pattern: re.Pattern[str]
    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)

    def release(self) -> None:
        self.released.set()


class InMemoryGitHub:
    """GitHub's REST API for accounts, repositories and files kept in memory."""

    def __init__(
        self,
        prefix: str = "/api/v3",
        validator: Validator | None = None,
        request_validator: RequestValidator | None = None,
    ):
        self.prefix = prefix.rstrip("/")
        self.validator = validator
        self.request_validator = request_validator
        # Issues per repository (full name, lower case); repositories with issues turned off.
        self.issues: dict[str, list[FakeIssue]] = {}
        self.issues_disabled: set[str] = set()
        self.violations: list[str] = []
        self.accounts: dict[str, Account] = {}
        self.log: list[Recorded] = []
        self.faults: list[Fault] = []
        self.holds: list[Hold] = []
        self.rate_limit = 5000
        self.remaining = 5000
        self.reset_at = int(time.time()) + 3600
        self.limit_status = 403
        self._reset_in: int | None = None
        self._next_id = 1000
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> InMemoryGitHub:
        handler = type("Handler", (_Handler,), {"double": self})
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        for hold in self.holds:
            hold.release()
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> InMemoryGitHub:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def api_url(self) -> str:
        assert self._server is not None, "start the double first"
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.prefix}"

    # --- data --------------------------------------------------------------------------------

    def add_account(self, login: str, kind: str = "Organization") -> Account:
        with self._lock:
            self._next_id += 1
            account = Account(login, kind, self._next_id)
            self.accounts[login.lower()] = account
            return account

    def add_repo(self, owner: str, name: str, **fields) -> FakeRepo:
        with self._lock:
            account = self.accounts.get(owner.lower()) or self.add_account(owner)
            self._next_id += 1
            repo = FakeRepo(id=self._next_id, owner=account.login, name=name, **fields)
            account.repos[name.lower()] = repo
            return repo

    def repo(self, full_name: str) -> FakeRepo:
        owner, name = full_name.split("/", 1)
        return self.accounts[owner.lower()].repos[name.lower()]

    def update_repo(self, full_name: str, push: bool = True, **fields) -> FakeRepo:
        """Change a repository as GitHub would: updated_at (and pushed_at on a push) move on."""
        with self._lock:
            repo = self.repo(full_name)
            for key, value in fields.items():
                setattr(repo, key, value)
            now = datetime.fromtimestamp(int(time.time()), UTC)
            repo.updated_at = max(now, repo.updated_at + timedelta(seconds=1))
            if push:
                repo.pushed_at = repo.updated_at
            return repo

    def issues_of(self, full_name: str) -> list[FakeIssue]:
        """The repository's issues, oldest first."""
        with self._lock:
            return list(self.issues.get(full_name.lower(), []))

    def disable_issues(self, full_name: str) -> None:
        """Turn issues off for a repository: GitHub then answers 410 Gone."""
        self.issues_disabled.add(full_name.lower())

    def delete_repo(self, full_name: str) -> None:
        with self._lock:
            owner, name = full_name.split("/", 1)
            del self.accounts[owner.lower()].repos[name.lower()]

    def delete_account(self, login: str) -> None:
        with self._lock:
            del self.accounts[login.lower()]

    # --- faults ------------------------------------------------------------------------------

    def fail(self, pattern: str, status: int = 502, times: int = 1) -> None:
        self.faults.append(Fault(re.compile(pattern), "status", times, status=status))

    def drop(self, pattern: str, times: int = 1) -> None:
        """Close the connection without answering (a connection error for the client)."""
        self.faults.append(Fault(re.compile(pattern), "drop", times))

    def secondary_limit(
        self, pattern: str, retry_after: int | None = 1, times: int = 1, status: int = 403
    ) -> None:
        self.faults.append(
            Fault(re.compile(pattern), "secondary", times, status=status, retry_after=retry_after)
        )

    def exhaust_rate_limit(self, after: int = 0, reset_in: int = 3600, status: int = 403) -> None:
        """Allow `after` more counted requests, then refuse for `reset_in` seconds from then."""
        with self._lock:
            self.remaining = after
            self.limit_status = status
            self._reset_in = reset_in
            self.reset_at = int(time.time()) + 3600
            if after == 0:
                self._start_reset_clock()

    def _start_reset_clock(self) -> None:
        # The clock starts when the limit runs out, so tests do not race against it.
        if self._reset_in is not None:
            self.reset_at = math.ceil(time.time() + self._reset_in)
            self._reset_in = None

    def restore_rate_limit(self) -> None:
        with self._lock:
            self.remaining = self.rate_limit
            self.reset_at = int(time.time()) + 3600
            self._reset_in = None

    def hold(self, pattern: str) -> Hold:
        hold = Hold(re.compile(pattern))
        self.holds.append(hold)
        return hold

    # --- inspection --------------------------------------------------------------------------

    def requests(self, since: int = 0) -> list[Recorded]:
        with self._lock:
            return list(self.log[since:])

    # --- answering ---------------------------------------------------------------------------

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and fault.pattern.search(path):
                    fault.times -= 1
                    return fault
        return None

    def _rate_headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.rate_limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset_at),
            "X-RateLimit-Used": str(self.rate_limit - self.remaining),
            "X-RateLimit-Resource": "core",
        }

    def answer(self, path: str, query: dict[str, str], if_none_match: str | None):
        """(status, headers, body or None, template) for one GET; None status means drop."""
        for hold in self.holds:
            if hold.pattern.search(path) and not hold.released.is_set():
                hold.reached.set()
                hold.released.wait(60)
        fault = self._take_fault(path)
        with self._lock:
            if time.time() >= self.reset_at:
                self.remaining, self.reset_at = self.rate_limit, int(time.time()) + 3600
            if fault and fault.kind == "drop":
                return None, {}, None, None
            if fault and fault.kind == "status":
                body = payloads.basic_error("Server Error", fault.status)
                return fault.status, self._rate_headers(), body, None
            if fault and fault.kind == "secondary":
                headers = self._rate_headers()
                if fault.retry_after is not None:
                    headers["Retry-After"] = str(fault.retry_after)
                return fault.status, headers, payloads.basic_error(SECONDARY_MESSAGE, 403), None
            if self.remaining <= 0:
                body = payloads.basic_error(PRIMARY_MESSAGE, self.limit_status)
                return self.limit_status, self._rate_headers(), body, None
            status, body, headers, template = self._route(path, query)
            etag = 'W/"' + hashlib.sha256(_encode(body)).hexdigest()[:40] + '"'
            if status == 200 and if_none_match == etag:
                # A 304 costs no rate limit, as on GitHub.
                return 304, {**self._rate_headers(), "ETag": etag, **headers}, None, template
            self.remaining -= 1
            if self.remaining == 0:
                self._start_reset_clock()
            all_headers = {**self._rate_headers(), **headers}
            if status == 200:
                all_headers["ETag"] = etag
            return status, all_headers, body, template

    def _route(self, path: str, query: dict[str, str]):
        for pattern, template in ROUTES:
            match = pattern.match(path)
            if match:
                return (*self._dispatch(template, match.groups(), query), template)
        return 404, payloads.basic_error("Not Found", 404), {}, None

    def _dispatch(self, template: str, args: tuple, query: dict[str, str]):
        api = self.api_url
        not_found = (404, payloads.basic_error("Not Found", 404), {})
        if template in ("/users/{username}", "/users/{username}/repos", "/orgs/{org}/repos"):
            account = self.accounts.get(args[0].lower())
            if account is None or (
                template == "/orgs/{org}/repos" and account.kind != "Organization"
            ):
                return not_found
            if template == "/users/{username}":
                body = payloads.public_user(
                    api, account.login, account.kind, account.id, len(account.repos)
                )
                return 200, body, {}
            return self._list(account, path_of(template, args), query)
        owner = self.accounts.get(args[0].lower())
        repo = owner.repos.get(args[1].lower()) if owner else None
        if repo is None:
            return not_found
        if "/issues" in template:
            return self._read_issues(repo, args)
        if template.endswith("/languages"):
            return 200, dict(repo.languages), {}
        if template.endswith("/readme"):
            readme = next((p for p in sorted(repo.files) if _is_readme(p)), None)
            if readme is None:
                return not_found
            return 200, payloads.content_file(api, repo, readme, repo.files[readme]), {}
        return self._contents(repo, (args[2] or "").strip("/"))

    def _read_issues(self, repo: FakeRepo, args: tuple):
        key = repo.full_name.lower()
        if key in self.issues_disabled:
            return 410, payloads.basic_error("Issues are disabled for this repo", 410), {}
        found = self.issues.get(key, [])
        if len(args) == 2:
            return 200, [issue_store.issue_payload(self.api_url, repo, i) for i in found], {}
        issue = next((i for i in found if i.number == int(args[2])), None)
        if issue is None:
            return 404, payloads.basic_error("Not Found", 404), {}
        return 200, issue_store.issue_payload(self.api_url, repo, issue), {}

    def write(self, method: str, path: str, data: object, authorised: bool):
        """(status, headers, body, template) for a POST or PATCH of an issue."""
        with self._lock:
            template, args = None, ()
            for pattern, candidate in ROUTES:
                match = pattern.match(path)
                if match and "/issues" in candidate:
                    template, args = candidate, match.groups()
            if template is None:
                return 404, {}, payloads.basic_error("Not Found", 404), None
            if not authorised:
                return 401, {}, payloads.basic_error("Requires authentication", 401), template
            if self.request_validator is not None:
                problems = self.request_validator(template, method.lower(), data)
                self.violations += [f"{method} {path} request: {p}" for p in problems]
            owner = self.accounts.get(args[0].lower())
            repo = owner.repos.get(args[1].lower()) if owner else None
            if repo is None:
                return 404, {}, payloads.basic_error("Not Found", 404), template
            key = repo.full_name.lower()
            if key in self.issues_disabled:
                body = payloads.basic_error("Issues are disabled for this repo", 410)
                return 410, {}, body, template
            if not isinstance(data, dict) or (method == "POST" and not data.get("title")):
                return 422, {}, payloads.basic_error("Validation Failed", 422), template
            found = self.issues.setdefault(key, [])
            if method == "POST" and len(args) == 2:
                self._next_id += 1
                issue = issue_store.create(repo, found, data, self._next_id)
                body = issue_store.issue_payload(self.api_url, repo, issue)
                return 201, {"Location": body["url"]}, body, template
            if method == "PATCH" and len(args) == 3:
                issue = next((i for i in found if i.number == int(args[2])), None)
                if issue is None:
                    return 404, {}, payloads.basic_error("Not Found", 404), template
                issue_store.edit(issue, data)
                return 200, {}, issue_store.issue_payload(self.api_url, repo, issue), template
            return 404, {}, payloads.basic_error("Not Found", 404), template

    def _list(self, account: Account, path: str, query: dict[str, str]):
        repos = sorted(account.repos.values(), key=lambda r: r.full_name.lower())
        if query.get("sort") in ("created", "updated", "pushed"):
            repos.sort(key=lambda r: getattr(r, f"{query['sort']}_at"))
            if query.get("direction", "desc") == "desc":
                repos.reverse()
        elif query.get("direction") == "desc":
            repos.reverse()
        per_page = max(1, min(100, int(query.get("per_page") or 30)))
        page = max(1, int(query.get("page") or 1))
        last = max(1, -(-len(repos) // per_page))
        owner = payloads.simple_user(self.api_url, account.login, account.kind, account.id)
        chunk = repos[(page - 1) * per_page : page * per_page]
        body = [payloads.minimal_repository(self.api_url, r, owner) for r in chunk]
        links = []

        def link(number: int, rel: str) -> str:
            params = urlencode({**query, "per_page": per_page, "page": number})
            return f'<{self.api_url}{path}?{params}>; rel="{rel}"'

        if page < last:
            links += [link(page + 1, "next"), link(last, "last")]
        if page > 1:
            links += [link(1, "first"), link(page - 1, "prev")]
        return 200, body, ({"Link": ", ".join(links)} if links else {})

    def _contents(self, repo: FakeRepo, path: str):
        api = self.api_url
        if not repo.files:
            return 404, payloads.basic_error("This repository is empty.", 404), {}
        if path in repo.files:
            return 200, payloads.content_file(api, repo, path, repo.files[path]), {}
        prefix = f"{path}/" if path else ""
        entries: dict[str, tuple[str, int]] = {}
        for name, text in repo.files.items():
            if not name.startswith(prefix):
                continue
            head, _, rest = name[len(prefix) :].partition("/")
            entries[prefix + head] = ("dir", 0) if rest else ("file", len(text.encode()))
        if not entries:
            return 404, payloads.basic_error("Not Found", 404), {}
        body = [
            payloads.directory_entry(api, repo, p, kind, size)
            for p, (kind, size) in sorted(entries.items())
        ]
        return 200, body, {}


def path_of(template: str, args: tuple) -> str:
    names = iter(args)
    return re.sub(r"\{[^}]+\}", lambda _: next(names), template)


def _is_readme(path: str) -> bool:
    return "/" not in path and path.lower().split(".", 1)[0] == "readme"


def _encode(body: object) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # Clients killed mid-request (the SIGKILL scenario) break pipes; that is expected here.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Buffer the response so headers and body leave in one segment (no Nagle/delayed-ACK stall).
    wbufsize = 64 * 1024
    double: InMemoryGitHub

    def log_message(self, format, *args) -> None:
        pass

    def do_GET(self) -> None:
        double = self.double
        parts = urlsplit(self.path)
        if not parts.path.startswith(double.prefix + "/"):
            self._send(404, {}, payloads.basic_error("Not Found", 404))
            return
        path = parts.path[len(double.prefix) :]
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        conditional = self.headers.get("If-None-Match")
        status, headers, body, template = double.answer(path, query, conditional)
        authorised = self.headers.get("Authorization") is not None
        with double._lock:
            double.log.append(
                Recorded("GET", path, query, status or 0, conditional is not None, authorised)
            )
        if status is None:
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if double.validator and body is not None:
            problems = double.validator(template or "", status, body)
            double.violations += [f"GET {path} {status}: {p}" for p in problems]
        self._send(status, headers, body)

    def do_POST(self) -> None:
        self._write("POST")

    def do_PATCH(self) -> None:
        self._write("PATCH")

    def _write(self, method: str) -> None:
        double = self.double
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            data = json.loads(raw or b"null")
        except ValueError:
            data = None
        path = parts.path[len(double.prefix) :] if parts.path.startswith(double.prefix) else ""
        authorised = self.headers.get("Authorization") is not None
        status, headers, body, template = double.write(method, path, data, authorised)
        with double._lock:
            double.log.append(Recorded(method, path, {}, status, False, authorised, data))
        if double.validator and template:
            problems = double.validator(template, status, body, method=method.lower())
            double.violations += [f"{method} {path} {status}: {p}" for p in problems]
        self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: object) -> None:
        self.send_response(status)
        data = b"" if body is None else _encode(body)
        if body is not None:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-GitHub-Api-Version-Selected", "2022-11-28")
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if data:
            self.wfile.write(data)
