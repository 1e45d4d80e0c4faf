"""Hybrid ranking: the keyword ranking (coverage, then BM25 score) blended with semantic similarity."""

from __future__ import annotations

import numpy as np

from search.embedded.snapshot import Snapshot

# relevance = COVERAGE_WEIGHT x share of the query's words matched
#           + score / best score                        (the keyword ranking, 0..1)
#           + (SEMANTIC_WEIGHT + GAP_WEIGHT x share of the words not matched) x cosine similarity
# Meaning counts most where words fail: it reorders full matches only a little, and lifts
# components that say the same thing in other words. Tuned on the tuning part of
# tests/relevance only.
COVERAGE_WEIGHT = 3.0
SEMANTIC_WEIGHT = 0.0
GAP_WEIGHT = 2.0
# A component no typed word matches is found by meaning alone when its similarity is at least
# SEMANTIC_FLOOR, and only the SEMANTIC_EXTRA most similar such components are.
SEMANTIC_FLOOR = 0.5
SEMANTIC_EXTRA = 10


def similarities(snapshot: Snapshot, text: str) -> np.ndarray | None:
    """Cosine similarity of every document to the text, or None when meaning cannot help."""
    model, vectors = snapshot.semantic, snapshot.vectors
    if model is None or vectors is None or not snapshot.size:
        return None
    query = model.embed_texts([text])[0]
    if not query.any():
        return None  # no word the model knows
    return vectors @ query


def fuse(
    coverage: np.ndarray, score: np.ndarray, span: int, similarity: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(relevance, matched): the blended relevance of every document, and which documents match
    (a typed word, or close enough in meaning)."""
    matched = coverage > 0
    best = float(score.max()) if score.size else 0.0
    share = np.clip(coverage / max(span, 1), 0, 1)
    relevance = share * COVERAGE_WEIGHT
    if best > 0:
        relevance += score / best
    close = np.clip(similarity, 0, None)
    relevance += close * (SEMANTIC_WEIGHT + GAP_WEIGHT * (1 - share))
    extra = np.flatnonzero(~matched & (similarity >= SEMANTIC_FLOOR))
    if extra.size > SEMANTIC_EXTRA:
        extra = extra[np.argpartition(-similarity[extra], SEMANTIC_EXTRA - 1)[:SEMANTIC_EXTRA]]
    if extra.size:
        matched = matched.copy()
        matched[extra] = True
    relevance[~matched] = 0
    return relevance.astype(np.float32), matched
