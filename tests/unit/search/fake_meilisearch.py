"""A stand-in Meilisearch on 127.0.0.1: real HTTP, recorded requests, bodies shaped like the docs'.

It keeps just enough state (indexes, settings, documents, tasks) for the adapter's conversations;
it does not rank. Search answers come from `search_results`, a queue tests fill with canned
results; without one, every document of the index is returned.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

STAMP = "2025-01-01T00:00:00.000000Z"


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
    url: str = ""

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
            if r.method in ("POST", "PATCH", "DELETE") and r.path != "/multi-search"
        ]

    # behaviour

    def _task(self, index_uid: str | None, kind: str, details: dict | None = None) -> dict:
        uid = len(self.tasks)
        task = {
            "uid": uid,
            "batchUid": uid,
            "indexUid": index_uid,
            "status": "processing" if self.tasks_stay_processing else "succeeded",
            "type": kind,
            "canceledBy": None,
            "details": details or {},
            "error": None,
            "duration": "PT0.001S",
            "enqueuedAt": STAMP,
            "startedAt": STAMP,
            "finishedAt": STAMP,
        }
        if self.fail_next_task:
            task["status"] = "failed"
            task["error"] = {
                **self.fail_next_task,
                "type": "invalid_request",
                "link": "https://docs.meilisearch.com/errors",
            }
            self.fail_next_task = None
        self.tasks.append(task)
        return {
            "taskUid": uid,
            "indexUid": index_uid,
            "status": "enqueued",
            "type": kind,
            "enqueuedAt": STAMP,
        }

    def handle(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        parts = [p for p in path.split("/") if p]
        if path == "/health":
            return 200, {"status": "available"}
        if parts[:1] == ["tasks"] and len(parts) == 2:
            return 200, self.tasks[int(parts[1])]
        if path == "/indexes" and method == "POST":
            uid = body["uid"]
            self.indexes.setdefault(uid, {"settings": {}, "documents": {}})
            return 202, self._task(uid, "indexCreation", {"primaryKey": body.get("primaryKey")})
        if path == "/swap-indexes":
            for pair in body:
                a, b = pair["indexes"]
                self.indexes[a], self.indexes[b] = self.indexes[b], self.indexes[a]
            return 202, self._task(None, "indexSwap", {"swaps": body})
        if path == "/multi-search":
            return 200, {"results": [self._search(q) for q in body["queries"]]}
        if parts[:1] == ["indexes"] and len(parts) >= 2:
            uid = parts[1]
            index = self.indexes.get(uid)
            if index is None:
                return 404, {
                    "message": f"Index `{uid}` not found.",
                    "code": "index_not_found",
                    "type": "invalid_request",
                    "link": "https://docs.meilisearch.com/errors#index_not_found",
                }
            rest = parts[2:]
            if rest == [] and method == "DELETE":
                del self.indexes[uid]
                return 202, self._task(uid, "indexDeletion")
            if rest == ["settings"] and method == "GET":
                return 200, index["settings"]
            if rest == ["settings"] and method == "PATCH":
                index["settings"].update(body)
                return 202, self._task(uid, "settingsUpdate", body)
            if rest == ["documents"] and method == "POST":
                for doc in body:
                    index["documents"][doc["id"]] = doc
                return 202, self._task(
                    uid, "documentAdditionOrUpdate", {"receivedDocuments": len(body)}
                )
            if rest == ["documents", "delete"] and method == "POST":
                inside = body["filter"].split("[", 1)[1].rstrip("]")
                for raw in inside.split(","):
                    index["documents"].pop(int(raw), None)
                return 202, self._task(uid, "documentDeletion", {"originalFilter": body["filter"]})
            if rest == ["stats"]:
                return 200, {
                    "numberOfDocuments": len(index["documents"]),
                    "isIndexing": False,
                    "fieldDistribution": {},
                }
        return 404, {
            "message": "not found",
            "code": "not_found",
            "type": "invalid_request",
            "link": "",
        }

    def _search(self, query: dict[str, Any]) -> dict[str, Any]:
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
        documents = list(self.indexes.get(query["indexUid"], {}).get("documents", {}).values())
        return {
            "indexUid": query["indexUid"],
            "hits": [{"id": d["id"]} for d in documents],
            "query": query.get("q", ""),
            "processingTimeMs": 1,
            "hitsPerPage": query.get("hitsPerPage", 20),
            "page": query.get("page", 1),
            "totalPages": 1,
            "totalHits": len(documents),
            "facetDistribution": {},
        }


def serve(fake: FakeMeilisearch) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """Start the fake on a free port of 127.0.0.1; fake.url is set to its address."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            fake.requests.append(
                Request(self.command, parts.path, parse_qs(parts.query), body, dict(self.headers))
            )
            if fake.delay:
                time.sleep(fake.delay)
            if fake.status_override:
                status, payload = (
                    fake.status_override,
                    {
                        "message": "internal error",
                        "code": "internal",
                        "type": "internal",
                        "link": "",
                    },
                )
            else:
                status, payload = fake.handle(self.command, parts.path, body)
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
