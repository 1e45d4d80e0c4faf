"""/health (readiness, with the last harvest's age), /health/live and /metrics (Prometheus)."""

from __future__ import annotations

from datetime import timedelta

from litestar.testing import TestClient
from prometheus_client.parser import text_string_to_metric_families

from catalogue.db import make_sessionmaker
from catalogue.models import HarvestRun
from catalogue.models.types import utcnow
from tests.conftest import make_settings
from web.app import create_app


def samples(text: str) -> dict[tuple[str, tuple], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[sample.name, tuple(sorted(sample.labels.items()))] = sample.value
    return found


def test_readiness_reports_the_age_of_the_last_complete_harvest(
    migrated_engine, loaded_backend, tmp_path
):
    sessions = make_sessionmaker(migrated_engine)
    app = create_app(make_settings(tmp_path), search_backend=loaded_backend, engine=migrated_engine)
    with TestClient(app=app) as client:
        before = client.get("/health").json()
        assert before["harvest"] == {"last_success": None, "age_seconds": None}
        with sessions.begin() as session:
            finished = utcnow() - timedelta(hours=2)
            session.add(HarvestRun(source="test", status="complete", finished_at=finished))
            session.add(HarvestRun(source="test", status="partial", finished_at=utcnow()))
        try:
            body = client.get("/health").json()
            assert body["status"] == "ok"
            assert body["search"]["ok"] and body["search"]["documents"] == 445
            assert 7100 <= body["harvest"]["age_seconds"] <= 7300
            live = client.get("/health/live")
            assert live.status_code == 200 and live.headers["cache-control"] == "no-store"
        finally:
            with sessions.begin() as session:
                session.query(HarvestRun).filter(HarvestRun.source == "test").delete()


def test_metrics_are_in_prometheus_text_format(loaded_engine, loaded_backend, tmp_path):
    app = create_app(make_settings(tmp_path), search_backend=loaded_backend, engine=loaded_engine)
    with TestClient(app=app) as client:
        assert client.get("/search", params={"q": "cymraeg"}).status_code == 200
        assert client.get("/cy/search", params={"q": "iechyd"}).status_code == 200
        assert client.get("/components/93").status_code in (200, 404)
        response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["cache-control"] == "no-store"
    found = samples(response.text)
    searched = [
        value
        for (name, labels), value in found.items()
        if name == "catalogue_request_seconds_count" and ("route", "/search") in labels
    ]
    assert searched and searched[0] >= 1
    assert found["catalogue_search_seconds_count", (("engine", "embedded"),)] >= 1
    assert found["catalogue_index_documents", (("engine", "embedded"),)] == 445
    assert found["catalogue_index_up", ()] == 1
    assert "catalogue_harvest_api_requests" in {name for name, _ in found}
