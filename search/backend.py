"""The search interface every engine implements, and the values that cross it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

FILTER_FIELDS = (
    "organisation",
    "sector",
    "language",
    "licence",
    "type",
    "activity",
    "publiccode",
    "welsh",
    "topic",
    "readiness",
    "reused",
)
SORTS = ("relevance", "updated", "name")
MAX_PER_PAGE = 100
MAX_QUERY_LENGTH = 1000


class SearchError(Exception):
    """Base class for search failures."""


class SearchUnavailableError(SearchError):
    """The engine cannot answer now (down, timing out); callers show 'search is unavailable'."""


class InvalidQueryError(SearchError):
    """The query cannot be run as given; the message is fit to show to the person who typed it."""


@dataclass(frozen=True)
class Query:
    """A search request: free text, filters (field -> accepted values, OR within a field), sort, page."""

    text: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    facets: bool = True


@dataclass
class Hit:
    id: int
    score: float = 0.0
    # field name -> HTML-safe snippet where <mark> wraps the matched words
    highlights: dict[str, str] = field(default_factory=dict)
    # Found by meaning alone: no word of the query (nor a synonym or correction) is in it.
    by_meaning: bool = False


@dataclass(frozen=True)
class Reading:
    """Words of the question also searched for as others, to tell people: a Welsh loanword's
    English ('english': 'graffemau' -> 'grapheme'), the acronym a run of words spells
    ('acronym': 'National Hip Fracture Database' -> 'nhfd') or a body's brand ('brand')."""

    words: str
    read_as: tuple[str, ...]
    kind: str


@dataclass
class Page:
    query: Query
    total: int
    hits: list[Hit]
    # field -> value -> count, each field's counts reflecting the other active filters
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    readings: list[Reading] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


@dataclass
class Health:
    ok: bool
    engine: str
    detail: str = ""
    documents: int | None = None


Document = dict[str, Any]


class SearchBackend(Protocol):
    """What the catalogue needs from a search engine."""

    name: str

    def index(self, docs: Iterable[Document]) -> None:
        """Add or replace documents; returns once they are searchable."""

    def delete(self, ids: Iterable[int]) -> None:
        """Remove documents by id; returns once they are gone from results."""

    def rebuild(self, docs: Iterable[Document]) -> int:
        """Fill a fresh index with exactly these documents, then swap it in; returns the count."""

    def search(self, query: Query) -> Page:
        """Run a query; raises InvalidQueryError or SearchUnavailableError."""

    def health(self) -> Health:
        """Report whether the engine answers, without raising."""

    def warm(self) -> None:
        """Get ready to answer quickly (the web app calls this at start, in the background)."""

    def close(self) -> None:
        """Release connections."""
