"""Approximate nearest neighbours over sparse vectors, without quadratic work."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from search.similarity.vectors import DependencyModel, TextModel, keep_strongest, strongest_mask


class Retrieval:
    """Approximate neighbours: an item's strongest terms against each term's strongest holders.

    A term in thousands of components then costs no more than a rare one. Candidates are scored
    exactly afterwards, so the approximation can only miss a pair, never misjudge one; it is
    exact for catalogues where no term is held by more than `posting_limit` components.
    Text and dependencies share one product: their columns are stacked side by side.
    """

    def __init__(
        self,
        text: TextModel,
        deps: DependencyModel,
        *,
        dependency_weight: float,
        query_terms: int,
        posting_limit: int,
        floor: float,
        candidates: int,
    ) -> None:
        self.floor = floor
        self.limit = candidates
        blocks = [text.vectors]
        if deps.vectors.nnz:
            blocks.append(deps.vectors * np.float32(np.sqrt(dependency_weight)))
        vectors = sp.hstack(blocks, format="csr", dtype=np.float32)
        self.query = keep_strongest(vectors, query_terms, renormalise=False)
        self.postings = keep_strongest(vectors.T.tocsr(), posting_limit, renormalise=False)

    def candidates(
        self, start: int, stop: int, organisation: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(rows, cols) of each row's best candidates in other organisations."""
        approx = sp.csr_matrix(self.query[start:stop] @ self.postings)
        rows = np.repeat(np.arange(start, stop), np.diff(approx.indptr))
        # Partial dot products below the floor cannot reach the threshold in practice.
        other = (approx.data >= self.floor) & (organisation[rows] != organisation[approx.indices])
        rows, cols, values = rows[other], approx.indices[other], approx.data[other]
        indptr = np.searchsorted(rows, np.arange(start, stop + 1))
        best = strongest_mask(indptr, values, self.limit)
        return rows[best].astype(np.int64), cols[best].astype(np.int64)
