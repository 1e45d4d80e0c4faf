"""A complete harvest prunes bookkeeping nobody needs, and keeps what it used, on both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from catalogue.db import make_sessionmaker
from catalogue.models import HarvestQueueItem, HttpCacheEntry, WebhookDelivery
from catalogue.models.types import utcnow
from ingest.housekeeping import CACHE_RETENTION, RETENTION, prune_bookkeeping
from tests.integration.harvest.helpers import run_harvest, small_org

OLD = RETENTION + timedelta(days=10)
UNUSED = CACHE_RETENTION + timedelta(days=10)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_catalogue(request):
    return request.getfixturevalue("catalogue" if request.param == "sqlite" else "pg_catalogue")


def seed_old_bookkeeping(session, tag: str) -> None:
    """Rows past retention (and a few that must stay), all named after `tag`."""
    old, recent = utcnow() - OLD, utcnow() - timedelta(days=1)
    unused = utcnow() - UNUSED
    session.add(HttpCacheEntry(url=f"https://gone.invalid/{tag}", body="{}", fetched_at=unused))
    session.add(HttpCacheEntry(url=f"https://idle.invalid/{tag}", body="{}", fetched_at=old))
    session.add(WebhookDelivery(delivery_id=f"{tag}-old", event="push", received_at=old))
    session.add(WebhookDelivery(delivery_id=f"{tag}-new", event="push", received_at=recent))
    for name, done in (("done", old), ("waiting", None)):
        session.add(
            HarvestQueueItem(
                host="ghe.invalid",
                full_name=f"{tag}/{name}",
                reason="push",
                queued_at=old,
                done_at=done,
            )
        )


def test_a_complete_harvest_keeps_the_cache_it_used_and_prunes_the_rest(any_catalogue, github):
    tag = f"hk-{id(any_catalogue)}"
    any_catalogue.register(tag, f"{tag}-login")
    small_org(github, f"{tag}-login", 3)
    assert run_harvest(any_catalogue, github).status == "complete"
    sessions = make_sessionmaker(any_catalogue.engine)
    with sessions.begin() as session:
        first = set(session.scalars(select(HttpCacheEntry.url)))
        session.execute(update(HttpCacheEntry).values(fetched_at=utcnow() - UNUSED))
        seed_old_bookkeeping(session, tag)

    again = run_harvest(any_catalogue, github)  # the listings are 304s replayed from the cache

    assert again.status == "complete" and again.not_modified > 0
    with sessions() as session:
        cached = set(session.scalars(select(HttpCacheEntry.url)))
        deliveries = set(session.scalars(select(WebhookDelivery.delivery_id)))
        queue = set(session.scalars(select(HarvestQueueItem.full_name)))
    replayed = {
        url for url in cached if f"/orgs/{tag}-login/" in url or f"/users/{tag}-login/" in url
    }
    assert replayed, "the account listing replayed after a 304 must be kept"
    # Unchanged repositories' details were not asked for: unused past retention, they go.
    assert not any("/repos/" in url for url in cached & first)
    assert f"https://gone.invalid/{tag}" not in cached
    assert f"https://idle.invalid/{tag}" in cached  # unused, but not for long enough
    assert {f"{tag}-new"} <= deliveries and f"{tag}-old" not in deliveries
    assert f"{tag}/waiting" in queue and f"{tag}/done" not in queue


def test_a_harvest_of_some_accounts_prunes_nothing(catalogue, github):
    catalogue.register("some", "some-login")
    small_org(github, "some-login", 1)
    with make_sessionmaker(catalogue.engine).begin() as session:
        seed_old_bookkeeping(session, "some")
    assert run_harvest(catalogue, github, only=("some",)).status == "complete"
    with make_sessionmaker(catalogue.engine)() as session:
        stale = select(HttpCacheEntry.url).where(HttpCacheEntry.url == "https://gone.invalid/some")
        assert session.scalar(stale) is not None


def test_pruning_reports_what_it_removed(catalogue):
    with make_sessionmaker(catalogue.engine).begin() as session:
        seed_old_bookkeeping(session, "count")
    with make_sessionmaker(catalogue.engine).begin() as session:
        removed = prune_bookkeeping(session)
    assert removed == {"http_cache": 1, "webhook_deliveries": 1, "harvest_queue": 1}
    with make_sessionmaker(catalogue.engine).begin() as session:
        assert prune_bookkeeping(session) == dict.fromkeys(removed, 0)
