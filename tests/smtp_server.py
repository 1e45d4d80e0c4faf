"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives and can refuse addresses."""

from __future__ import annotations

import socket
import threading
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Handler:
    def __init__(self, server: LocalSmtp) -> None:
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.server.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self.server.arrived:
            self.server.received.append(message)
            self.server.arrived.notify_all()
        return "250 Message accepted for delivery"


class LocalSmtp:
    """Start with `start()`; `url` is the CATALOGUE_SMTP_URL; `wait_for(n)` blocks until n arrive."""

    def __init__(self) -> None:
        self.received: list[EmailMessage] = []
        self.refuse: set[str] = set()
        self.arrived = threading.Condition()
        self.port = _free_port()
        self.url = f"smtp://127.0.0.1:{self.port}"
        self._stopped = False
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)

    def start(self) -> LocalSmtp:
        self._controller.start()
        return self

    def stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._controller.stop()

    def wait_for(self, count: int, timeout: float = 20) -> list[EmailMessage]:
        """The first `count` messages, waiting for them to arrive (fails if they never do)."""
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.received) >= count, timeout=timeout)
            assert len(self.received) >= count, f"{len(self.received)} of {count} messages arrived"
            return list(self.received[:count])

    def to(self, address: str) -> list[EmailMessage]:
        with self.arrived:
            return [m for m in self.received if m["To"] == address]
