"""What several web processes or containers must agree on lives in the database, not on local disk."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient
from sqlalchemy import text

from catalogue.db import make_sessionmaker
from catalogue.errors import ConfigError
from search.duplicates import DuplicatesCache, refresh
from tests.conftest import make_settings
from web.app import create_app


def test_every_process_serves_the_analysis_stored_by_another(
    analysed_engine, loaded_backend, tmp_path
):
    # Two containers share the database but not a data directory (compose gives web no volume).
    harvester_dir, web_dir = tmp_path / "harvester", tmp_path / "web"
    harvester_dir.mkdir()
    app = create_app(make_settings(web_dir), search_backend=loaded_backend, engine=analysed_engine)
    with TestClient(app=app) as client:
        response = client.get("/api/v1/duplicates")
    assert response.status_code == 200
    assert response.json()["components_analysed"] == 445
    assert not any(web_dir.glob("*.json")) and not any(harvester_dir.iterdir())


def test_a_new_analysis_reaches_a_process_that_already_holds_one(migrated_engine):
    sessions = make_sessionmaker(migrated_engine)
    cache = DuplicatesCache(sessions)
    with sessions.begin() as session:
        refresh(session)
    first = cache.result()
    assert first is not None and first.item_count == 0
    with sessions.begin() as session:
        refresh(session)
    second = cache.result()
    assert second is not first and second.computed_at >= first.computed_at
    with sessions.begin() as session:
        session.execute(text("DELETE FROM stored_results"))
    assert cache.result() is None


def test_web_refuses_to_start_on_postgresql_without_a_secret_key(tmp_path, loaded_backend):
    settings = make_settings(
        tmp_path, CATALOGUE_DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none"
    )
    with pytest.raises(ConfigError, match="CATALOGUE_SECRET_KEY must be set"):
        create_app(settings, search_backend=loaded_backend)
    assert not (tmp_path / "secret_key").exists()


def test_web_starts_on_postgresql_with_a_secret_key(tmp_path, loaded_backend):
    settings = make_settings(
        tmp_path,
        CATALOGUE_DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none",
        CATALOGUE_SECRET_KEY="k" * 48,
    )
    create_app(settings, search_backend=loaded_backend)
    assert not (tmp_path / "secret_key").exists()


def test_embedded_sqlite_still_generates_its_key(tmp_path, loaded_engine, loaded_backend):
    create_app(make_settings(tmp_path), search_backend=loaded_backend, engine=loaded_engine)
    assert (tmp_path / "secret_key").exists()
