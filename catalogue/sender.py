"""A background thread that sends the outbox: at once after a commit that queued mail, else every minute."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy.orm import Session

from catalogue.models.types import utcnow
from catalogue.outbox import Transport, check_deliveries, deliver_due
from catalogue.wakeup import wake_event

log = logging.getLogger(__name__)

POLL_SECONDS = 60
CHECK_EVERY = timedelta(minutes=10)


class OutboxSender:
    """Runs deliver_due in a daemon thread until stopped; several processes may each run one."""

    def __init__(self, sessions: Callable[[], Session], transport: Transport) -> None:
        self._sessions = sessions
        self._transport = transport
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="outbox-sender", daemon=True)
        self._last_check = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        wake_event().set()
        self._thread.join(timeout=timeout)

    def _run(self) -> None:
        wake = wake_event()
        while not self._stop.is_set():
            wake.clear()
            self.run_once()
            wake.wait(POLL_SECONDS)

    def run_once(self) -> None:
        """One pass: send what is due and, now and then, ask the provider about bounces."""
        try:
            deliver_due(self._sessions, self._transport)
            now = utcnow()
            if self._last_check is None or now - self._last_check >= CHECK_EVERY:
                self._last_check = now
                check_deliveries(self._sessions, self._transport, now)
        except Exception:  # the sender must outlive a database hiccup; the next pass retries
            log.exception("outbox: a sending pass failed")
