"""Common software jobs: one job described in different words meets as one concept."""

from __future__ import annotations

import pytest

from search.similarity import SimilarityParams
from search.similarity.concepts import CONCEPTS, concept_term
from search.similarity.jobs import JOBS, MORE_WORDINGS
from search.similarity.language import words_of
from search.similarity.pairs import find_pairs
from search.similarity.vectors import fit_dependencies, fit_text
from tests.unit.similarity.conftest import make_item

WORDINGS = [(key, phrase) for key, job in JOBS.items() for phrase in job.phrases] + [
    (key, phrase) for key, more in MORE_WORDINGS.items() for phrase in more
]


@pytest.mark.parametrize(("key", "phrase"), WORDINGS, ids=lambda value: str(value))
def test_every_wording_keeps_each_of_its_words(key, phrase):
    # A wording the tokeniser shrinks to one common word ('documentation site' -> 'site',
    # 'github actions' -> 'action') would give the job to every component using that word.
    # ('of' in 'part of speech' is a stop word: short words may go.)
    words = [word for word in phrase.replace("-", " ").split() if len(word) > 2]
    assert all(words_of(word) for word in words), (key, phrase)


def test_jobs_are_concepts_and_more_wordings_extend_existing_ones():
    assert set(JOBS) <= set(CONCEPTS)
    for key, more in MORE_WORDINGS.items():
        assert set(more) <= set(CONCEPTS[key][1])


def _catalogue():
    return [
        make_item(1, "ons", "ons-firestore", "Helpers for reading and writing Firestore documents"),
        make_item(2, "dvla", "dataverse-helper", "A gem wrapping calls to Dataverse tables"),
        make_item(3, "senedd", "e-petitions", "Petitions service for the Senedd"),
        make_item(4, "wra", "tax-return", "Land transaction tax returns online"),
    ]


def test_two_clients_of_different_databases_share_the_job():
    items = _catalogue()
    text = fit_text(items)
    job = text.terms.index(concept_term("data-store-client"))
    holders = text.vectors[:, job].nonzero()[0].tolist()
    assert holders == [0, 1]


def test_the_job_makes_them_a_pair_with_the_job_as_its_reason():
    items = _catalogue()
    pairs = find_pairs(items, fit_text(items), fit_dependencies(items), SimilarityParams())
    found = {(p.a, p.b): p for p in pairs}
    assert (1, 2) in found
    assert found[(1, 2)].terms[0] == "database clients"
