"""A second way into similar pairs: components that are each other's closest across organisations.

A pair's score is compared with one threshold for every component, yet a component written in
words only its own organisation uses ('dp-compose', 'chs-dev') or a short description meets
every other body's work at a low score, its true counterpart included. Compared on the words two
organisations could share (shared.py), two such components are still each other's nearest: when
each is among the other's RECIPROCAL_RANK closest in other organisations, at a similarity of at
least SimilarityParams.reciprocal_threshold, they are kept as a pair though under the threshold,
scored on those words (so clusters can link them). A component's nearest alone is no evidence
(every component has one); that both choose each other is.
"""

from __future__ import annotations

import numpy as np

RECIPROCAL_RANK = 2


def top_per_row(rows: np.ndarray, score: np.ndarray, limit: int) -> np.ndarray:
    """Indices of the `limit` highest scores within each row, grouped by row, best first."""
    order = np.lexsort((-score, rows))
    sorted_rows = rows[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_rows)) + 1]
    run_lengths = np.diff(np.r_[starts, sorted_rows.size])
    rank = np.arange(sorted_rows.size) - np.repeat(starts, run_lengths)
    return order[rank < limit]


def nearest(rows: np.ndarray, across: np.ndarray, floor: float) -> np.ndarray:
    """Whether each candidate (row, column) is among its row's RECIPROCAL_RANK best by `across`,
    at `floor` or more."""
    chosen = np.zeros(rows.size, dtype=bool)
    if rows.size:
        chosen[top_per_row(rows, across, RECIPROCAL_RANK)] = True
    return chosen & (across >= floor)


def mutual(rows: np.ndarray, cols: np.ndarray, near: np.ndarray, n: int) -> np.ndarray:
    """Whether each near (row, column) has its reverse (column, row) near too."""
    keys = rows.astype(np.int64) * n + cols
    reverse = cols.astype(np.int64) * n + rows
    return near & np.isin(reverse, keys[near])
