"""Prometheus metrics at /metrics: request and search latency, harvests and the index.

Request and search latency are counted in each web process; with several workers
(PROMETHEUS_MULTIPROC_DIR set, as `catalogue serve --workers N` does) prometheus-client's
multiprocess mode adds them up across processes. Harvests and the index are read at scrape time
from the database and the search engine, which every process and container shares, so they are
the same whichever worker answers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from litestar import Request, Response, get
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import REGISTRY, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from catalogue.models import HarvestRun
from search.backend import Document, Health, Page, Query, SearchBackend

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUEST_SECONDS = Histogram(
    "catalogue_request_seconds",
    "Time to answer a request, by route template, method and status class.",
    ["route", "method", "status"],
    buckets=LATENCY_BUCKETS,
)
SEARCH_SECONDS = Histogram(
    "catalogue_search_seconds",
    "Time the search engine took to answer one query.",
    ["engine"],
    buckets=LATENCY_BUCKETS,
)


def request_timer(app: ASGIApp) -> ASGIApp:
    """Route middleware: observe each request's latency under its route template."""

    async def timed(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await app(scope, receive, sending)
        finally:
            handler = scope.get("route_handler")
            paths = sorted(getattr(handler, "paths", None) or {scope["path"]})
            REQUEST_SECONDS.labels(
                route=scope.get("path_template") or paths[0],
                method=scope["method"],
                status=f"{status['code'] // 100}xx",
            ).observe(time.perf_counter() - started)

    return timed


class TimedSearchBackend:
    """A search backend whose searches are timed; everything else passes straight through."""

    def __init__(self, backend: SearchBackend) -> None:
        self.backend = backend
        self.name = getattr(backend, "name", type(backend).__name__)

    def search(self, query: Query) -> Page:
        with SEARCH_SECONDS.labels(engine=self.name).time():
            return self.backend.search(query)

    def index(self, docs: Iterable[Document]) -> None:
        self.backend.index(docs)

    def delete(self, ids: Iterable[int]) -> None:
        self.backend.delete(ids)

    def rebuild(self, docs: Iterable[Document]) -> int:
        return self.backend.rebuild(docs)

    def health(self) -> Health:
        return self.backend.health()

    def warm(self) -> None:
        self.backend.warm()

    def close(self) -> None:
        self.backend.close()

    def __getattr__(self, name: str):
        return getattr(self.backend, name)


class SharedStateCollector(Collector):
    """Harvest runs and the index, read at scrape time from what every process shares."""

    def __init__(self, engine: Engine, backend: SearchBackend) -> None:
        self.engine, self.backend = engine, backend

    def collect(self) -> Iterator[GaugeMetricFamily]:
        runs = GaugeMetricFamily(
            "catalogue_harvest_runs", "Harvest runs recorded, by how they ended.", labels=["status"]
        )
        requests = GaugeMetricFamily(
            "catalogue_harvest_api_requests", "GitHub API requests made by the latest harvest."
        )
        age = GaugeMetricFamily(
            "catalogue_harvest_last_success_age_seconds",
            "Seconds since the last harvest that completed (absent before the first).",
        )
        with self.engine.connect() as connection:
            for status, count in connection.execute(
                select(HarvestRun.status, func.count()).group_by(HarvestRun.status)
            ):
                runs.add_metric([status], count)
            latest = connection.execute(
                select(HarvestRun.api_requests).order_by(HarvestRun.id.desc()).limit(1)
            ).scalar()
            finished = connection.execute(
                select(func.max(HarvestRun.finished_at)).where(HarvestRun.status == "complete")
            ).scalar()
        requests.add_metric([], latest or 0)
        yield runs
        yield requests
        if finished is not None:
            finished = finished if finished.tzinfo else finished.replace(tzinfo=UTC)
            age.add_metric([], (datetime.now(UTC) - finished).total_seconds())
            yield age
        health = self.backend.health()
        documents = GaugeMetricFamily(
            "catalogue_index_documents", "Documents in the search index.", labels=["engine"]
        )
        documents.add_metric([health.engine], health.documents or 0)
        yield documents
        up = GaugeMetricFamily("catalogue_index_up", "1 when the search engine answers.")
        up.add_metric([], 1 if health.ok else 0)
        yield up
        path = getattr(self.backend, "path", None)
        if path is not None and os.path.exists(path):
            stat = os.stat(path)
            size = GaugeMetricFamily("catalogue_index_bytes", "Size of the embedded index file.")
            size.add_metric([], stat.st_size)
            yield size
            built = GaugeMetricFamily(
                "catalogue_index_age_seconds", "Seconds since the embedded index file last changed."
            )
            built.add_metric([], max(0.0, time.time() - stat.st_mtime))
            yield built


def exposition(engine: Engine, backend: SearchBackend) -> bytes:
    """Every metric in Prometheus' text format, summed across worker processes when there are several."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)
    else:
        for collector in (REQUEST_SECONDS, SEARCH_SECONDS):
            registry.register(collector)
    registry.register(SharedStateCollector(engine, backend))
    return generate_latest(registry)


@get("/metrics", name="metrics", sync_to_thread=True, include_in_schema=False, cache_control=None)
def metrics(request: Request) -> Response:
    """Prometheus scrape endpoint (serve it only to your monitoring: nginx keeps it internal)."""
    state = request.app.state
    body = exposition(state.engine, state.search_backend)
    return Response(body, media_type=CONTENT_TYPE_LATEST, headers={"Cache-Control": "no-store"})


__all__ = ["REGISTRY", "TimedSearchBackend", "metrics", "request_timer"]
