"""Pairs under the threshold kept when two components are each other's closest across bodies."""

import numpy as np
import scipy.sparse as sp

from search.similarity import SimilarityParams, analyse
from search.similarity.pairs import find_pairs
from search.similarity.reciprocal import mutual, nearest
from search.similarity.shared import across_organisations, generic_terms
from search.similarity.vectors import fit_dependencies, fit_text
from tests.unit.similarity.conftest import NOW, make_item


def _catalogue():
    # Each wrapper is described in its own organisation's words ('zebedee', 'chips'): they share
    # one word, 'wrapper', so their score is far under the threshold.
    return [
        make_item(1, "ons", "dp-zebedee-wrapper", "Golang wrapper for the Zebedee content store"),
        make_item(2, "ons", "dp-zebedee-reader", "Reads Zebedee content for the website"),
        make_item(3, "ons", "dp-florence", "Florence publishes Zebedee content"),
        make_item(
            4, "companies-house", "chips-wrapper-node", "Wrapper of calls to the Chips gateway"
        ),
        make_item(5, "companies-house", "chips-filing-gateway", "Chips filing gateway"),
        make_item(6, "senedd", "e-petitions", "Petitions service for the Senedd"),
        make_item(7, "dvla", "vehicle-tax", "Tax a vehicle online"),
    ]


def _pairs(items, **params):
    return find_pairs(items, fit_text(items), fit_dependencies(items), SimilarityParams(**params))


def test_words_only_one_organisation_holds_leave_the_paired_vectors():
    vectors = sp.csr_matrix(np.array([[0.6, 0.8, 0.0], [0.0, 0.6, 0.8], [0.6, 0.0, 0.8]]))
    paired = across_organisations(vectors, ["ons", "ons", "dvla"]).toarray()
    # Term 0 is held by ONS and DVLA, term 1 by ONS alone, term 2 by both.
    assert paired[0, 1] == 0 and paired[1, 1] == 0
    assert np.allclose(np.linalg.norm(paired, axis=1), 1.0)
    assert np.allclose(across_organisations(vectors, ["a", "b", "c"]).toarray(), vectors.toarray())


def test_two_components_each_others_closest_across_organisations_are_a_pair():
    items = _catalogue()
    found = {(p.a, p.b): p for p in _pairs(items)}
    assert (1, 4) in found
    assert found[(1, 4)].text < SimilarityParams().threshold
    # Scored on the words two organisations could share, so a cluster can hold it.
    assert found[(1, 4)].score >= SimilarityParams().reciprocal_threshold
    assert "wrapper" in found[(1, 4)].terms
    assert found[(1, 4)].relation == "rebuild"
    # Without the reciprocal route the pair is under the threshold and not found.
    assert (1, 4) not in {(p.a, p.b) for p in _pairs(items, reciprocal_threshold=2.0)}


def test_each_others_closest_make_a_cluster_with_its_reasons():
    clusters = analyse(_catalogue(), now=NOW).clusters
    assert [sorted(m.id for m in c.members) for c in clusters] == [[1, 4]]
    assert "wrapper" in clusters[0].terms
    assert clusters[0].kind == "rebuilds"


def test_a_component_closest_to_one_that_prefers_others_is_no_pair():
    rows = np.array([0, 0, 1, 1, 1, 2, 2])
    cols = np.array([1, 2, 0, 2, 3, 1, 0])
    across = np.array([0.9, 0.5, 0.4, 0.8, 0.7, 0.9, 0.5])
    near = nearest(rows, across, 0.3)
    # Row 1's two nearest are 2 and 3, so 0 -> 1 is not returned from 1's end.
    assert near.tolist() == [True, True, False, True, True, True, True]
    kept = mutual(rows, cols, near, 4)
    assert kept.tolist() == [False, True, False, True, False, True, True]
    assert not nearest(rows, across, 0.95).any()


def test_words_naming_any_software_leave_the_paired_vectors():
    terms = ["service", "software tool", "sdk", "api service"]
    assert generic_terms(terms).tolist() == [True, True, False, False]
    vectors = sp.csr_matrix(np.array([[0.6, 0.8], [0.8, 0.6]]))
    paired = across_organisations(vectors, ["ons", "dvla"], np.array([True, False])).toarray()
    assert paired.tolist() == [[0.0, 1.0], [0.0, 1.0]]
