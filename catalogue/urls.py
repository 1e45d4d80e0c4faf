"""Checking URLs people type in: https, an allow-listed code host, an account or a repository.

Nothing here fetches anything: a URL is judged by its text alone. Messages are gettext msgids
(marked with N_) with named parameters, so the web can show them in Welsh.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from catalogue.errors import ValidationError
from catalogue.settings import DEFAULT_GITHUB_API_URL, Settings
from catalogue.vocabulary import N_

MAX_URL_LENGTH = 300
GITHUB = "github.com"
LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")
REPOSITORY = re.compile(r"^[A-Za-z0-9._-]{1,100}$")
HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
# First path segments that are GitHub pages, not accounts.
RESERVED = frozenset(
    """about apps blog codespaces collections contact customer-stories dashboard enterprise
    enterprises explore features issues login logout marketplace new notifications organizations
    pricing pulls search security settings site sponsors topics trending users""".split()
)


class InputError(ValidationError):
    """Something a person typed was refused; `message` is a msgid, `params` fill it in."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message % params if params else message)


@dataclass(frozen=True)
class AccountRef:
    """A code-hosting account named by a URL."""

    host: str
    login: str

    @property
    def url(self) -> str:
        return f"https://{self.host}/{self.login}"


@dataclass(frozen=True)
class RepositoryRef:
    """A repository named by a URL."""

    host: str
    owner: str
    name: str

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def url(self) -> str:
        return f"https://{self.host}/{self.full_name}"


def allowed_hosts(settings: Settings | None) -> tuple[str, ...]:
    """github.com, plus the GitHub Enterprise host when GITHUB_API_URL points at one."""
    hosts = [GITHUB]
    if settings is not None and settings.github_api_url.rstrip("/") != DEFAULT_GITHUB_API_URL:
        enterprise = (urlsplit(settings.github_api_url).hostname or "").lower()
        if enterprise and enterprise not in hosts and enterprise != "api.github.com":
            hosts.append(enterprise)
    return tuple(hosts)


def parse_code_url(url: str, hosts: tuple[str, ...]) -> AccountRef | RepositoryRef:
    """Check a URL names an account or repository on an allowed host, and say which."""
    host, segments = _split(url, hosts)
    if segments and segments[0].lower() == "orgs" and len(segments) >= 2:
        # https://github.com/orgs/NAME/... is how GitHub links an organisation's own pages.
        segments = segments[1:2]
    if not segments:
        raise InputError(
            N_("Enter the address of an account or repository, like https://%(host)s/name"),
            host=host,
        )
    owner = segments[0]
    if owner.lower() in RESERVED or not LOGIN.match(owner):
        raise InputError(
            N_("‘%(name)s’ is not a %(host)s account name"), name=owner[:60], host=host
        )
    if len(segments) == 1:
        return AccountRef(host, owner)
    if len(segments) > 2:
        raise InputError(
            N_("Enter the address of the repository itself, like https://%(host)s/%(owner)s/name"),
            host=host,
            owner=owner,
        )
    name = segments[1].removesuffix(".git")
    if not REPOSITORY.match(name) or name in (".", ".."):
        raise InputError(N_("‘%(name)s’ is not a repository name"), name=segments[1][:60])
    return RepositoryRef(host, owner, name)


def parse_account_url(url: str, hosts: tuple[str, ...]) -> AccountRef:
    """Check a URL names a code-hosting account (not a repository)."""
    ref = parse_code_url(url, hosts)
    if isinstance(ref, RepositoryRef):
        raise InputError(
            N_(
                "%(url)s is a repository: enter the account’s address, like "
                "https://%(host)s/%(owner)s, or add the repository as a project"
            ),
            url=ref.url,
            host=ref.host,
            owner=ref.owner,
        )
    return ref


def parse_repository_url(url: str, hosts: tuple[str, ...]) -> RepositoryRef:
    """Check a URL names one repository."""
    ref = parse_code_url(url, hosts)
    if isinstance(ref, AccountRef):
        raise InputError(
            N_(
                "%(url)s is an account: enter the address of one repository, like "
                "https://%(host)s/%(login)s/name"
            ),
            url=ref.url,
            host=ref.host,
            login=ref.login,
        )
    return ref


def check_website(url: str) -> str:
    """Check an organisation's website address: https on a public domain name (never fetched)."""
    host, _ = _split(url, None)
    parts = urlsplit(url.strip())
    return f"https://{host}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")


def _split(url: str, hosts: tuple[str, ...] | None) -> tuple[str, list[str]]:
    """The lower-case host and the path segments, after every check that needs no host list."""
    if not isinstance(url, str) or not url.strip():
        raise InputError(N_("Enter an address"))
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise InputError(
            N_("The address must be %(limit)s characters or fewer"), limit=MAX_URL_LENGTH
        )
    if any(ord(c) < 33 or c in "\\\x7f" for c in url):
        raise InputError(
            N_("The address must not contain spaces, backslashes or control characters")
        )
    # http:, file:, data:, javascript:, ssh: and scheme-less input all stop here.
    if not url.lower().startswith("https://"):
        raise InputError(N_("Enter an address that starts with https://"))
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise InputError(N_("Enter a complete web address, like https://github.com/name")) from None
    if "@" in parts.netloc or parts.username or parts.password:
        raise InputError(N_("The address must not contain a user name or password"))
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise InputError(N_("Enter a complete web address, like https://github.com/name"))
    if _is_ip_address(host):
        raise InputError(N_("Enter an address with a host name, not an IP address"))
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        raise InputError(N_("Enter a public address, not one on a local network"))
    if port is not None and port != 443:
        raise InputError(N_("The address must not name a port"))
    if not all(HOST_LABEL.match(label) for label in host.split(".")) or "." not in host:
        raise InputError(N_("‘%(host)s’ is not a valid host name"), host=host[:80])
    if hosts is not None:
        if host not in hosts:
            raise InputError(N_("Only addresses on %(hosts)s are accepted"), hosts=", ".join(hosts))
        if parts.query or parts.fragment:
            raise InputError(N_("Remove everything after ‘?’ or ‘#’ from the address"))
    segments = [segment for segment in parts.path.split("/") if segment]
    return host, segments


def _is_ip_address(host: str) -> bool:
    candidate = host.strip("[]")
    try:
        ipaddress.ip_address(candidate)
        return True
    except ValueError:
        pass
    # Forms browsers also resolve as addresses: 2130706433, 0x7f.1, 127.1.
    return bool(re.fullmatch(r"(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}", candidate))
