"""The two ways e-mail leaves the catalogue: GOV.UK Notify and an SMTP server."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import unquote, urlsplit

from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient

from catalogue.models import Message
from catalogue.models.messages import DELIVERED
from catalogue.outbox import SendError, Transport
from catalogue.settings import Settings

TIMEOUT = 15
# Notify's statuses of a message it could not deliver (it has already retried them).
NOTIFY_FAILURES = ("permanent-failure", "temporary-failure", "technical-failure")


def make_transport(settings: Settings) -> Transport | None:
    """The configured transport, or None: then messages wait in the outbox."""
    if settings.notify_api_key:
        return NotifyTransport(settings)
    if settings.smtp_url:
        return SmtpTransport(settings)
    return None


def _notify_reason(exc: APIError) -> str:
    """Notify's own words for an error: its `errors` list, or the client's message."""
    message = exc.message
    if isinstance(message, list):
        message = "; ".join(
            f"{item.get('error', '')}: {item.get('message', '')}"
            for item in message
            if isinstance(item, dict)
        )
    return f"Notify {exc.status_code}: {message}"


class NotifyTransport:
    """GOV.UK Notify, through its official client: one template per language, ((subject)) ((body))."""

    name = "notify"

    def __init__(self, settings: Settings) -> None:
        self._key = settings.notify_api_key
        self._url = settings.notify_api_url
        self._templates = {"en": settings.notify_template_en, "cy": settings.notify_template_cy}

    def _client(self) -> NotificationsAPIClient:
        # The client is not thread-safe; one per call is cheap.
        return NotificationsAPIClient(self._key, base_url=self._url, timeout=TIMEOUT)

    def send(self, message: Message) -> str | None:
        template = self._templates.get(message.language) or self._templates["en"]
        try:
            answer = self._client().send_email_notification(
                email_address=message.address,
                template_id=template,
                personalisation={"subject": message.subject, "body": message.body or ""},
                reference=f"message-{message.id}",
            )
        except APIError as exc:
            # 400 (bad request) and 403 (bad key) will not get better by themselves; 429 and
            # 5xx (and a network failure, which the client reports as 503) may.
            permanent = exc.status_code in (400, 401, 403, 404)
            raise SendError(_notify_reason(exc), permanent=permanent) from None
        return str(answer.get("id")) if isinstance(answer, dict) else None

    def delivery_status(self, provider_id: str) -> str | None:
        try:
            answer = self._client().get_notification_by_id(provider_id)
        except APIError as exc:
            raise SendError(_notify_reason(exc), permanent=exc.status_code == 404) from None
        status = answer.get("status") if isinstance(answer, dict) else None
        if status == "delivered":
            return DELIVERED
        if status in NOTIFY_FAILURES:
            raise SendError(f"Notify: {status}", permanent=True)
        return None


class SmtpTransport:
    """An SMTP relay: smtp:// (plain, for a local relay), smtp+starttls:// or smtps://."""

    name = "smtp"

    def __init__(self, settings: Settings) -> None:
        parts = urlsplit(settings.smtp_url or "")
        self._scheme = parts.scheme
        self._host = parts.hostname or "localhost"
        self._port = parts.port or {"smtps": 465, "smtp+starttls": 587}.get(parts.scheme, 25)
        self._user = unquote(parts.username) if parts.username else None
        self._password = unquote(parts.password) if parts.password else None
        self._from = settings.mail_from or settings.contact_email or ""

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self._scheme == "smtps":
            return smtplib.SMTP_SSL(self._host, self._port, timeout=TIMEOUT, context=context)
        connection = smtplib.SMTP(self._host, self._port, timeout=TIMEOUT)
        if self._scheme == "smtp+starttls":
            connection.starttls(context=context)
        return connection

    def send(self, message: Message) -> str | None:
        email = EmailMessage()
        email["From"] = self._from
        email["To"] = message.address
        email["Subject"] = message.subject
        email["Message-ID"] = message_id = make_msgid(domain=self._from.rpartition("@")[2] or None)
        email.set_content(message.body or "")
        # After set_content, which replaces every Content-* header.
        email["Content-Language"] = message.language
        try:
            with self._connect() as connection:
                if self._user:
                    connection.login(self._user, self._password or "")
                connection.send_message(email)
        except (smtplib.SMTPAuthenticationError, smtplib.SMTPSenderRefused) as exc:
            # Our own configuration is wrong: retried (with back-off) until someone fixes it.
            raise SendError(
                f"SMTP {exc.smtp_code}: check CATALOGUE_SMTP_URL and the From address"
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise SendError(
                f"SMTP refused the address ({', '.join(map(str, codes))})",
                permanent=all(code >= 500 for code in codes),
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise SendError(f"SMTP {exc.smtp_code}", permanent=exc.smtp_code >= 500) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise SendError(f"SMTP: {type(exc).__name__}") from None
        return message_id

    def delivery_status(self, provider_id: str) -> str | None:
        # SMTP says nothing after accepting a message; bounces go to the From address.
        return None
