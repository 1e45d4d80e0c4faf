"""The embedded search engine: an SQLite FTS5 index on disk (or in memory), ranked in numpy.

FTS5 tokenizes, stores and matches; per-word document lists come out of it with one cheap query
each, and the lists of frequent words are held in memory. Ranking, filters, facet counts and
sorting run over numpy arrays held per process, so a query costs about the same at 100,000
components as at 1,000 (FTS5's own bm25() costs ~1.5 µs per matching row, too slow for common
words at that size).

    store      the file's tables and the SQL that fills and reads them
    snapshot   one generation of the index in memory: arrays, vocabulary, document lists
    ranking    matching, scoring, filtering, ordering and facet counts for one query
    highlight  marking matched words in a hit's text
    backend    EmbeddedSearchBackend: connections, transactions, rebuilds, the preloader
"""

from search.embedded.backend import EmbeddedSearchBackend

__all__ = ["EmbeddedSearchBackend"]
