"""The semantic model on Meilisearch: stored in an index of its own, vectors sent as `_vectors`.

Meilisearch holds each document's vector (a `userProvided` embedder); the model that makes query
vectors is stored beside the documents, in `<index>_semantic`, as base64 parts, so every process
using the index embeds queries with the model that embedded its documents.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np

from search.backend import Document, SearchError
from search.glossary import Glossary
from search.semantic import (
    CENTRE_FLOOR,
    DIMENSIONS,
    FIELD_REPEATS,
    LIKE_THE_BEST,
    README_CHARS,
    SemanticModel,
    centre,
)

EMBEDDER = "catalogue"
# As in the embedded engine (search/embedded/hybrid.py): a component no typed word matches is
# found by meaning alone when its cosine similarity is at least SEMANTIC_FLOOR, at most
# SEMANTIC_EXTRA of them, listed after the components the words match.
SEMANTIC_FLOOR = 0.5
SEMANTIC_EXTRA = 10
PART_CHARS = 500_000
# How long a process trusts the model it read before looking for a newer one (seconds).
MODEL_REFRESH = 60.0
_SEMANTIC_FIELDS = (*FIELD_REPEATS, "name")


def embedder_settings() -> dict[str, Any]:
    """The index setting that lets documents carry our vectors."""
    return {EMBEDDER: {"source": "userProvided", "dimensions": DIMENSIONS}}


def embedders_as_dicts(settings: dict[str, Any]) -> dict[str, Any]:
    """Settings with embedders as the server sent them: the client turns them into models."""
    embedders = settings.get("embedders")
    if not isinstance(embedders, dict):
        return settings
    plain = {}
    for name, config in embedders.items():
        if hasattr(config, "model_dump"):
            config = config.model_dump(by_alias=True, exclude_none=True)
        plain[name] = config
    return {**settings, "embedders": plain}


def semantic_uid(uid: str) -> str:
    return f"{uid}_semantic"


def slim(doc: Document) -> dict[str, Any]:
    """Only what the model reads from a document (README cut as the model cuts it)."""
    found = {key: doc.get(key) for key in _SEMANTIC_FIELDS if doc.get(key)}
    if "readme" in found:
        found["readme"] = str(found["readme"])[:README_CHARS]
    return found


def fit_spooled(
    docs: Iterable[Document], glossary: Glossary
) -> tuple[SemanticModel, Iterator[Document]]:
    """Fit a model on every document, then hand the documents back (spooled to a temporary file,
    so a rebuild never holds every README in memory)."""
    spool = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed by replay()
    slims = []
    for doc in docs:
        spool.write(json.dumps(doc) + "\n")
        slims.append(slim(doc))
    model = SemanticModel.fit(slims, glossary)
    del slims

    def replay() -> Iterator[Document]:
        with spool:
            spool.seek(0)
            for line in spool:
                yield json.loads(line)

    return model, replay()


def with_vectors(model: SemanticModel | None, docs: list[Document]) -> list[Document]:
    """The documents with `_vectors` set (null where the model knows none of their words)."""
    if model is None or model.empty:
        return [{**doc, "_vectors": {EMBEDDER: None}} for doc in docs]
    vectors = model.embed(docs)
    return [
        {**doc, "_vectors": {EMBEDDER: vector.tolist() if vector.any() else None}}
        for doc, vector in zip(docs, vectors, strict=True)
    ]


def model_documents(model: SemanticModel) -> list[dict[str, Any]]:
    """The model as documents: a header (id 0) naming its version and parts, then the parts."""
    encoded = base64.b64encode(model.to_bytes()).decode("ascii")
    parts = [encoded[i : i + PART_CHARS] for i in range(0, len(encoded), PART_CHARS)] or [""]
    version = hashlib.blake2b(encoded.encode("ascii"), digest_size=8).hexdigest()
    header = {"id": 0, "version": version, "parts": len(parts)}
    return [header, *({"id": n, "part": part} for n, part in enumerate(parts, start=1))]


def model_from_documents(
    docs: list[dict[str, Any]], glossary: Glossary
) -> tuple[str, SemanticModel] | None:
    """(version, model) from the stored documents, or None when they are missing or incomplete."""
    by_id = {int(doc["id"]): doc for doc in docs}
    header = by_id.get(0)
    if header is None:
        return None
    parts = [by_id.get(n, {}).get("part") for n in range(1, int(header["parts"]) + 1)]
    if any(part is None for part in parts):
        return None
    try:
        model = SemanticModel.from_bytes(base64.b64decode("".join(parts)), glossary)
    except (ValueError, OSError, KeyError):
        return None
    return str(header["version"]), model


def query_vector(model: SemanticModel | None, text: str) -> np.ndarray | None:
    """The text's vector, or None (no model, or no word it knows: words alone decide)."""
    if model is None or model.empty or not text.strip():
        return None
    vector = model.embed_texts([text])[0]
    return vector if vector.any() else None


def neighbours_request(uid: str, vector: np.ndarray, clauses: list, limit: int) -> dict[str, Any]:
    """A semantic search (hybrid, all meaning) for the components closest to the query vector."""
    request: dict[str, Any] = {
        "indexUid": uid,
        "q": "",
        "vector": [round(float(v), 6) for v in vector],
        "hybrid": {"embedder": EMBEDDER, "semanticRatio": 1.0},
        "limit": limit,
        "attributesToRetrieve": ["id"],
        "retrieveVectors": True,
    }
    if clauses:
        request["filter"] = clauses
    return request


