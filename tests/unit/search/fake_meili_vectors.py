"""Vectors in the fake Meilisearch: `_vectors` checked against `userProvided` embedders, `hybrid`
and `vector` search parameters checked, a search of all meaning ranked by cosine similarity, and
`_vectors` shown only when `retrieveVectors` asks. Keyword ranking is still not modelled."""

from __future__ import annotations

import math
from typing import Any

from fake_meili_settings import MeiliError


def _embeddings(value: Any) -> list[list[float]]:
    """A document's `_vectors.<embedder>` value as a list of embeddings (none for null)."""
    if isinstance(value, dict):
        value = value.get("embeddings")
    if value is None:
        return []
    if value and isinstance(value[0], list):
        return value
    return [value]


def check_document_vectors(doc: dict[str, Any], settings: dict[str, Any]) -> None:
    """Refuse a document whose vectors do not fit the index's embedders (the task fails)."""
    for name, value in (doc.get("_vectors") or {}).items():
        embedder = settings["embedders"].get(name)
        if embedder is None:
            raise MeiliError(
                400, "invalid_vectors_type", f"Embedder `{name}` does not exist in the index."
            )
        for embedding in _embeddings(value):
            if len(embedding) != embedder["dimensions"]:
                raise MeiliError(
                    400,
                    "invalid_vector_dimensions",
                    f"Mismatching vector dimensions: expected {embedder['dimensions']}, "
                    f"found {len(embedding)}.",
                )


def check_hybrid(query: dict[str, Any], settings: dict[str, Any]) -> None:
    """Refuse a search whose `hybrid`/`vector` parameters the server would refuse (HTTP 400)."""
    hybrid = query.get("hybrid")
    vector = query.get("vector")
    if hybrid is None:
        if vector is not None:
            raise MeiliError(400, "invalid_search_vector", "Passing `vector` needs `hybrid`.")
        return
    name = hybrid.get("embedder")
    embedder = settings["embedders"].get(name)
    if embedder is None:
        raise MeiliError(
            400, "invalid_search_embedder", f"Cannot find embedder with name `{name}`."
        )
    ratio = hybrid.get("semanticRatio", 0.5)
    if not 0.0 <= ratio <= 1.0:
        raise MeiliError(
            400, "invalid_search_semantic_ratio", "`semanticRatio` must be between 0 and 1."
        )
    if embedder.get("source") == "userProvided" and vector is None:
        raise MeiliError(
            400, "missing_search_hybrid", "A userProvided embedder needs `vector` in the query."
        )
    if vector is not None and len(vector) != embedder["dimensions"]:
        raise MeiliError(
            400,
            "invalid_vector_dimensions",
            f"Mismatching vector dimensions: expected {embedder['dimensions']}, "
            f"found {len(vector)}.",
        )


def _cosine(a: list[float], b: list[float]) -> float:
    norms = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return sum(x * y for x, y in zip(a, b, strict=True)) / norms if norms else 0.0


def semantic_order(docs: list[dict[str, Any]], query: dict[str, Any]) -> list[dict[str, Any]]:
    """For a search of all meaning (semanticRatio 1), the documents with a vector, closest first."""
    hybrid = query.get("hybrid")
    if not hybrid or hybrid.get("semanticRatio", 0.5) < 1.0:
        return docs
    name, vector = hybrid["embedder"], query["vector"]
    scored = []
    for doc in docs:
        embeddings = _embeddings((doc.get("_vectors") or {}).get(name))
        if embeddings:
            scored.append((max(_cosine(e, vector) for e in embeddings), doc))
    scored.sort(key=lambda item: -item[0])
    return [doc for _, doc in scored]


def shown_vectors(hit: dict[str, Any], doc: dict[str, Any], query: dict[str, Any]) -> None:
    """`_vectors` in a hit only when asked for, in the server's object form."""
    hit.pop("_vectors", None)
    if query.get("retrieveVectors") and "_vectors" in doc:
        hit["_vectors"] = {
            name: {"embeddings": _embeddings(value), "regenerate": False}
            for name, value in doc["_vectors"].items()
        }


def fetch_documents(index: dict[str, Any], body: Any) -> dict[str, Any]:
    """POST /indexes/{uid}/documents/fetch: a page of the documents (only `fields` when given),
    without their vectors; the caller has applied any filter."""
    body = body or {}
    limit, offset = int(body.get("limit", 20)), int(body.get("offset", 0))
    docs = list(index["documents"].values())
    fields = body.get("fields")
    page = [
        {k: v for k, v in d.items() if k != "_vectors" and (fields is None or k in fields)}
        for d in docs[offset : offset + limit]
    ]
    return {"results": page, "offset": offset, "limit": limit, "total": len(docs)}
