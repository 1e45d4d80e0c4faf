"""The Meilisearch engine: the catalogue's search interface on a Meilisearch server.

Meilisearch tokenizes, ranks, filters, counts facets and highlights; this package shapes what it
is sent and turns its answers into ours. Every write waits for its task, so a change is
searchable when the call returns.

    indexes    what the two indexes are sent: documents, vocabulary records, settings, synonyms
    queries    pieces of a search request and its answer: filter clauses, highlights, facets
    backend    MeiliSearchBackend: client calls, tasks, readiness, writes, rebuilds, searches
"""

from search.meili.backend import MeiliSearchBackend

__all__ = ["MeiliSearchBackend"]
