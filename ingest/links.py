"""Whether the web addresses components give (homepage, landingURL) can be reached, fetched safely.

Only public addresses are fetched: every host, and every host a redirect names, is resolved first
and refused unless all its addresses are global (no loopback, private, link-local or reserved
ranges), so harvested text cannot make the harvester probe its own network. An address the
checker will not fetch is not judged (None), never reported as unreachable.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import requests

log = logging.getLogger(__name__)
TIMEOUT = 10
MAX_REDIRECTS = 5
USER_AGENT = "welsh-public-code-catalogue-link-checker"
# Answers that mean the page is not there (others, such as 401 or 403, mean something answered).
GONE = {404, 410}


def is_public(address: str) -> bool:
    """True for a global unicast address: one on the public internet."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return ip.is_global and not ip.is_multicast


class LinkChecker:
    """Says why a URL cannot be reached (None when it can, or when it is not ours to fetch)."""

    def __init__(
        self,
        timeout: float = TIMEOUT,
        allow: Callable[[str], bool] = is_public,
        schemes: tuple[str, ...] = ("https",),
    ) -> None:
        self.timeout = timeout
        self.allow = allow
        self.schemes = schemes
        self.checked: dict[str, str | None] = {}  # one answer per address per harvest
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = False  # no proxy from the environment decides where we connect

    def __call__(self, url: str) -> str | None:
        if url not in self.checked:
            self.checked[url] = self._check(url)
        return self.checked[url]

    def close(self) -> None:
        self._session.close()

    def _check(self, url: str) -> str | None:
        for _ in range(MAX_REDIRECTS + 1):
            refusal = self._refusal(url)
            if refusal is not None:
                log.info("link not checked (%s): %s", refusal, url[:200])
                return None
            try:
                response = self._session.head(url, timeout=self.timeout, allow_redirects=False)
                if response.status_code in (405, 501):  # HEAD not allowed: ask for the page
                    response.close()
                    response = self._session.get(
                        url, timeout=self.timeout, allow_redirects=False, stream=True
                    )
                response.close()
            except requests.Timeout:
                return "timed out"
            except requests.RequestException as exc:
                return f"could not connect ({type(exc).__name__})"
            if response.is_redirect and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status_code in GONE or response.status_code >= 500:
                return f"HTTP {response.status_code}"
            return None
        return "too many redirects"

    def _refusal(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in self.schemes or not parts.hostname or parts.username:
            return "not an address we fetch"
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
        except (OSError, ValueError):
            return None if parts.hostname else "no host"
        addresses = {info[4][0] for info in infos}
        if not addresses or not all(self.allow(a) for a in addresses):
            return "not a public address"
        return None
