"""Bodies' brands for Meilisearch: kept in the vocabulary index, read once per BRAND_REFRESH.

The embedded engine reads its brand field's words from its own index; Meilisearch keeps one
record per brand word in the vocabulary index (`kind = "brand"`, no `start`, so 'did you mean'
never offers one), and each process reads them at most once per BRAND_REFRESH seconds, so a
search costs no extra request. A body added since shows within that time.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from search.backend import Document, SearchError, SearchUnavailableError
from search.brands import BRAND_PREFIX, starting_with
from search.meili.indexes import record_id
from search.querytext import words

logger = logging.getLogger(__name__)

BRAND_REFRESH = 60.0
# More brand words than any catalogue holds (three or four per body).
BRAND_LIMIT = 10_000
BRAND_KIND = "brand"


def brand_records(docs: Iterable[Document]) -> list[dict[str, str]]:
    """One vocabulary record per brand word of the documents: their owners' account names and
    their bodies' acronyms and web brands (and those of the body a supplier builds for), the
    words Meilisearch matches them on."""
    found: set[str] = set()
    for doc in docs:
        aliases = [*(doc.get("organisation_aliases") or []), *(doc.get("client_aliases") or [])]
        for value in [doc.get("owner") or "", *aliases]:
            found.update(w for w in words(str(value)) if len(w) >= BRAND_PREFIX and w.isalnum())
    return [
        {
            "id": record_id(f"brand:{w}"),
            "term": w,
            "kind": BRAND_KIND,
        }
        for w in sorted(found)
    ]


class BrandTerms:
    """The brand words of one vocabulary index, sorted, re-read at most once per BRAND_REFRESH."""

    def __init__(self, client: Any, call: Callable[..., Any]) -> None:
        self.client, self._call = client, call
        self._lock = threading.Lock()
        self._terms: list[str] = []
        self._read_at = -BRAND_REFRESH

    def terms(self, uid: str) -> list[str]:
        with self._lock:
            if time.monotonic() - self._read_at < BRAND_REFRESH:
                return self._terms
            self._read_at = time.monotonic()
            try:
                answer = self._call(
                    self.client.index(uid).get_documents,
                    {"filter": f'kind = "{BRAND_KIND}"', "fields": ["term"], "limit": BRAND_LIMIT},
                )
            except SearchUnavailableError:
                raise
            except SearchError as exc:
                # No vocabulary index yet, or one from before brands were kept: search goes on
                # without brands, and the next read tries again.
                logger.warning("could not read brand words from %s: %s", uid, exc)
                return self._terms
            self._terms = sorted(
                {str(dict(doc).get("term") or "") for doc in answer.results} - {""}
            )
            return self._terms

    def starting(self, uid: str) -> Callable[[str], Sequence[str]]:
        """For search.brands.spelt_brands: the brand words that begin with a prefix."""
        return starting_with(self.terms(uid))

    def forget(self) -> None:
        with self._lock:
            self._read_at = -BRAND_REFRESH
