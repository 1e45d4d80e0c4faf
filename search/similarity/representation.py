"""What duplicate clusters compare members on: the components' vectors, every pair of them.

Pairs are found by nearest neighbours, so a group holds only the links each member's top few
made. Average linkage needs every pair's similarity inside a group; it is computed here from the
same vectors pairs are scored on (text, and dependencies weighted by rarity), exactly, for the
members of one group at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp


@dataclass
class VectorRepresentation:
    """Similarity of components as a weighted sum of cosines over row-normalised matrices."""

    matrices: tuple[sp.csr_matrix | np.ndarray, ...]
    weights: tuple[float, ...]

    def similarity(self, nodes: np.ndarray) -> np.ndarray:
        """Dense similarities in [0, 1] between the items at `nodes`."""
        total = np.zeros((nodes.size, nodes.size), dtype=np.float64)
        for matrix, weight in zip(self.matrices, self.weights, strict=True):
            rows = matrix[nodes]
            product = rows @ rows.T
            total += weight * (product.toarray() if sp.issparse(product) else product)
        return np.clip(total, 0.0, 1.0)
