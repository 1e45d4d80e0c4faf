"""A stand-in Meilisearch on 127.0.0.1: real HTTP, recorded requests, answers shaped like the server's.

It behaves like Meilisearch v1.50 wherever the adapter depends on it:
- settings come back whole, defaults filled in and normalised (`fake_meili_settings`);
- every write is a task that is enqueued, then processing, then succeeded or failed, and only
  changes state when it is processed: the queue moves one step per request the fake receives;
- tasks fail as the server's do (index not found, index already exists, invalid document ids,
  a deletion filtering on a field that is not filterable, `_geo` made filterable or sortable over
  bad coordinates), with the server's error object;
- malformed requests (settings, filters, sorts, facets, attributes to search on) are refused at
  once with HTTP 400.
It does not rank: a search returns the index's documents that pass its filter, in the order asked
for (or as stored), unless a test queued canned answers in `search_results`.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fake_meili_documents import (
    check_document_id,
    check_geo,
    details_after_failure,
    hit,
    primary_key,
)
from fake_meili_filter_parser import parse_filter
from fake_meili_filters import (
    check_facets,
    check_filterable,
    check_search_on,
    check_sort,
    facet_distribution,
    matches,
    sorted_documents,
)
from fake_meili_settings import (
    MeiliError,
    apply_settings,
    check_settings,
    default_settings,
    error_body,
)
from fake_meili_vectors import (
    check_document_vectors,
    check_hybrid,
    fetch_documents,
    semantic_order,
    shown_vectors,
)

INDEX_UID = re.compile(r"^[A-Za-z0-9_-]{1,400}$")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    headers: dict[str, str]


@dataclass
class FakeMeilisearch:
    """State and behaviour switches of the fake server."""

    indexes: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    search_results: list[list[dict[str, Any]]] = field(default_factory=list)
    fail_next_task: dict[str, str] | None = None
    tasks_stay_processing: bool = False
    status_override: int | None = None
    delay: float = 0.0
    master_key: str | None = None
    url: str = ""
    _work: dict[int, Callable[[], dict[str, Any] | None]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # requests made, for assertions

    def calls(self, method: str | None = None, prefix: str = "") -> list[Request]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method) and r.path.startswith(prefix)
        ]

    def writes(self) -> list[tuple[str, str]]:
        """(method, path) of every request that changes state, in order."""
        return [
            (r.method, r.path)
            for r in self.requests
            if r.method in ("POST", "PATCH", "PUT", "DELETE") and r.path != "/multi-search"
        ]

    def create_index(self, uid: str, primary_key: str | None = "id") -> dict[str, Any]:
        """An index as the server keeps it, with default settings (for tests to set up state)."""
        index = {"settings": default_settings(), "documents": {}, "primaryKey": primary_key}
        self.indexes[uid] = index
        return index

    # the task queue

    def _enqueue(
        self,
        index_uid: str | None,
        kind: str,
        details: dict[str, Any],
        work: Callable[[], dict[str, Any] | None],
    ) -> tuple[int, dict[str, Any]]:
        uid = len(self.tasks)
        enqueued = _now()
        self.tasks.append(
            {
                "uid": uid,
                "batchUid": None,
                "indexUid": index_uid,
                "status": "enqueued",
                "type": kind,
                "canceledBy": None,
                "details": details,
                "error": None,
                "duration": None,
                "enqueuedAt": enqueued,
                "startedAt": None,
                "finishedAt": None,
            }
        )
        if self.fail_next_task:
            work = _failing(MeiliError(400, **self.fail_next_task))
            self.fail_next_task = None
        self._work[uid] = work
        return 202, {
            "taskUid": uid,
            "indexUid": index_uid,
            "status": "enqueued",
            "type": kind,
            "enqueuedAt": enqueued,
        }

    def _advance(self) -> None:
        """Move the oldest unfinished task one step: enqueued -> processing -> succeeded/failed."""
        task = next((t for t in self.tasks if t["status"] in ("enqueued", "processing")), None)
        if task is None:
            return
        if task["status"] == "enqueued":
            task["status"], task["startedAt"], task["batchUid"] = "processing", _now(), task["uid"]
            return
        if self.tasks_stay_processing:
            return
        started = time.monotonic()
        try:
            task["details"].update(self._work.pop(task["uid"])() or {})
            task["status"] = "succeeded"
        except MeiliError as exc:
            task["status"], task["error"] = "failed", exc.body()
            task["details"].update(details_after_failure(task["type"], task["details"]))
        task["finishedAt"] = _now()
        task["duration"] = f"PT{time.monotonic() - started:.6f}S"

    # routes

    def _authorised(self, path: str, headers: dict[str, str]) -> None:
        if not self.master_key or path == "/health":
            return
        given = headers.get("Authorization", "")
        if not given:
            raise MeiliError(
                401,
                "missing_authorization_header",
                "The Authorization header is missing. It must use the bearer authorization method.",
                "auth",
            )
        if given != f"Bearer {self.master_key}":
            raise MeiliError(403, "invalid_api_key", "The provided API key is invalid.", "auth")

    def handle(
        self, method: str, path: str, body: Any, query: dict[str, list[str]] | None = None
    ) -> tuple[int, Any]:
        parts = [p for p in path.split("/") if p]
        query = query or {}
        if path == "/health":
            return 200, {"status": "available"}
        if parts[:1] == ["tasks"] and len(parts) == 2 and method == "GET":
            uid = int(parts[1]) if parts[1].isdigit() else -1
            if not 0 <= uid < len(self.tasks):
                raise MeiliError(404, "task_not_found", f"Task `{parts[1]}` not found.")
            return 200, self.tasks[uid]
        if path == "/indexes" and method == "POST":
            return self._create_index(body)
        if path == "/swap-indexes" and method == "POST":
            return self._swap(body)
        if path == "/multi-search" and method == "POST":
            return 200, {"results": self._multi_search(body["queries"])}
        if parts[:1] == ["indexes"] and len(parts) >= 2:
            return self._index_route(method, parts[1], parts[2:], body, query)
        return 404, error_body("not_found", "not found")

    def _index_route(
        self, method: str, uid: str, rest: list[str], body: Any, query: dict[str, list[str]]
    ) -> tuple[int, Any]:
        if rest == [] and method == "DELETE":
            return self._delete_index(uid)
        if rest == ["settings"] and method == "PATCH":
            return self._update_settings(uid, body)
        if rest == ["documents"] and method in ("POST", "PUT"):
            return self._add_documents(uid, body, (query.get("primaryKey") or [None])[0])
        if rest == ["documents", "delete"] and method == "POST":
            return self._delete_by_filter(uid, body)
        index = self._existing(uid)
        if rest == ["documents", "fetch"] and method == "POST":
            raw = (body or {}).get("filter")
            if raw is not None:
                # As the server: only filterable attributes, else invalid_document_filter.
                tree = parse_filter(raw)
                check_filterable(
                    tree, index["settings"], uid, raw, "invalid_document_filter", named=False
                )
                kept = {k: d for k, d in index["documents"].items() if matches(d, tree)}
                index = {**index, "documents": kept}
            return 200, fetch_documents(index, body)
        if rest == ["settings"] and method == "GET":
            return 200, index["settings"]
        if rest == ["stats"] and method == "GET":
            fields: dict[str, int] = {}
            for doc in index["documents"].values():
                for name in doc:
                    fields[name] = fields.get(name, 0) + 1
            return 200, {
                "numberOfDocuments": len(index["documents"]),
                "rawDocumentDbSize": 0,
                "avgDocumentSize": 0,
                "isIndexing": any(
                    t["indexUid"] == uid and t["status"] in ("enqueued", "processing")
                    for t in self.tasks
                ),
                "numberOfEmbeddings": 0,
                "numberOfEmbeddedDocuments": 0,
                "fieldDistribution": fields,
            }
        return 404, error_body("not_found", "not found")

    def _existing(self, uid: str) -> dict[str, Any]:
        index = self.indexes.get(uid)
        if index is None:
            raise MeiliError(404, "index_not_found", f"Index `{uid}` not found.")
        return index

    def _create_index(self, body: Any) -> tuple[int, Any]:
        uid = (body or {}).get("uid")
        if not isinstance(uid, str) or not INDEX_UID.match(uid):
            raise MeiliError(
                400,
                "invalid_index_uid",
                f"`{uid}` is not a valid index uid. Index uid can be an integer or a string "
                "containing only alphanumeric characters, hyphens (-) and underscores (_), and "
                "can not be more than 400 bytes.",
            )
        primary_key = body.get("primaryKey")

        def work() -> dict[str, Any]:
            if uid in self.indexes:
                raise MeiliError(400, "index_already_exists", f"Index `{uid}` already exists.")
            self.create_index(uid, primary_key)
            return {}

        return self._enqueue(uid, "indexCreation", {"primaryKey": primary_key}, work)

    def _delete_index(self, uid: str) -> tuple[int, Any]:
        def work() -> dict[str, Any]:
            index = self._existing(uid)
            del self.indexes[uid]
            return {"deletedDocuments": len(index["documents"])}

        return self._enqueue(uid, "indexDeletion", {"deletedDocuments": None}, work)

    def _update_settings(self, uid: str, body: Any) -> tuple[int, Any]:
        check_settings(body)

        def work() -> None:
            index = self.indexes.get(uid) or self.create_index(uid, None)
            updated = apply_settings(index["settings"], body)
            check_geo(uid, index, updated)
            index["settings"] = updated

        return self._enqueue(uid, "settingsUpdate", dict(body), work)

    def _add_documents(self, uid: str, body: Any, given_key: str | None) -> tuple[int, Any]:
        docs = body if isinstance(body, list) else [body]

        def work() -> dict[str, Any]:
            index = self.indexes.get(uid) or self.create_index(uid, None)
            key = primary_key(uid, index, docs, given_key)
            for doc in docs:
                check_document_id(doc, key)
                check_document_vectors(doc, index["settings"])
            for doc in docs:
                index["documents"][doc[key]] = doc
            return {"indexedDocuments": len(docs)}

        details = {"receivedDocuments": len(docs), "indexedDocuments": None}
        return self._enqueue(uid, "documentAdditionOrUpdate", details, work)

    def _delete_by_filter(self, uid: str, body: Any) -> tuple[int, Any]:
        if not isinstance(body, dict) or "filter" not in body:
            raise MeiliError(400, "missing_document_filter", "Missing field `filter`")
        raw = body["filter"]
        tree = parse_filter(raw, "invalid_document_filter")

        def work() -> dict[str, Any]:
            index = self._existing(uid)
            check_filterable(
                tree, index["settings"], uid, raw, "invalid_document_filter", named=False
            )
            doomed = [key for key, doc in index["documents"].items() if matches(doc, tree)]
            for key in doomed:
                del index["documents"][key]
            return {"deletedDocuments": len(doomed)}

        details = {"providedIds": 0, "deletedDocuments": None, "originalFilter": json.dumps(raw)}
        return self._enqueue(uid, "documentDeletion", details, work)

    def _swap(self, body: Any) -> tuple[int, Any]:
        pairs = []
        for i, swap in enumerate(body or []):
            names = swap.get("indexes") if isinstance(swap, dict) else None
            if not isinstance(names, list) or len(names) != 2:
                raise MeiliError(
                    400,
                    "invalid_swap_indexes",
                    f"Two indexes must be given for each swap. The list `{json.dumps(names)}` "
                    f"contains {len(names or [])} indexes.",
                )
            pairs.append((names[0], names[1], i))
        named = [name for a, b, _ in pairs for name in (a, b)]
        repeated = sorted({name for name in named if named.count(name) > 1})
        if repeated:
            raise MeiliError(
                400,
                "invalid_swap_duplicate_index_found",
                "Indexes must be declared only once during a swap. "
                + ", ".join(f"`{n}`" for n in repeated)
                + (" was" if len(repeated) == 1 else " were")
                + " specified several times.",
            )

        def work() -> None:
            missing = [name for name in named if name not in self.indexes]
            if len(missing) == 1:
                raise MeiliError(400, "index_not_found", f"Index `{missing[0]}` not found.")
            if missing:
                listed = ", ".join(f"`{n}`" for n in missing)
                raise MeiliError(400, "index_not_found", f"Indexes {listed} not found.")
            for a, b, _ in pairs:
                self.indexes[a], self.indexes[b] = self.indexes[b], self.indexes[a]

        swaps = [{"indexes": [a, b], "rename": False} for a, b, _ in pairs]
        return self._enqueue(None, "indexSwap", {"swaps": swaps}, work)

    # searches

    def _multi_search(self, queries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        checked = []
        for i, query in enumerate(queries):
            try:
                checked.append(self._checked_search(query))
            except MeiliError as exc:
                exc.message = f"Inside `.queries[{i}]`: {exc.message}"
                raise
        return [self._search(query, *found) for query, found in zip(queries, checked, strict=True)]

    def _checked_search(self, query: dict[str, Any]) -> tuple:
        """Refuse a query as the server would: unknown index, bad filter, sort or facets."""
        uid = query["indexUid"]
        index = self._existing(uid)
        settings = index["settings"]
        tree = ("all",)
        if query.get("filter") is not None:
            tree = parse_filter(query["filter"])
            check_filterable(tree, settings, uid, query["filter"], "invalid_search_filter")
        order = check_sort(query.get("sort"), settings)
        facets = check_facets(query.get("facets"), settings)
        check_search_on(query.get("attributesToSearchOn"), settings)
        check_hybrid(query, settings)
        return index, tree, order, facets

    def _search(
        self, query: dict[str, Any], index: dict, tree: tuple, order: list, facets: list[str]
    ) -> dict[str, Any]:
        if self.search_results:
            canned = self.search_results[0].pop(0)
            if not self.search_results[0]:
                self.search_results.pop(0)
            return {
                "indexUid": query["indexUid"],
                "query": query.get("q", ""),
                "processingTimeMs": 1,
                **canned,
            }
        settings = index["settings"]
        found = [doc for doc in index["documents"].values() if matches(doc, tree)]
        found = semantic_order(sorted_documents(found, order), query)
        window = found[: settings["pagination"]["maxTotalHits"]]
        answer: dict[str, Any] = {"indexUid": query["indexUid"], "query": query.get("q", "")}
        if "page" in query or "hitsPerPage" in query:
            per_page, page = int(query.get("hitsPerPage", 20)), int(query.get("page", 1))
            shown = window[(page - 1) * per_page : page * per_page] if per_page else []
            answer |= {
                "hits": [_hit(doc, query) for doc in shown],
                "hitsPerPage": per_page,
                "page": page,
                "totalPages": math.ceil(len(window) / per_page) if per_page else 0,
                "totalHits": len(window),
            }
        else:
            limit, offset = int(query.get("limit", 20)), int(query.get("offset", 0))
            answer |= {
                "hits": [_hit(doc, query) for doc in window[offset : offset + limit]],
                "limit": limit,
                "offset": offset,
                "estimatedTotalHits": len(window),
            }
        if facets:
            answer["facetDistribution"] = facet_distribution(found, facets, settings)
            answer["facetStats"] = {}
        answer["processingTimeMs"] = 1
        return answer


def _hit(doc: dict[str, Any], query: dict[str, Any]) -> dict[str, Any]:
    shown = hit(doc, query)
    shown_vectors(shown, doc, query)
    return shown


def _failing(error: MeiliError) -> Callable[[], None]:
    """Work that fails as a test asked (`fail_next_task`), whatever the task was."""

    def work() -> None:
        raise error

    return work


def serve(fake: FakeMeilisearch) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """Start the fake on a free port of 127.0.0.1; fake.url is set to its address."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            query = parse_qs(parts.query)
            fake.requests.append(Request(self.command, parts.path, query, body, dict(self.headers)))
            if fake.delay:
                time.sleep(fake.delay)
            if fake.status_override:
                status, payload = (
                    fake.status_override,
                    error_body("internal", "internal error", "internal"),
                )
            else:
                with fake._lock:
                    fake._advance()
                    try:
                        fake._authorised(parts.path, dict(self.headers))
                        status, payload = fake.handle(self.command, parts.path, body, query)
                    except MeiliError as exc:
                        status, payload = exc.status, exc.body()
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout tests)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _answer

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    return server, thread
