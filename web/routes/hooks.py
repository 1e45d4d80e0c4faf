"""POST /hooks/github: signed GitHub webhooks queue the repository they concern for re-harvest.

Nothing in a delivery is read before its signature checks: the body is streamed (to disk past
1 MB) through an HMAC for each organisation's secret and stopped at the size limit, and only a
body one of those secrets signed is parsed. A signed body is accepted once, whatever delivery id
it comes with, and its repository must belong to the organisation whose secret signed it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import tempfile
from typing import IO
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
SIGNATURE = re.compile(r"sha256=[0-9a-f]{64}")
# GitHub's own rules for account and repository names; '.' and '..' are not repositories.
FULL_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/(?!\.\.?$)[A-Za-z0-9._-]{1,100}")
# GitHub sends webhook payloads of up to 25 MB; the app-wide limit is 1 MB.
WEBHOOK_MAX_BODY_BYTES = 25 * 1024 * 1024
IN_MEMORY_BYTES = 1024 * 1024


def _answer(status: int, message: str, **extra) -> Response:
    return Response({"status": status, "message": message, **extra}, status_code=status)


def _secrets(sessionmaker) -> list[tuple[int, str]]:
    with sessionmaker() as session:
        rows = session.execute(
            select(Organisation.id, Organisation.webhook_secret).where(
                Organisation.webhook_secret.is_not(None), Organisation.webhook_secret != ""
            )
        )
        return [(organisation_id, secret) for organisation_id, secret in rows]


@post("/hooks/github", name="hooks:github", include_in_schema=False)
async def github_hook(request: Request) -> Response:
    """Verify a GitHub delivery, refuse replays, and queue its repository for the next harvest."""
    signature = request.headers.get("x-hub-signature-256", "").strip().lower()
    if not SIGNATURE.fullmatch(signature):
        return _answer(401, "missing or bad signature")  # before a byte of the body is read
    sessionmaker = request.app.state.sessionmaker
    secrets = await anyio.to_thread.run_sync(_secrets, sessionmaker)
    macs = [(oid, hmac.new(secret.encode(), digestmod=hashlib.sha256)) for oid, secret in secrets]
    digest = hashlib.sha256()
    size = 0
    with tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES) as body:
        async for chunk in request.stream():
            size += len(chunk)
            if size > WEBHOOK_MAX_BODY_BYTES:
                return _answer(413, "the body is larger than 25 MB")
            for _, mac in macs:
                mac.update(chunk)
            digest.update(chunk)
            body.write(chunk)
        signed_by = [
            oid
            for oid, mac in macs
            if hmac.compare_digest(SIGNATURE_PREFIX + mac.hexdigest(), signature)
        ]
        if not signed_by:
            return _answer(401, "missing or bad signature")
        headers = {
            "event": request.headers.get("x-github-event", ""),
            "delivery": request.headers.get("x-github-delivery", ""),
            "digest": digest.hexdigest(),
        }
        # The database work is synchronous; keep it off the event loop.
        return await anyio.to_thread.run_sync(
            receive_delivery, sessionmaker, body, signed_by, headers
        )


def _repository(body: IO[bytes]) -> tuple[str, str, str] | None:
    """(host, owner login, full name) named by a signed payload, if well formed."""
    body.seek(0)
    try:
        payload = json.load(body)
    except (ValueError, RecursionError):
        return None
    repository = payload.get("repository") if isinstance(payload, dict) else None
    if not isinstance(repository, dict):
        return None
    full_name, html_url = repository.get("full_name"), repository.get("html_url")
    if not isinstance(full_name, str) or not FULL_NAME.fullmatch(full_name):
        return None
    host = (urlsplit(html_url).hostname if isinstance(html_url, str) else None) or "github.com"
    return host.lower(), full_name.split("/", 1)[0], full_name


def _owner_organisation(session: Session, host: str, owner: str) -> int | None:
    return session.scalar(
        select(Account.organisation_id).where(
            Account.host == host, Account.login_key == owner.lower()
        )
    )


def receive_delivery(
    sessionmaker, body: IO[bytes], signed_by: list[int], headers: dict[str, str]
) -> Response:
    """Record one signed delivery in its own unit of work; the status says what happened."""
    event, delivery = headers["event"], headers["delivery"]
    if not delivery or len(delivery) > 100:
        return _answer(400, "X-GitHub-Delivery is missing")
    target = _repository(body)
    if target is None:
        return _answer(400, "the payload names no repository")
    host, owner, full_name = target
    try:
        with sessionmaker.begin() as session:
            # Only the organisation whose secret signed the body may queue its own repositories.
            if _owner_organisation(session, host, owner) not in signed_by:
                return _answer(401, "missing or bad signature")
            # One row per delivery; its id and its body's digest are each unique (30-day pruning).
            session.add(
                WebhookDelivery(
                    delivery_id=delivery, event=event[:50], body_digest=headers["digest"]
                )
            )
            session.flush()
            if event not in QUEUED_EVENTS:
                # The event name is not echoed back: a response is no place for what we were sent.
                return _answer(202, "this event is not harvested", queued=None)
            _queue(session, host, full_name, f"webhook:{event}")
    except IntegrityError:
        # The same delivery id, or the same signed body under a new id: a replay.
        return _answer(409, "this delivery was already received")
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


router = Router(
    path="",
    route_handlers=[github_hook],
    include_in_schema=False,
    request_max_body_size=WEBHOOK_MAX_BODY_BYTES,
)
