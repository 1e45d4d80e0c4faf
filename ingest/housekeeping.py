"""Keeping the harvester's bookkeeping tables from growing without bound."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from catalogue.models import HarvestQueueItem, HttpCacheEntry, WebhookDelivery
from catalogue.models.types import utcnow

log = logging.getLogger(__name__)

# Webhook deliveries (kept to refuse replays) and finished queue items older than this are
# deleted; a delivery replayed after that would only queue a repository for harvesting again.
RETENTION = timedelta(days=30)
# Cache entries no harvest has fetched or replayed for this long go too. An unchanged repository's
# details are not asked for again, so they wait longer: losing one costs a full download (instead
# of a free 304) the next time that repository changes.
CACHE_RETENTION = timedelta(days=180)


def prune_bookkeeping(session: Session, now: datetime | None = None) -> dict[str, int]:
    """Delete rows past retention; returns how many went from each table (the caller commits)."""
    now = now or utcnow()
    cutoff = now - RETENTION
    statements = {
        "http_cache": delete(HttpCacheEntry).where(
            HttpCacheEntry.fetched_at < now - CACHE_RETENTION
        ),
        "webhook_deliveries": delete(WebhookDelivery).where(WebhookDelivery.received_at < cutoff),
        "harvest_queue": delete(HarvestQueueItem).where(
            HarvestQueueItem.done_at.is_not(None), HarvestQueueItem.done_at < cutoff
        ),
    }
    removed = {
        table: session.execute(statement, execution_options={"synchronize_session": False}).rowcount
        for table, statement in statements.items()
    }
    if any(removed.values()):
        log.info("housekeeping: removed %s", ", ".join(f"{n} from {t}" for t, n in removed.items()))
    return removed
