"""What duplicate clusters compare members on: the components' vectors, every pair of them.

Pairs are found by nearest neighbours, so a group holds only the links each member's top few
made. Average linkage needs every pair's similarity inside a group; it is computed here from the
same vectors pairs are scored on (text, and dependencies weighted by rarity), exactly, for the
members of one group at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp


@dataclass
class VectorRepresentation:
    """Similarity of components as a weighted sum of cosines over row-normalised matrices."""

    matrices: tuple[sp.csr_matrix | np.ndarray, ...]
    weights: tuple[float, ...]
    _joined: sp.csr_matrix | None = field(default=None, init=False, repr=False)

    def _matrix(self) -> sp.csr_matrix:
        # One matrix whose dot products are the weighted sum: each part scaled by sqrt(weight),
        # so a group costs one row selection and one product.
        if self._joined is None:
            parts = [
                sp.csr_matrix(matrix) * float(np.sqrt(max(weight, 0.0)))
                for matrix, weight in zip(self.matrices, self.weights, strict=True)
            ]
            self._joined = sp.csr_matrix(sp.hstack(parts, format="csr"))
        return self._joined

    def similarity(self, nodes: np.ndarray) -> np.ndarray:
        """Dense similarities in [0, 1] between the items at `nodes`."""
        rows = self._matrix()[nodes]
        return np.clip((rows @ rows.T).toarray(), 0.0, 1.0)
