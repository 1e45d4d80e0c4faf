"""The web side of e-mail: a message writer for this request, and the app's outbox sender."""

from __future__ import annotations

from litestar import Litestar, Request

from catalogue.notices import Writer
from catalogue.sender import OutboxSender
from catalogue.transports import make_transport
from web.i18n import translations


def _gettext(locale: str, message: str) -> str:
    return translations(locale).gettext(message)


def writer(request: Request) -> Writer:
    """Writes messages with links to CATALOGUE_BASE_URL (never to the Host the request named)."""
    settings = request.app.state.settings
    return Writer(base_url=settings.base_url, gettext=_gettext)


def start_sender(app: Litestar) -> None:
    """Send the outbox in the background when a transport is configured; else it waits."""
    transport = make_transport(app.state.settings)
    app.state.outbox_sender = None
    if transport is not None:
        app.state.outbox_sender = OutboxSender(app.state.sessionmaker, transport)
        app.state.outbox_sender.start()


def stop_sender(app: Litestar) -> None:
    sender = getattr(app.state, "outbox_sender", None)
    if sender is not None:
        sender.stop()


def sends_mail(request: Request) -> bool:
    """Whether e-mail leaves the catalogue (a transport is configured) or waits in the outbox."""
    settings = request.app.state.settings
    return bool(settings.notify_api_key or settings.smtp_url)
