"""What a harvest is asked to do, what it reports, and how it tells its progress."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from ingest.github import ClientOptions


@dataclass(frozen=True)
class HarvestOptions:
    """What to harvest and how; the CLI builds this from its flags."""

    only: tuple[str, ...] = ()
    """Account logins or organisation slugs to limit the harvest to (case-insensitive)."""
    host: str = "github.com"
    """The code host whose accounts are harvested (a GitHub Enterprise Server's web host)."""
    api_url: str | None = None
    dry_run: bool = False
    index: bool = True
    client: ClientOptions = field(default_factory=ClientOptions)
    check_links: bool = False
    """Check that components' web addresses can be reached (ingest.links), once per run."""
    link_checker: Callable[[str], str | None] | None = None
    """Instead of ingest.links: says why a web address cannot be reached (None if it can)."""


@dataclass
class AccountReport:
    organisation: str
    login: str
    status: str = "ok"  # ok, missing, failed, stopped
    message: str | None = None
    seen: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    restored: int = 0
    requests: int = 0
    # (outcome, full name) for everything that changed, shown by --dry-run
    changes: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class HarvestSummary:
    run_id: int | None
    status: str
    accounts: list[AccountReport]
    api_requests: int = 0
    not_modified: int = 0
    retries: int = 0
    rate_remaining: int | None = None
    rate_reset: datetime | None = None
    resumed_from: int | None = None
    stopped_reason: str | None = None
    index_pending: bool = False
    dry_run: bool = False

    def total(self, name: str) -> int:
        return sum(getattr(report, name) for report in self.accounts)

    @property
    def organisations(self) -> int:
        return len({report.organisation for report in self.accounts})


class HarvestProgress(Protocol):
    """Told how the harvest goes; the CLI draws bars on a terminal, else logs a line each."""

    def organisation_started(self, slug: str, accounts: int) -> None: ...
    def repositories_listed(self, slug: str, login: str, count: int) -> None: ...
    def repository_done(self, slug: str, full_name: str, outcome: str) -> None: ...
    def organisation_finished(self, slug: str, reports: list[AccountReport]) -> None: ...


class NullProgress:
    def organisation_started(self, slug: str, accounts: int) -> None:
        pass

    def repositories_listed(self, slug: str, login: str, count: int) -> None:
        pass

    def repository_done(self, slug: str, full_name: str, outcome: str) -> None:
        pass

    def organisation_finished(self, slug: str, reports: list[AccountReport]) -> None:
        pass


def names(reports: Iterable[AccountReport], outcome: str) -> list[str]:
    """Full names with a given outcome, for --dry-run output."""
    return [name for report in reports for kind, name in report.changes if kind == outcome]
