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


def _payload(
    full_name: str = "DHCW-Digital-Health-and-Care-Wales/nhs-wales-design-system", after: str = ""
):
    return json.dumps(
        {
            "ref": "refs/heads/main",
            "after": after or uuid.uuid4().hex,
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
        assert session.scalars(select(WebhookDelivery.delivery_id)).all() == [delivery]


def test_each_delivery_is_one_row_holding_its_body_digest(client, catalogue):
    # The digests once shared the table as rows of their own, posing as deliveries.
    bodies = [_payload(), _payload()]
    for body in bodies:
        assert _post(client, body).status_code == 202
    with make_sessionmaker(catalogue.engine)() as session:
        digests = session.scalars(select(WebhookDelivery.body_digest)).all()
    assert sorted(digests) == sorted(hashlib.sha256(body).hexdigest() for body in bodies)


def test_other_events_are_acknowledged_without_queueing(client, catalogue):
    response = _post(client, _payload(), event="ping")
    assert response.status_code == 202 and response.json()["queued"] is None
    assert _queue(catalogue) == []


def test_a_body_that_is_not_json_is_refused(client):
    assert _post(client, b"not json at all").status_code == 400
    assert _post(client, b"not json at all", secret="someone-elses").status_code == 401


def test_a_signed_body_replayed_under_a_new_delivery_id_is_refused(client, catalogue):
    # Issue 13, finding 3: a captured delivery must not queue work again with a fresh id.
    body = _payload()
    assert _post(client, body).status_code == 202
    assert _post(client, body, delivery=str(uuid.uuid4())).status_code == 409


@pytest.mark.parametrize(
    "full_name",
    [
        "DHCW-Digital-Health-and-Care-Wales/../../orgs/x",
        "DHCW-Digital-Health-and-Care-Wales/..",
        "DHCW-Digital-Health-and-Care-Wales/a b",
        "DHCW-Digital-Health-and-Care-Wales",
        "DHCW-Digital-Health-and-Care-Wales/repo/extra",
    ],
)
def test_a_malformed_repository_name_is_never_queued(client, catalogue, full_name):
    assert _post(client, _payload(full_name)).status_code == 400
    assert _queue(catalogue) == []


def test_a_secret_only_queues_its_own_organisations_repositories(client, catalogue):
    # Signed with DHCW's secret, naming another organisation's repository.
    assert _post(client, _payload("no-secret-org/repo")).status_code == 401
    assert _queue(catalogue) == []


def test_the_event_name_is_never_echoed(client):
    response = _post(client, _payload(), event="<script>alert(1)</script>")
    assert response.status_code == 202
    assert "script" not in response.text


def test_an_unsigned_body_is_refused_before_it_is_read(client, catalogue):
    # 2 MB of unsigned JSON: refused from the headers alone.
    body = b'{"repository": {"full_name": "' + b"x" * 2_000_000 + b'"}}'
    assert _post(client, body, secret=None).status_code == 401


def test_a_body_over_the_limit_is_stopped(client, monkeypatch):
    monkeypatch.setattr(hooks, "WEBHOOK_MAX_BODY_BYTES", 1000)
    response = _post(client, _payload() + b" " * 2000)
    assert response.status_code == 413
