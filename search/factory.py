"""Choosing the search engine from settings."""

from __future__ import annotations

from catalogue.settings import Settings
from search.backend import SearchBackend


def make_backend(settings: Settings) -> SearchBackend:
    """Meilisearch when CATALOGUE_SEARCH_URL is set, otherwise the embedded SQLite FTS5 index."""
    if settings.search_url:
        from search.meili import MeiliSearchBackend

        return MeiliSearchBackend(
            settings.search_url, settings.meili_master_key, index=settings.search_index
        )
    from search.embedded import EmbeddedSearchBackend

    return EmbeddedSearchBackend(settings.embedded_search_path)
