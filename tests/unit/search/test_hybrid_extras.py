"""Meaning alone finds more of what the words found, not the topic next door."""

from __future__ import annotations

import numpy as np

from search.embedded.hybrid import fuse


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


# Component 0 holds the word; 1 says the same thing in other words; 2 shares the word's topic only.
VECTORS = np.vstack([_unit(1, 1, 0), _unit(1, 0.9, 0.1), _unit(-0.4, 0.6, 1)])
QUERY = _unit(0.6, 1, 0.5)


def test_an_extra_must_be_close_to_the_best_word_matches():
    coverage = np.array([1, 0, 0], dtype=np.float32)
    score = np.array([2, 0, 0], dtype=np.float32)
    assert all(VECTORS @ QUERY >= 0.5)  # every one is close enough to the question
    _, matched = fuse(VECTORS, QUERY, coverage, score, span=1)
    assert matched.tolist() == [True, True, False]


def test_with_no_word_match_the_question_alone_decides():
    nothing = np.zeros(3, dtype=np.float32)
    _, matched = fuse(VECTORS, QUERY, nothing, nothing, span=1)
    assert matched.tolist() == [True, True, True]
