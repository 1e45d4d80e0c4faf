"""POST /hooks/github: signed GitHub webhooks queue the repository they concern for re-harvest."""

from __future__ import annotations

import hashlib
import hmac
import json
from urllib.parse import urlsplit

import anyio
from litestar import Request, Response, Router, post
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from catalogue.models import Account, HarvestQueueItem, Organisation, WebhookDelivery
from catalogue.models.types import utcnow

QUEUED_EVENTS = ("push", "repository")
SIGNATURE_PREFIX = "sha256="


def _answer(status: int, message: str, **extra) -> Response:
    return Response({"status": status, "message": message, **extra}, status_code=status)


def _payload(body: bytes) -> dict | None:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return payload if isinstance(payload, dict) else None


def _repository(payload: dict) -> tuple[str, str, str] | None:
    """(host, owner login, full name) named by the payload, still unverified."""
    repository = payload.get("repository")
    if not isinstance(repository, dict):
        return None
    full_name, html_url = repository.get("full_name"), repository.get("html_url")
    if not isinstance(full_name, str) or "/" not in full_name or len(full_name) > 300:
        return None
    host = (urlsplit(html_url).hostname if isinstance(html_url, str) else None) or "github.com"
    return host.lower(), full_name.split("/", 1)[0], full_name


def _secret_for(session: Session, host: str, owner: str) -> str | None:
    return session.scalar(
        select(Organisation.webhook_secret)
        .join(Account, Account.organisation_id == Organisation.id)
        .where(Account.host == host, Account.login_key == owner.lower())
    )


def signature_matches(secret: str, body: bytes, header: str | None) -> bool:
    """Whether X-Hub-Signature-256 is the HMAC-SHA256 of the body under the secret."""
    if not header or not header.startswith(SIGNATURE_PREFIX):
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header[len(SIGNATURE_PREFIX) :].strip().lower())


@post("/hooks/github", name="hooks:github", include_in_schema=False)
async def github_hook(request: Request) -> Response:
    """Verify a GitHub delivery, refuse replays, and queue its repository for the next harvest."""
    body = await request.body()
    headers = {
        name: request.headers.get(name, "")
        for name in ("x-hub-signature-256", "x-github-event", "x-github-delivery")
    }
    sessionmaker = request.app.state.sessionmaker
    # The database work is synchronous; keep it off the event loop.
    return await anyio.to_thread.run_sync(receive_delivery, sessionmaker, body, headers)


def receive_delivery(sessionmaker, body: bytes, headers: dict[str, str]) -> Response:
    """Check and record one delivery in its own session; the status says what happened."""
    signature = headers["x-hub-signature-256"]
    event, delivery = headers["x-github-event"], headers["x-github-delivery"]
    payload = _payload(body)
    target = _repository(payload) if payload is not None else None
    with sessionmaker() as session:
        # The payload only says whose secret to try; nothing in it is trusted until that checks.
        secret = _secret_for(session, target[0], target[1]) if target else None
        if not signature or secret is None or not signature_matches(secret, body, signature):
            return _answer(401, "missing or bad signature")
        if not delivery or len(delivery) > 100:
            return _answer(400, "X-GitHub-Delivery is missing")
        session.add(WebhookDelivery(delivery_id=delivery, event=event[:50]))
        try:
            session.flush()
        except IntegrityError:
            session.rollback()
            return _answer(409, "this delivery was already received")
        if event not in QUEUED_EVENTS:
            session.commit()
            return _answer(202, f"{event or 'unknown'} events are not harvested", queued=None)
        host, _, full_name = target
        _queue(session, host, full_name, f"webhook:{event}")
        session.commit()
    return _answer(202, "queued for the next harvest", queued=full_name)


def _queue(session: Session, host: str, full_name: str, reason: str) -> None:
    pending = session.scalar(
        select(HarvestQueueItem.id).where(
            HarvestQueueItem.host == host,
            HarvestQueueItem.full_name == full_name,
            HarvestQueueItem.done_at.is_(None),
        )
    )
    if pending is None:
        session.add(
            HarvestQueueItem(
                host=host, full_name=full_name, reason=reason[:200], queued_at=utcnow()
            )
        )


# GitHub sends webhook payloads of up to 25 MB; the app-wide limit is 1 MB.
WEBHOOK_MAX_BODY_BYTES = 25 * 1024 * 1024

router = Router(
    path="",
    route_handlers=[github_hook],
    include_in_schema=False,
    request_max_body_size=WEBHOOK_MAX_BODY_BYTES,
)
