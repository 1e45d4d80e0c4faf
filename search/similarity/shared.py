"""Text vectors for comparing components across organisations, on words two bodies could share.

A word that only one organisation writes (its own prefixes, 'dp' or 'chs'; its products' names;
any word a single component uses) can never be shared by components of two bodies, yet it takes
part of each vector's length: a component named and described in such words looks less like
every other body's work than it is, and one in common words more. Scaled down (by
UNSHARED_WEIGHT) and the rows renormalised, vectors compare components on what another
organisation could also have written. Words that name any software rather than a job
('service', 'application', 'library': querytext.GENERIC_WORDS) go the same way: any two bodies
share them, so they say no more of a common job than a word only one body writes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from search.querytext import GENERIC_WORDS
from search.similarity.language import normalise_word

UNSHARED_WEIGHT = 0.0
GENERIC_TERMS = frozenset(filter(None, map(normalise_word, GENERIC_WORDS)))


def generic_terms(terms: Sequence[str]) -> np.ndarray:
    """Whether each term is generic words only ('service', 'software tool')."""
    return np.array([all(w in GENERIC_TERMS for w in t.split(" ")) for t in terms], dtype=bool)


def across_organisations(
    vectors: sp.csr_matrix,
    organisations: Sequence[str],
    generic: np.ndarray | None = None,
    weight: float = UNSHARED_WEIGHT,
) -> sp.csr_matrix:
    """The vectors with terms that only one organisation's components hold, and `generic` ones,
    scaled by `weight`, rows renormalised to unit length."""
    vectors = sp.csr_matrix(vectors, dtype=np.float32)
    if vectors.nnz == 0:
        return vectors
    _, codes = np.unique(np.asarray(organisations, dtype=object).astype(str), return_inverse=True)
    holders = sp.csr_matrix(
        (np.ones(vectors.nnz, dtype=np.float32), vectors.indices, vectors.indptr),
        shape=vectors.shape,
    )
    membership = sp.csr_matrix(
        (np.ones(codes.size, dtype=np.float32), (np.arange(codes.size), codes)),
        shape=(codes.size, int(codes.max()) + 1),
    )
    by_organisation = sp.csr_matrix(holders.T @ membership)
    organisations_per_term = np.diff(by_organisation.indptr)  # nonzero organisations per term
    shared = organisations_per_term >= 2
    if generic is not None:
        shared &= ~generic
    scale = np.where(shared, 1.0, weight).astype(np.float32)
    scaled = sp.csr_matrix(vectors, copy=True)
    scaled.data *= scale[scaled.indices]
    scaled.eliminate_zeros()
    return sp.csr_matrix(normalize(scaled, norm="l2", copy=False), dtype=np.float32)