def _embedding(hit: dict[str, Any]) -> np.ndarray | None:
    value = (hit.get("_vectors") or {}).get(EMBEDDER)
    if isinstance(value, dict):
        value = value.get("embeddings")
    if isinstance(value, list) and value and isinstance(value[0], list):
        value = value[0]  # one embedding per document, sent as a list of one
    if not isinstance(value, list) or len(value) != DIMENSIONS:
        return None
    return np.array(value, dtype=np.float32)


def close_enough(
    result: dict[str, Any], vector: np.ndarray, middle: np.ndarray | None = None
) -> list[tuple[int, float]]:
    """(id, cosine similarity) of the neighbours at least SEMANTIC_FLOOR close, closest first;
    with `middle` (the best word matches' centre), only those at least CENTRE_FLOOR close to it.

    The similarity is computed here from the vectors Meilisearch returns, not read from its
    ranking score, so the floor means what it means in the embedded engine.
    """
    found = []
    for hit in result.get("hits", []):
        embedding = _embedding(hit)
        if embedding is None:
            continue
        norm = float(np.linalg.norm(embedding))
        if not norm:
            continue
        similarity = float(embedding @ vector) / norm
        if middle is not None and float(embedding @ middle) / norm < CENTRE_FLOOR:
            continue
        if similarity >= SEMANTIC_FLOOR:
            found.append((int(hit["id"]), similarity))
    return sorted(found, key=lambda item: -item[1])


def best_matches_request(uid: str, text: str, clauses: list) -> dict[str, Any]:
    """The LIKE_THE_BEST best word matches, with their vectors (for best_centre)."""
    request: dict[str, Any] = {
        "indexUid": uid,
        "q": text,
        "limit": LIKE_THE_BEST,
        "attributesToRetrieve": ["id"],
        "retrieveVectors": True,
        "matchingStrategy": "frequency",
    }
    if clauses:
        request["filter"] = clauses
    return request


def best_centre(result: dict[str, Any]) -> np.ndarray | None:
    """The centre of the best word matches' vectors, or None when the words found nothing."""
    found = [e for e in (_embedding(hit) for hit in result.get("hits", [])) if e is not None]
    unit = [e / n for e in found if (n := float(np.linalg.norm(e)))]
    return centre(np.vstack(unit)) if unit else None


def word_matches_request(
    uid: str, text: str, clauses: list, close: list[tuple[int, float]]
) -> dict[str, Any]:
    """A word search among the close components only, to tell which the typed words match."""
    chosen = ", ".join(str(found) for found, _ in close)
    return {
        "indexUid": uid,
        "q": text,
        "limit": len(close),
        "attributesToRetrieve": ["id"],
        "matchingStrategy": "frequency",
        "filter": [*clauses, f"id IN [{chosen}]"],
    }


def without_matches(close: list[tuple[int, float]], result: dict[str, Any]) -> list:
    """The close components the word search did not return, at most SEMANTIC_EXTRA of them."""
    matched = {int(hit["id"]) for hit in result.get("hits", [])}
    return [(found, s) for found, s in close if found not in matched][:SEMANTIC_EXTRA]


def page_of_extras(
    extras: list[tuple[int, float]], matched: int, start: int, stop: int
) -> list[tuple[int, float]]:
    """The extras on the page [start, stop) when they follow the `matched` keyword results."""
    return extras[max(0, start - matched) : max(0, stop - matched)]


class ModelStore:
    """The model stored beside one Meilisearch index, read once per MODEL_REFRESH and cached."""

    def __init__(
        self,
        client: Any,
        call: Callable[..., Any],
        run: Callable[..., Any],
        ensure_index: Callable[[str], None],
    ) -> None:
        self.client, self._call, self._run = client, call, run
        self.ensure_index = ensure_index  # creates an index (no settings) unless it exists
        self._lock = threading.Lock()
        self._cached: tuple[str, SemanticModel] | None = None
        self._read_at = -MODEL_REFRESH

    def model(self, uid: str, glossary: Glossary) -> SemanticModel | None:
        """The stored model, or None when the index has none (yet)."""
        with self._lock:
            if time.monotonic() - self._read_at < MODEL_REFRESH:
                return self._cached[1] if self._cached else None
            self._read_at = time.monotonic()
            try:
                answer = self._call(
                    self.client.index(semantic_uid(uid)).get_documents, {"limit": 1000}
                )
            except SearchError as exc:
                if "index_not_found" not in str(exc):
                    raise
                self._cached = None
                return None
            docs = [dict(doc) for doc in answer.results]
            version = next((str(d.get("version")) for d in docs if int(d["id"]) == 0), None)
            if self._cached is None or self._cached[0] != version:
                self._cached = model_from_documents(docs, glossary)
            return self._cached[1] if self._cached else None

    def store(self, uid: str, model: SemanticModel) -> None:
        """Keep the model beside the index `uid` (creating its index if need be)."""
        target = semantic_uid(uid)
        self.ensure_index(target)
        self._run(self.client.index(target).add_documents, model_documents(model), "id")
        self.forget()

    def forget(self) -> None:
        with self._lock:
            self._cached, self._read_at = None, -MODEL_REFRESH
