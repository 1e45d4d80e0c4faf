"""A real server on a loopback port and one headless Chromium (Debian's) for the whole session."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CATALOGUE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _missing(reason: str) -> None:
    """Locally a missing browser or axe skips these tests; in CI it fails them."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(engine, backend, var: Path) -> Iterator[str]:
    """The app over this database, served by uvicorn in a thread on a free loopback port."""
    import uvicorn

    from web.app import create_app

    port = _free_port()
    # Links and the allowed-hosts check follow the base URL, so it names this server.
    app = create_app(
        make_settings(var, CATALOGUE_BASE_URL=f"http://127.0.0.1:{port}"),
        search_backend=backend,
        engine=engine,
    )
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", ws="none", lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def server_url(loaded_engine, loaded_backend, tmp_path_factory) -> Iterator[str]:
    """The app over the bundled snapshot (no duplicated-work analysis yet)."""
    yield from _serve(loaded_engine, loaded_backend, tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="session")
def analysed_server_url(analysed_engine, loaded_backend, tmp_path_factory) -> Iterator[str]:
    """The app over the bundled snapshot with its duplicated-work analysis: the dashboard's clusters."""
    yield from _serve(analysed_engine, loaded_backend, tmp_path_factory.mktemp("browser-analysed"))


@pytest.fixture(scope="session")
def browser():
    """One Chromium for every browser test."""
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        _missing(f"Chromium not found at {CHROMIUM} (run `make chromium`)")
    if not AXE.exists():
        _missing("node_modules/axe-core is missing (run `make node`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class PageProblems:
    """Script errors, console errors (a CSP violation is one) and failed assets seen in a test.

    An error page's own status (400, 404) is expected; a stylesheet or script failing is not.
    """

    def __init__(self, page) -> None:
        self.messages: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.messages.append(f"page error: {error}"))
        page.on("response", self._response)

    def _console(self, message) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.messages.append(f"console: {message.text}")

    def _response(self, response) -> None:
        if response.status >= 400 and response.request.resource_type != "document":
            self.messages.append(f"{response.status} {response.url}")


def _page(browser, server_url: str, javascript: bool):
    context = browser.new_context(
        base_url=server_url, java_script_enabled=javascript, viewport={"width": 1024, "height": 800}
    )
    # Injected through the DevTools protocol, so the page's CSP (no inline script) still holds.
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.problems = PageProblems(page)
    return context, page


@pytest.fixture
def page(browser, server_url):
    """A fresh page with JavaScript on."""
    context, page = _page(browser, server_url, javascript=True)
    yield page
    context.close()


@pytest.fixture
def analysed_page(browser, analysed_server_url):
    """A fresh page with JavaScript on, on the server whose insight pages have clusters."""
    context, page = _page(browser, analysed_server_url, javascript=True)
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser, server_url):
    """A fresh page with JavaScript off: everything must still work."""
    context, page = _page(browser, server_url, javascript=False)
    yield page
    context.close()


def component_with_readme(session):
    """A component with languages, dependencies and a README: the fullest component page."""
    from sqlalchemy import select

    from catalogue.models import Component, Dependency

    return session.scalars(
        select(Component)
        .join(Dependency)
        .where(Component.readme_html.is_not(None))
        .order_by(Component.id)
        .limit(1)
    ).first()


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.2 A and AA violations on the page as it is now."""
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        {
            "id": violation["id"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]
