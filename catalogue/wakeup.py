"""The signal that wakes this process's outbox sender once mail to send has been committed."""

from __future__ import annotations

import threading

from sqlalchemy import event
from sqlalchemy.orm import Session

_wake = threading.Event()


def wake_event() -> threading.Event:
    """Set after a commit that queued mail, so a waiting sender starts at once."""
    return _wake


def wake_after_commit(session: Session) -> None:
    """Wake the sender when this session's transaction commits (not before: it could not see it)."""
    event.listen(session, "after_commit", lambda _session: _wake.set(), once=True)
