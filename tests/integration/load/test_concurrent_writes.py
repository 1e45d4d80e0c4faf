"""Issue 13, finding 2: writes at the same moment wait their turn; guesses are counted first."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import delete, select

from catalogue.accounts import MAX_FAILURES, create_user
from catalogue.models import LoginThrottle, ProjectRequest
from tests.integration.register.factories import PASSWORD
from tests.integration.register.webtools import token

TIMEOUT = 15.0


@pytest.fixture(autouse=True)
def no_failures_counted(store):
    # Every client here signs in from 127.0.0.1: start each test with a clean slate.
    store.execute(delete(LoginThrottle))
    store.commit()


def _post_together(url: str, form_path: str, forms: list[dict]) -> list[int]:
    """Fetch each form (its own cookies and CSRF token), then post them all at once."""
    clients = [httpx.Client(base_url=url, timeout=TIMEOUT) for _ in forms]
    ready = threading.Barrier(len(forms))

    def post(pair) -> int:
        client, form = pair
        csrf = token(client.get(form_path).text)
        ready.wait()
        return client.post(form_path, data={"_csrf_token": csrf, **form}).status_code

    try:
        with ThreadPoolExecutor(len(forms)) as pool:
            return list(pool.map(post, zip(clients, forms, strict=True)))
    finally:
        for client in clients:
            client.close()


def test_concurrent_guesses_check_no_more_passwords_than_allowed(live_server, store):
    create_user(store, "guessed@example.gov.wales", PASSWORD)
    store.commit()
    guesses = [{"email": "guessed@example.gov.wales", "password": f"guess {n}"} for n in range(12)]
    statuses = _post_together(live_server.url, "/account/sign-in", guesses)
    assert set(statuses) <= {400, 429}, statuses  # never "database is locked"
    # Each attempt is counted before its password is checked, so once five are counted the
    # rest are refused unchecked; the fifth failure itself already answers 429.
    assert statuses.count(400) <= MAX_FAILURES - 1, statuses
    counted = store.scalars(select(LoginThrottle.failures)).all()
    assert counted and max(counted) == MAX_FAILURES


def test_correct_sign_ins_at_the_same_moment_all_succeed(live_server, store):
    for n in range(4):
        create_user(store, f"together{n}@example.gov.wales", PASSWORD)
    store.commit()
    forms = [{"email": f"together{n}@example.gov.wales", "password": PASSWORD} for n in range(4)]
    statuses = _post_together(live_server.url, "/account/sign-in", forms)
    assert statuses == [303, 303, 303, 303]


def test_concurrent_project_requests_are_all_saved(live_server, store):
    forms = [
        {
            "organisation": "cardiff-and-vale-uhb",
            "repository_url": f"https://github.com/a-supplier/concurrent-{n}",
            "contact_email": f"team{n}@example.gov.wales",
            "reason": "Built for us by a supplier",
        }
        for n in range(4)
    ]
    statuses = _post_together(live_server.url, "/register/project", forms)
    assert statuses == [303, 303, 303, 303]
    stored = store.scalars(
        select(ProjectRequest.full_name).where(
            ProjectRequest.full_name.like("a-supplier/concurrent-%")
        )
    ).all()
    assert len(stored) == 4
