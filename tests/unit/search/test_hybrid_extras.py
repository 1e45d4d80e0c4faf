"""Meaning alone finds more of what the words found, not the topic next door."""

from __future__ import annotations

import numpy as np

from search.embedded import hybrid
from search.embedded.hybrid import GAP_WEIGHT, fuse, keyword_relevance, matched_share


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
    _, matched, _ = fuse(VECTORS, QUERY, coverage, score, span=1)
    assert matched.tolist() == [True, True, False]


def test_with_no_word_match_the_question_alone_decides():
    nothing = np.zeros(3, dtype=np.float32)
    _, matched, _ = fuse(VECTORS, QUERY, nothing, nothing, span=1)
    assert matched.tolist() == [True, True, True]


def _exact(vectors, query, coverage, score, span):
    """Relevance with meaning's share worked out for every match, as fuse did before Deferred."""
    share = matched_share(coverage, span)
    relevance = keyword_relevance(share, score)
    weight = GAP_WEIGHT * (1 - share)
    matched = coverage > 0
    relevance += np.where(matched, np.clip(vectors @ query, 0, None) * weight, 0)
    relevance[~matched] = 0
    return relevance


def test_a_page_chosen_with_meaning_deferred_is_the_page_chosen_with_it_everywhere():
    rng = np.random.default_rng(12)
    size, span = 3000, 3
    query = _unit(1, 0, 0, 0, 0, 0, 0, 0)
    # Half say nearly what the question says (similarity near 1, so a match's upper bound is
    # nearly its relevance), half anything: meaning often outweighs a gap in keyword relevance.
    near = rng.random(size) < 0.5
    noise = np.where(near[:, None], 0.1, 1.0) * rng.normal(size=(size, 8))
    vectors = (noise + np.where(near[:, None], query, 0)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    # No full matches: the partial ones compete, and meaning decides much of the order.
    coverage = rng.choice([0, 1, 2], size=size, p=[0.3, 0.35, 0.35]).astype(np.float32)
    score = (rng.random(size) * coverage).astype(np.float32)
    exact = _exact(vectors, query, coverage, score, span)
    for keep, share_of_documents in ((10, 1.0), (20, 0.4), (1, 0.05), (5000, 1.0)):
        relevance, matched, deferred = fuse(vectors, query, coverage, score, span)
        assert deferred is not None  # many match
        positions = np.flatnonzero(matched & (rng.random(size) < share_of_documents))
        deferred.settle(relevance, positions, keep)
        best = positions[np.argsort(-relevance[positions], kind="stable")[:keep]]
        expected = positions[np.argsort(-exact[positions], kind="stable")[:keep]]
        assert best.tolist() == expected.tolist()
        assert np.allclose(relevance[best], exact[best])
        # Settled once: a second page's call adds nothing again.
        before = relevance.copy()
        deferred.settle(relevance, positions, keep)
        assert np.array_equal(before, relevance)


def test_a_match_whose_meaning_can_just_lift_it_onto_the_page_is_worked_out_and_others_are_not():
    # Two words asked. 0 holds both (relevance 3 + 1); 1 holds both, less often (3 + 0.45); 2 holds
    # one (1.5 + 1) but says exactly what the question says, so meaning lifts it to 3.5, past 1.
    # The rest hold one word and say something else: they cannot reach the top two.
    size = 2 + hybrid.EXTRAS_BELOW
    query = _unit(1, 0)
    vectors = np.tile(_unit(0, 1), (size, 1))
    vectors[0] = vectors[1] = vectors[2] = query
    coverage = np.array([2, 2] + [1] * (size - 2), dtype=np.float32)
    score = np.array([1, 0.45, 1] + [0] * (size - 3), dtype=np.float32)
    relevance, matched, deferred = fuse(vectors, query, coverage, score, span=2)
    positions = np.flatnonzero(matched)
    deferred.settle(relevance, positions, keep=2)
    assert np.argsort(-relevance, kind="stable")[:2].tolist() == [0, 2]
    assert relevance[2] == 3.5
    assert np.count_nonzero(deferred.weight) == size - 3  # the rest were never compared
