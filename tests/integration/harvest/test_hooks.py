"""POST /hooks/github: signatures, replays and the re-harvest queue."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid

import pytest
from litestar import Litestar
from litestar.datastructures import State
from litestar.testing import TestClient
from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.models import HarvestQueueItem, Organisation, WebhookDelivery
from web.routes import hooks

SECRET = "a-long-enough-webhook-secret"


@pytest.fixture
def client(catalogue):
    catalogue.register("dhcw", "DHCW-Digital-Health-and-Care-Wales")
    catalogue.register("nosecret", "no-secret-org")
    with make_sessionmaker(catalogue.engine).begin() as session:
        organisation = session.scalar(select(Organisation).where(Organisation.slug == "dhcw"))
        organisation.webhook_secret = SECRET
    app = Litestar(
        route_handlers=[hooks.router],
        state=State({"sessionmaker": make_sessionmaker(catalogue.engine)}),
    )
    with TestClient(app) as test_client:
        yield test_client


def _payload(full_name: str = "DHCW-Digital-Health-and-Care-Wales/nhs-wales-design-system"):
    return json.dumps(
        {
            "ref": "refs/heads/main",
            "repository": {
                "full_name": full_name,
                "html_url": f"https://github.com/{full_name}",
                "owner": {"login": full_name.split("/")[0]},
            },
        }
    ).encode()


def _post(client, body: bytes, secret: str | None = SECRET, event="push", delivery=None, sig=None):
    headers = {
        "Content-Type": "application/json",
        "X-GitHub-Event": event,
        "X-GitHub-Delivery": delivery or str(uuid.uuid4()),
    }
    if sig is None and secret is not None:
        sig = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if sig is not None:
        headers["X-Hub-Signature-256"] = sig
    return client.post("/hooks/github", content=body, headers=headers)


def _queue(catalogue) -> list[tuple[str, str]]:
    with make_sessionmaker(catalogue.engine)() as session:
        return [(q.full_name, q.reason) for q in session.scalars(select(HarvestQueueItem))]


def test_a_signed_push_queues_its_repository(client, catalogue):
    response = _post(client, _payload())
    assert response.status_code == 202
    assert response.json()["queued"] == "DHCW-Digital-Health-and-Care-Wales/nhs-wales-design-system"
    assert _queue(catalogue) == [
        ("DHCW-Digital-Health-and-Care-Wales/nhs-wales-design-system", "webhook:push")
    ]


def test_a_repository_event_queues_too_and_a_pending_item_is_not_duplicated(client, catalogue):
    assert _post(client, _payload(), event="repository").status_code == 202
    assert _post(client, _payload(), event="push").status_code == 202
    assert len(_queue(catalogue)) == 1


@pytest.mark.parametrize(
    "signature",
    [None, "sha256=" + "0" * 64, "sha1=abc", "sha256=", "garbage"],
    ids=["missing", "wrong", "sha1", "empty", "garbage"],
)
def test_missing_or_bad_signatures_are_refused(client, catalogue, signature):
    response = _post(client, _payload(), secret=None, sig=signature)
    assert response.status_code == 401
    assert _queue(catalogue) == []


def test_a_signature_made_with_another_secret_is_refused(client, catalogue):
    assert _post(client, _payload(), secret="someone-elses-secret").status_code == 401


def test_a_tampered_body_is_refused(client):
    body = _payload()
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    tampered = body.replace(b"nhs-wales-design-system", b"something-else-entirely")
    assert _post(client, tampered, sig=signature).status_code == 401


def test_unknown_accounts_and_organisations_without_a_secret_are_refused(client):
    assert _post(client, _payload("stranger/repo")).status_code == 401
    assert _post(client, _payload("no-secret-org/repo"), secret="").status_code == 401


def test_a_replayed_delivery_is_refused(client, catalogue):
    delivery = str(uuid.uuid4())
    assert _post(client, _payload(), delivery=delivery).status_code == 202
    assert _post(client, _payload(), delivery=delivery).status_code == 409
    with make_sessionmaker(catalogue.engine)() as session:
        assert session.scalar(select(WebhookDelivery.delivery_id)) == delivery


def test_other_events_are_acknowledged_without_queueing(client, catalogue):
    response = _post(client, _payload(), event="ping")
    assert response.status_code == 202 and response.json()["queued"] is None
    assert _queue(catalogue) == []


def test_a_body_that_is_not_json_is_refused(client):
    assert _post(client, b"not json at all").status_code == 401
