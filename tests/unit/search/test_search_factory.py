"""Choosing the engine from settings."""

from __future__ import annotations

from catalogue.settings import Settings
from search.embedded import EmbeddedSearchBackend
from search.factory import make_backend
from search.meili import MeiliSearchBackend


def test_the_embedded_engine_is_the_default(tmp_path):
    backend = make_backend(Settings.from_env({"CATALOGUE_DATA_DIR": str(tmp_path)}))
    assert isinstance(backend, EmbeddedSearchBackend)
    assert backend.path == tmp_path / "search.sqlite"
    backend.close()


def test_a_search_url_selects_meilisearch_with_its_key_and_index(tmp_path):
    settings = Settings.from_env(
        {
            "CATALOGUE_DATA_DIR": str(tmp_path),
            "CATALOGUE_SEARCH_URL": "http://127.0.0.1:7700",
            "MEILI_MASTER_KEY": "secret",
            "CATALOGUE_SEARCH_INDEX": "catalogue_test",
        }
    )
    backend = make_backend(settings)
    assert isinstance(backend, MeiliSearchBackend)
    assert backend.uid == "catalogue_test"
    assert backend.client.config.api_key == "secret"
