"""Settings read once from the environment and passed down explicitly."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from catalogue.errors import ConfigError

DEFAULT_GITHUB_API_URL = "https://api.github.com"
DEFAULT_NOTIFY_API_URL = "https://api.notifications.service.gov.uk"
SMTP_SCHEMES = ("smtp", "smtp+starttls", "smtps")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class Settings:
    """Every setting the catalogue reads, with its documented default."""

    data_dir: Path
    """CATALOGUE_DATA_DIR: every piece of local state lives under it (default ./var)."""

    database_url: str
    """CATALOGUE_DATABASE_URL: SQLAlchemy URL (default: sqlite file catalogue.sqlite in the data dir)."""

    search_url: str | None
    """CATALOGUE_SEARCH_URL: empty for the embedded engine; an http(s):// URL selects Meilisearch."""

    meili_master_key: str | None = field(default=None, repr=False)
    """MEILI_MASTER_KEY: the Meilisearch key, used only with an http(s) CATALOGUE_SEARCH_URL."""

    search_index: str = "components"
    """CATALOGUE_SEARCH_INDEX: name of the search index (Meilisearch index uid)."""

    github_token: str | None = field(default=None, repr=False)
    """GITHUB_TOKEN: token for the GitHub API; never logged."""

    github_api_url: str = DEFAULT_GITHUB_API_URL
    """GITHUB_API_URL: GitHub (or GitHub Enterprise Server) API base URL."""

    github_issues_token: str | None = field(default=None, repr=False)
    """CATALOGUE_GITHUB_ISSUES_TOKEN: token the catalogue opens problem issues with, on the
    repositories of organisations that opt in; never logged. Unset: no issues are opened."""

    host: str = "127.0.0.1"
    """CATALOGUE_HOST: address `catalogue serve` listens on."""

    port: int = 8000
    """CATALOGUE_PORT: port `catalogue serve` listens on."""

    workers: int = 1
    """CATALOGUE_WORKERS: web worker processes `catalogue serve` starts (default 1)."""

    secret_key: str = field(default="", repr=False)
    """CATALOGUE_SECRET_KEY: signs sessions and CSRF tokens; required with PostgreSQL (with the
    embedded SQLite database it defaults to a key generated into the data dir)."""

    secure_cookies: bool = False
    """CATALOGUE_SECURE_COOKIES: mark cookies Secure (set to 1 behind HTTPS)."""

    hsts_seconds: int = 0
    """CATALOGUE_HSTS_SECONDS: max-age for Strict-Transport-Security; 0 sends no header."""

    contact_email: str | None = None
    """CATALOGUE_CONTACT_EMAIL: where people write to the team (accessibility, password resets)."""

    base_url: str = "http://127.0.0.1:8000"
    """CATALOGUE_BASE_URL: the public address; every absolute link (e-mails included) uses it, and
    requests naming another host are refused (default http://CATALOGUE_HOST:CATALOGUE_PORT)."""

    notify_api_key: str | None = field(default=None, repr=False)
    """CATALOGUE_NOTIFY_API_KEY: a GOV.UK Notify API key; selects Notify for e-mail. Never logged."""

    notify_api_url: str = DEFAULT_NOTIFY_API_URL
    """CATALOGUE_NOTIFY_API_URL: the Notify API base URL (tests point it at a local double)."""

    notify_template_en: str | None = None
    """CATALOGUE_NOTIFY_TEMPLATE_EN: id of the English Notify template, ((subject)) and ((body))."""

    notify_template_cy: str | None = None
    """CATALOGUE_NOTIFY_TEMPLATE_CY: id of the Welsh Notify template, ((subject)) and ((body))."""

    smtp_url: str | None = field(default=None, repr=False)
    """CATALOGUE_SMTP_URL: smtp://, smtp+starttls:// or smtps://[user:password@]host[:port]."""

    mail_from: str | None = None
    """CATALOGUE_MAIL_FROM: the From address of e-mail sent over SMTP (default: the contact address)."""
    web_threads: int = 8
    """CATALOGUE_WEB_THREADS: worker threads for requests; the database pool is sized to match."""

    web_queue: int = 200
    """CATALOGUE_WEB_QUEUE: requests that may wait for a turn; past that, 503 at once."""

    web_queue_seconds: int = 2
    """CATALOGUE_WEB_QUEUE_SECONDS: how long a request may wait for a turn before a 503."""
    api_rate_limit: int = 600
    """CATALOGUE_API_RATE_LIMIT: requests a minute one client may make to /api/v1 (all workers)."""

    trusted_proxies: tuple[str, ...] = ()
    """CATALOGUE_TRUSTED_PROXIES: addresses or networks (comma-separated) of reverse proxies whose
    X-Forwarded-For names the client; empty trusts none, so the socket address is the client."""

    @property
    def embedded_search_path(self) -> Path:
        """Where the embedded search index lives."""
        return self.data_dir / "search.sqlite"

    @property
    def uses_meilisearch(self) -> bool:
        return bool(self.search_url)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables, raising ConfigError on a bad value."""
        env = os.environ if env is None else env
        data_dir = Path(env.get("CATALOGUE_DATA_DIR") or "var").expanduser()
        database_url = (
            env.get("CATALOGUE_DATABASE_URL") or f"sqlite:///{data_dir / 'catalogue.sqlite'}"
        )
        _check_database_url(database_url)
        search_url = (env.get("CATALOGUE_SEARCH_URL") or "").strip() or None
        if search_url is not None:
            _check_http_url("CATALOGUE_SEARCH_URL", search_url)
        github_api_url = (env.get("GITHUB_API_URL") or DEFAULT_GITHUB_API_URL).rstrip("/")
        host = env.get("CATALOGUE_HOST") or "127.0.0.1"
        port = _integer("CATALOGUE_PORT", env.get("CATALOGUE_PORT"), 8000, 1, 65535)
        base_url = _base_url(env.get("CATALOGUE_BASE_URL") or f"http://{host}:{port}")
        _check_http_url("GITHUB_API_URL", github_api_url)
        return cls(
            data_dir=data_dir,
            database_url=database_url,
            search_url=search_url,
            meili_master_key=env.get("MEILI_MASTER_KEY") or None,
            search_index=_identifier(
                "CATALOGUE_SEARCH_INDEX", env.get("CATALOGUE_SEARCH_INDEX") or "components"
            ),
            github_token=env.get("GITHUB_TOKEN") or None,
            github_api_url=github_api_url,
            github_issues_token=env.get("CATALOGUE_GITHUB_ISSUES_TOKEN") or None,
            host=host,
            port=port,
            base_url=base_url,
            workers=_integer("CATALOGUE_WORKERS", env.get("CATALOGUE_WORKERS"), 1, 1, 64),
            secret_key=env.get("CATALOGUE_SECRET_KEY") or "",
            secure_cookies=_boolean(
                "CATALOGUE_SECURE_COOKIES", env.get("CATALOGUE_SECURE_COOKIES")
            ),
            hsts_seconds=_integer(
                "CATALOGUE_HSTS_SECONDS", env.get("CATALOGUE_HSTS_SECONDS"), 0, 0, 10**9
            ),
            contact_email=_email("CATALOGUE_CONTACT_EMAIL", env.get("CATALOGUE_CONTACT_EMAIL")),
            **_messaging(env),
            web_threads=_integer(
                "CATALOGUE_WEB_THREADS", env.get("CATALOGUE_WEB_THREADS"), 8, 1, 256
            ),
            web_queue=_integer(
                "CATALOGUE_WEB_QUEUE", env.get("CATALOGUE_WEB_QUEUE"), 200, 0, 100_000
            ),
            web_queue_seconds=_integer(
                "CATALOGUE_WEB_QUEUE_SECONDS", env.get("CATALOGUE_WEB_QUEUE_SECONDS"), 2, 0, 600
            ),
            api_rate_limit=_integer(
                "CATALOGUE_API_RATE_LIMIT", env.get("CATALOGUE_API_RATE_LIMIT"), 600, 1, 10**7
            ),
            trusted_proxies=_networks(
                "CATALOGUE_TRUSTED_PROXIES", env.get("CATALOGUE_TRUSTED_PROXIES")
            ),
        )


def _messaging(env: Mapping[str, str]) -> dict:
    """The e-mail settings: a Notify key (with both templates) or an SMTP URL, or neither."""
    notify_api_url = (env.get("CATALOGUE_NOTIFY_API_URL") or DEFAULT_NOTIFY_API_URL).rstrip("/")
    _check_http_url("CATALOGUE_NOTIFY_API_URL", notify_api_url)
    key = (env.get("CATALOGUE_NOTIFY_API_KEY") or "").strip() or None
    templates = {}
    for code in ("en", "cy"):
        name = f"CATALOGUE_NOTIFY_TEMPLATE_{code.upper()}"
        value = (env.get(name) or "").strip().lower() or None
        if value is not None and not _UUID.fullmatch(value):
            raise ConfigError(f"{name} must be a Notify template id (a UUID), got {value!r}")
        if key and value is None:
            raise ConfigError(f"{name} is needed with CATALOGUE_NOTIFY_API_KEY")
        templates[f"notify_template_{code}"] = value
    # A Notify key ends with the service id and the secret, two UUIDs joined by '-'.
    if key and not (
        len(key) >= 74 and _UUID.fullmatch(key[-73:-37]) and _UUID.fullmatch(key[-36:])
    ):
        raise ConfigError("CATALOGUE_NOTIFY_API_KEY is not a Notify API key (name-service-secret)")
    smtp_url = (env.get("CATALOGUE_SMTP_URL") or "").strip() or None
    if smtp_url is not None:
        parts = urlsplit(smtp_url)
        if parts.scheme not in SMTP_SCHEMES or not parts.hostname:
            # Never echo the value: it may hold a password.
            raise ConfigError(
                "CATALOGUE_SMTP_URL must be smtp://, smtp+starttls:// or smtps://HOST"
            )
    if key and smtp_url:
        raise ConfigError("set CATALOGUE_NOTIFY_API_KEY or CATALOGUE_SMTP_URL, not both")
    mail_from = _email("CATALOGUE_MAIL_FROM", env.get("CATALOGUE_MAIL_FROM"))
    if smtp_url and not (mail_from or env.get("CATALOGUE_CONTACT_EMAIL")):
        raise ConfigError(
            "CATALOGUE_SMTP_URL needs CATALOGUE_MAIL_FROM (or CATALOGUE_CONTACT_EMAIL)"
        )
    return {
        "notify_api_key": key,
        "notify_api_url": notify_api_url,
        "smtp_url": smtp_url,
        "mail_from": mail_from,
        **templates,
    }


def _check_database_url(url: str) -> None:
    scheme = url.split(":", 1)[0]
    if not (scheme.startswith("sqlite") or scheme.startswith("postgresql")):
        raise ConfigError(
            f"CATALOGUE_DATABASE_URL must be a sqlite:/// or postgresql:// URL, not {scheme!r}"
        )


def _check_http_url(name: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{name} must be an http:// or https:// URL, got {url!r}")


def _base_url(url: str) -> str:
    _check_http_url("CATALOGUE_BASE_URL", url)
    parts = urlsplit(url)
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username:
        raise ConfigError(f"CATALOGUE_BASE_URL must be a scheme and host only, got {url!r}")
    if parts.hostname in ("0.0.0.0", "::"):  # noqa: S104 (a check, not a bind)
        raise ConfigError(
            "CATALOGUE_BASE_URL must be set to the public address when serving on all interfaces"
        )
    return f"{parts.scheme}://{parts.netloc}"


def _integer(name: str, raw: str | None, default: int, low: int, high: int) -> int:
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, got {value}")
    return value


def _boolean(name: str, raw: str | None) -> bool:
    if raw is None or raw == "":
        return False
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be 1 or 0 (true or false), got {raw!r}")


_EMAIL = re.compile(r"[^@\s<>\"']{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def _email(name: str, raw: str | None) -> str | None:
    value = (raw or "").strip()
    if value and not _EMAIL.fullmatch(value):
        raise ConfigError(f"{name} must be an email address, got {raw!r}")
    return value or None


def _networks(name: str, raw: str | None) -> tuple[str, ...]:
    """Addresses and networks ('127.0.0.1, 10.0.0.0/8, ::1'), each checked and normalised."""
    found = []
    for item in (raw or "").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            network = ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ConfigError(
                f"{name} must list IP addresses or networks (like 10.0.0.0/8), got {item!r}"
            ) from None
        found.append(str(network.network_address if network.num_addresses == 1 else network))
    return tuple(found)


def _identifier(name: str, raw: str) -> str:
    if not raw.replace("-", "").replace("_", "").isalnum():
        raise ConfigError(f"{name} may hold only letters, digits, '-' and '_', got {raw!r}")
    return raw
