"""The outbox sender runs its chores (questions a harvest raised) before each sending pass."""

from __future__ import annotations

from contextlib import contextmanager

from catalogue import sender as sender_module
from catalogue.sender import OutboxSender


class _Session:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.log.append("closed")

    @contextmanager
    def begin(self):
        yield
        self.log.append("committed")


def test_chores_run_in_their_own_committed_session_before_sending(monkeypatch):
    log: list[str] = []
    monkeypatch.setattr(sender_module, "deliver_due", lambda *a: log.append("deliver"))
    monkeypatch.setattr(sender_module, "check_deliveries", lambda *a: log.append("check"))

    def failing(session) -> None:
        log.append("failing chore")
        raise RuntimeError("database hiccup")

    outbox = OutboxSender(
        lambda: _Session(log), transport=object(), chores=[failing, lambda s: log.append("ask")]
    )
    outbox.run_once()
    # A chore that fails is logged and rolled back; the next chore and the sending still run.
    assert log == ["failing chore", "closed", "ask", "committed", "closed", "deliver", "check"]
