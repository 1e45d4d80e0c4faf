"""Hybrid ranking: the keyword ranking (coverage, then BM25 score) blended with semantic similarity."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from search.embedded.snapshot import Snapshot
from search.semantic import CENTRE_FLOOR, LIKE_THE_BEST, centre

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
# ... and only when the words match fewer than EXTRAS_BELOW components: meaning fills in where
# words find little, and a query that finds many needs no similarity computed for every document.
EXTRAS_BELOW = 100
# ... and only when it is like what the words found best (search.semantic: LIKE_THE_BEST).


def query_vector(snapshot: Snapshot, text: str) -> np.ndarray | None:
    """The text's unit vector, or None when meaning cannot help (no model, no known word)."""
    model, vectors = snapshot.semantic, snapshot.vectors
    if model is None or vectors is None or not snapshot.size:
        return None
    query = model.embed_texts([text])[0]
    return query if query.any() else None


def _similarity(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    # einsum rather than BLAS: one thread, where BLAS's thread pool contends with the web
    # server's own threads (4x slower under load, measured).
    return np.einsum("ij,j->i", vectors, query)


def _like_the_best(
    vectors: np.ndarray, relevance: np.ndarray, matched: np.ndarray, extra: np.ndarray
) -> np.ndarray:
    """Which of the extras are close to what the words found best (search.semantic.centre)."""
    found = np.flatnonzero(matched)
    best = found[np.argsort(-relevance[found], kind="stable")[:LIKE_THE_BEST]]
    middle = centre(vectors[best])
    if middle is None:
        return np.zeros(extra.size, dtype=bool)
    return _similarity(vectors[extra], middle) >= CENTRE_FLOOR


def matched_share(coverage: np.ndarray, span: int) -> np.ndarray:
    """The share of the query's words each document matches, 0 to 1."""
    return np.clip(coverage / max(span, 1), 0, 1)


def keyword_relevance(share: np.ndarray, score: np.ndarray) -> np.ndarray:
    """COVERAGE_WEIGHT x share of the query's words matched + score / best score."""
    best = float(score.max()) if score.size else 0.0
    relevance = share * COVERAGE_WEIGHT
    if best > 0:
        relevance += score / best
    return relevance


@dataclass
class Deferred:
    """Meaning's share of the relevance of matches that miss some of the question's words, worked
    out only where it can change the page asked for.

    A match's relevance is its keyword relevance plus weight x cosine (clipped at 0), so the
    keyword relevance is a lower bound and keyword relevance + weight an upper bound. Of the
    documents a page is chosen from, one whose upper bound is below the page's last place by lower
    bounds cannot reach the page: its similarity is never computed (at 100,000 components, tens of
    thousands of 64-number rows not read per query). Relevance then holds the exact figure for
    every document that can be on the page, and the lower bound for the rest.
    """

    vectors: np.ndarray
    query: np.ndarray
    weight: np.ndarray  # per document; 0 where meaning adds nothing (full matches, non-matches)

    def settle(self, relevance: np.ndarray, positions: np.ndarray, keep: int) -> None:
        """Add meaning's share, in place, for those of `positions` that could be among the `keep`
        most relevant of them."""
        weight = self.weight[positions]
        if positions.size > keep > 0:
            lower = relevance[positions]
            last = np.partition(lower, positions.size - keep)[positions.size - keep]
            due = (weight > 0) & (lower + weight >= last)
        else:
            due = weight > 0
        chosen = positions[due]
        if chosen.size:
            close = np.clip(_similarity(self.vectors[chosen], self.query), 0, None)
            relevance[chosen] += close * weight[due]
            self.weight[chosen] = 0  # settled: a second page does not add it again


def fuse(
    vectors: np.ndarray, query: np.ndarray, coverage: np.ndarray, score: np.ndarray, span: int
) -> tuple[np.ndarray, np.ndarray, Deferred | None]:
    """(relevance, matched, deferred): the blended relevance of every document, which documents
    match (a typed word, or close enough in meaning), and, when many match, meaning's share for
    those missing some words still to add (Deferred.settle) before a page is chosen."""
    matched = coverage > 0
    share = matched_share(coverage, span)
    relevance = keyword_relevance(share, score)
    weight = SEMANTIC_WEIGHT + GAP_WEIGHT * (1 - share)
    if np.count_nonzero(matched) >= EXTRAS_BELOW:
        # Only the matches meaning can reorder (those missing some words, when full matches take
        # no weight from it), and only once a page's candidates are known.
        relevance[~matched] = 0
        deferred_weight = np.where(matched, weight, 0).astype(np.float32)
        return relevance.astype(np.float32), matched, Deferred(vectors, query, deferred_weight)
    similarity = _similarity(vectors, query)
    relevance += np.clip(similarity, 0, None) * weight
    extra = np.flatnonzero(~matched & (similarity >= SEMANTIC_FLOOR))
    if extra.size and matched.any():
        extra = extra[_like_the_best(vectors, relevance, matched, extra)]
    if extra.size > SEMANTIC_EXTRA:
        top = np.argpartition(-similarity[extra], SEMANTIC_EXTRA - 1)[:SEMANTIC_EXTRA]
        extra = extra[top]
    matched[extra] = True
    relevance[~matched] = 0
    return relevance.astype(np.float32), matched, None
