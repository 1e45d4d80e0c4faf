"""The semantic vectors in the index file: fitting the model, storing vectors, loading them."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator

import numpy as np

from search.definitions import load_definitions
from search.glossary import Glossary
from search.semantic import DIMENSIONS, README_CHARS, SemanticModel

log = logging.getLogger(__name__)

MODEL_KEY = "semantic"
# Up to this many documents, every change refits the model on all of them (milliseconds to a
# second or so), so a small catalogue kept up to date by harvests never drifts from a rebuild.
# Beyond it, changed documents are embedded with the stored model and a rebuild refits it.
REFIT_LIMIT = 5_000
_BATCH = 2_000
# What the model reads of each document, besides its README's opening and what its technical terms
# mean (the docs table holds the definitions' keys: search/embedded/glosses.py).
_KEYS = ("name", "name_text", "topics", "keywords", "facts", "description", "description_cy")
_TEXTS = f"SELECT id, {', '.join(_KEYS)}, definitions, substr(readme, 1, {README_CHARS}) FROM docs"  # noqa: S608 - constant text


def _documents(rows: list[tuple]) -> list[dict]:
    definitions = load_definitions()
    return [
        {
            **dict(zip(_KEYS, row[1:-2], strict=True)),
            "glosses": definitions.glosses_of(row[-2].split("\n")) if row[-2] else [],
            "readme": row[-1],
        }
        for row in rows
    ]


def _batches(conn: sqlite3.Connection) -> Iterator[list[tuple]]:
    """Every document's texts, a batch at a time (a large index is never read whole)."""
    cursor = conn.execute(_TEXTS + " ORDER BY id")
    while batch := cursor.fetchmany(_BATCH):
        yield batch


def refit(conn: sqlite3.Connection, glossary: Glossary) -> SemanticModel:
    """Fit the model on every document in the table, store it, and replace every vector."""
    ids: list[int] = []

    def documents() -> Iterator[dict]:
        for batch in _batches(conn):
            ids.extend(row[0] for row in batch)
            yield from _documents(batch)

    model, vectors = SemanticModel.fit_embed(documents(), glossary)
    conn.execute(
        "INSERT OR REPLACE INTO models (key, value) VALUES (?, ?)", (MODEL_KEY, model.to_bytes())
    )
    conn.execute("DELETE FROM vectors")
    for start in range(0, len(ids), _BATCH):
        _store(conn, ids[start : start + _BATCH], vectors[start : start + _BATCH])
    return model


def stored_model(conn: sqlite3.Connection, glossary: Glossary) -> SemanticModel | None:
    """The model stored in the index, or None (none yet, or from another release)."""
    row = conn.execute("SELECT value FROM models WHERE key = ?", (MODEL_KEY,)).fetchone()
    if row is None:
        return None
    try:
        return SemanticModel.from_bytes(row[0], glossary)
    except (ValueError, OSError, KeyError) as exc:
        log.warning("search: the stored semantic model cannot be read (%s): rebuild the index", exc)
        return None


def update(conn: sqlite3.Connection, ids_json: str, glossary: Glossary) -> None:
    """Vectors for just-written documents: refit when the index is small, else embed them."""
    (count,) = conn.execute("SELECT count(*) FROM docs").fetchone()
    if count <= REFIT_LIMIT:
        refit(conn, glossary)
        return
    model = stored_model(conn, glossary)
    if model is None:
        return  # words alone until a rebuild fits a model
    rows = conn.execute(
        _TEXTS + " WHERE id IN (SELECT value FROM json_each(?))",  # noqa: S608 - constant text
        (ids_json,),
    ).fetchall()
    _write(conn, model, rows)


def _write(conn: sqlite3.Connection, model: SemanticModel, rows: list[tuple]) -> None:
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        _store(conn, [row[0] for row in batch], model.embed(_documents(batch)))


def _store(conn: sqlite3.Connection, ids: list[int], vectors: np.ndarray) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO vectors (id, vector) VALUES (?, ?)",
        [
            (row_id, vector.tobytes())
            for row_id, vector in zip(ids, vectors.astype(np.float16), strict=True)
        ],
    )


def load(
    conn: sqlite3.Connection, doc_ids: np.ndarray, glossary: Glossary
) -> tuple[SemanticModel | None, np.ndarray | None]:
    """The model and the vectors by snapshot position (`doc_ids`, sorted), or (None, None)."""
    model = stored_model(conn, glossary)
    if model is None or model.empty:
        return None, None
    ids, blobs = [], []
    for row_id, blob in conn.execute("SELECT id, vector FROM vectors ORDER BY id"):
        ids.append(row_id)
        blobs.append(blob)
    vectors = np.zeros((doc_ids.size, DIMENSIONS), dtype=np.float32)
    if ids and doc_ids.size:
        stored = np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(ids), DIMENSIONS)
        wanted = np.array(ids, dtype=np.int64)
        positions = np.searchsorted(doc_ids, wanted).clip(max=doc_ids.size - 1)
        present = doc_ids[positions] == wanted
        vectors[positions[present]] = stored[present]
    return model, vectors
