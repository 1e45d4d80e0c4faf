"""The harvester's HTTP cache: GitHub answers and their validators, kept in the http_cache table."""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from catalogue.models import HttpCacheEntry
from catalogue.models.types import utcnow
from ingest.github_transport import CachedResponse

URL_LIMIT = 1000  # HttpCacheEntry.url length
_CHUNK = 500  # URLs per IN (...) list


class DatabaseHttpCache:
    """HttpCache over the http_cache table; new entries wait in memory until the next commit.

    Holding them back keeps SQLite's write lock off the network round trips, and a dry run never
    writes them at all. Entries read again (a 304 replays them) are marked as used at the same
    time, so housekeeping can drop the ones no harvest has needed for weeks.
    """

    def __init__(self, session: Session):
        self.session = session
        self.pending: dict[str, CachedResponse] = {}
        self.used: set[str] = set()

    def get(self, url: str) -> CachedResponse | None:
        if url in self.pending:
            return self.pending[url]
        row = self.session.scalar(select(HttpCacheEntry).where(HttpCacheEntry.url == url))
        if row is None or row.body is None:
            return None
        try:
            stored = json.loads(row.body)
            found = CachedResponse(row.etag, row.last_modified, stored["body"], stored.get("link"))
        except (ValueError, KeyError, TypeError):
            return None  # an unreadable entry is simply fetched again
        self.used.add(url)
        return found

    def put(self, url: str, entry: CachedResponse) -> None:
        if len(url) <= URL_LIMIT:
            self.pending[url] = entry

    def write(self) -> None:
        """Add the pending entries and mark the used ones (the caller commits)."""
        used = sorted(self.used - self.pending.keys())
        self.used.clear()
        for start in range(0, len(used), _CHUNK):
            self.session.execute(
                update(HttpCacheEntry)
                .where(HttpCacheEntry.url.in_(used[start : start + _CHUNK]))
                .values(fetched_at=utcnow())
            )
        if not self.pending:
            return
        rows = {
            row.url: row
            for row in self.session.scalars(
                select(HttpCacheEntry).where(HttpCacheEntry.url.in_(list(self.pending)))
            )
        }
        for url, entry in self.pending.items():
            row = rows.get(url)
            if row is None:
                row = HttpCacheEntry(url=url)
                self.session.add(row)
            row.etag = (entry.etag or "")[:300] or None
            row.last_modified = (entry.last_modified or "")[:100] or None
            row.body = json.dumps({"body": entry.body, "link": entry.link})
            row.fetched_at = utcnow()
        self.pending.clear()
