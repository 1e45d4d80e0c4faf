"""The link checker over real HTTP on loopback: answers, redirects, and addresses it will not fetch."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ingest.links import LinkChecker, is_public


class _Site(BaseHTTPRequestHandler):
    routes = {
        "/ok": (200, {}),
        "/gone": (404, {}),
        "/broken": (503, {}),
        "/no-head": (200, {}),
        "/private": (302, {"Location": "http://127.0.0.2:9/secret"}),
        "/moved": (301, {"Location": "/ok"}),
        "/loop": (302, {"Location": "/loop"}),
    }
    seen: list[tuple[str, str]] = []

    def log_message(self, *args) -> None:
        pass

    def _answer(self, method: str) -> None:
        self.seen.append((method, self.path))
        status, headers = self.routes.get(self.path, (404, {}))
        if self.path == "/no-head" and method == "HEAD":
            status = 405
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self._answer("HEAD")

    def do_GET(self) -> None:
        self._answer("GET")


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Site.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def loopback_only(address: str) -> bool:
    """Stands in for `is_public` here: the test site is the only place allowed."""
    return address == "127.0.0.1"


@pytest.fixture
def checker():
    checker = LinkChecker(timeout=5, allow=loopback_only, schemes=("http",))
    yield checker
    checker.close()


def test_answers_that_mean_the_page_is_not_there(site, checker):
    assert checker(f"{site}/ok") is None
    assert checker(f"{site}/moved") is None
    assert checker(f"{site}/no-head") is None
    assert ("GET", "/no-head") in _Site.seen, "HEAD refused, so the page itself is asked for"
    assert checker(f"{site}/gone") == "HTTP 404"
    assert checker(f"{site}/broken") == "HTTP 503"
    assert checker(f"{site}/loop") == "too many redirects"


def test_a_server_that_is_not_there_is_unreachable(checker):
    assert checker("http://127.0.0.1:9/") == "could not connect (ConnectionError)"


def test_a_redirect_to_a_private_address_is_not_followed(site, checker):
    assert checker(f"{site}/private") is None
    assert [path for _, path in _Site.seen] == ["/private"]


def test_private_and_loopback_addresses_are_never_fetched(site):
    checker = LinkChecker(timeout=5, schemes=("http", "https"))
    assert checker(f"{site}/gone") is None, "loopback is not ours to fetch, so not judged"
    assert checker("https://192.168.1.1/") is None
    assert checker("https://user@example.org/") is None
    assert _Site.seen == []
    assert not is_public("10.0.0.1") and not is_public("::1") and not is_public("169.254.1.1")
    assert is_public("151.101.0.1")


def test_each_address_is_checked_once_per_run(site, checker):
    checker(f"{site}/gone")
    checker(f"{site}/gone")
    assert _Site.seen.count(("HEAD", "/gone")) == 1
