"""Stopping the scheduled harvester on SIGTERM: finish the repository in hand, then exit cleanly."""

from __future__ import annotations

import logging
import signal
import threading

from ingest.harvest_report import AccountReport, HarvestProgress

log = logging.getLogger(__name__)

# After SIGTERM the run gets this long to reach the end of a repository (docker compose stops
# with SIGKILL after its stop_grace_period, 30 s in docker-compose.yml); then it is abandoned.
GRACE_SECONDS = 20.0


class StopRequested(BaseException):
    """Unwinds a harvest at a safe point; BaseException so per-account guards let it through.

    Every repository is committed before the next starts (the harvest's checkpoints), so what
    unwinds is at most one uncommitted repository, rolled back with the session; the run row
    stays 'running' and the next run marks it interrupted and resumes its pending accounts.
    """


class HarvestStop:
    """SIGTERM and SIGINT handling: ask the harvest to stop at the next repository boundary."""

    def __init__(self, grace_seconds: float = GRACE_SECONDS) -> None:
        self.grace_seconds = grace_seconds
        self.requested = threading.Event()
        self._previous: dict[int, object] = {}

    def __enter__(self) -> HarvestStop:
        self._previous = {
            number: signal.signal(number, self._on_signal)
            for number in (signal.SIGTERM, signal.SIGINT)
        }
        self._previous[signal.SIGALRM] = signal.getsignal(signal.SIGALRM)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        for number, handler in self._previous.items():
            signal.signal(number, handler)

    def _on_signal(self, signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        if self.requested.is_set():
            log.warning("%s received again: abandoning the harvest in hand", name)
            raise StopRequested(name)
        self.requested.set()
        log.warning(
            "%s received: stopping after the repository in hand (at most %.0f s)",
            name,
            self.grace_seconds,
        )
        # A request may be waiting out a GitHub rate limit; past the grace, abandon it there.
        signal.signal(signal.SIGALRM, self._on_grace_over)
        signal.setitimer(signal.ITIMER_REAL, self.grace_seconds)

    def _on_grace_over(self, signum: int, frame: object) -> None:
        log.warning(
            "no safe point within %.0f s: abandoning the harvest in hand", self.grace_seconds
        )
        raise StopRequested("grace period over")

    def check(self) -> None:
        """Raise StopRequested if a stop was asked for (called at safe points)."""
        if self.requested.is_set():
            raise StopRequested("stop requested")

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True if a stop was asked for meanwhile."""
        return self.requested.wait(seconds)


class StoppingProgress:
    """Passes progress on, and stops the harvest when a repository or organisation is done."""

    def __init__(self, inner: HarvestProgress, stop: HarvestStop) -> None:
        self.inner = inner
        self.stop = stop

    def organisation_started(self, slug: str, accounts: int) -> None:
        self.stop.check()
        self.inner.organisation_started(slug, accounts)

    def repositories_listed(self, slug: str, login: str, count: int) -> None:
        self.inner.repositories_listed(slug, login, count)

    def repository_done(self, slug: str, full_name: str, outcome: str) -> None:
        self.inner.repository_done(slug, full_name, outcome)
        self.stop.check()

    def organisation_finished(self, slug: str, reports: list[AccountReport]) -> None:
        self.inner.organisation_finished(slug, reports)
