"""Relevance on the bundled real data: judged queries rank their expected components high."""

from __future__ import annotations

import statistics

import pytest
from relevance_corpus import JUDGEMENTS, build_documents, ndcg, ranked_names
from split import (
    ALL,
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    HELD_OUT,
    TUNING,
    VALIDATION,
)

from search.embedded import EmbeddedSearchBackend
from tests.support.meili import meili_backend_from_env

# The issue asks for 0.8 on held-out queries; this suite's own queries must stay above it.
MEAN_NDCG_FLOOR = 0.8


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    return build_documents(tmp_path_factory.mktemp("relevance"))


@pytest.fixture(scope="module")
def embedded_corpus(documents):
    backend = EmbeddedSearchBackend(None)
    backend.rebuild(documents)
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def meili_corpus(documents):
    with meili_backend_from_env("relevance") as backend:
        backend.rebuild(documents)
        yield backend


@pytest.fixture(scope="module", params=["embedded", pytest.param("meili", marks=pytest.mark.meili)])
def corpus(request, documents):
    backend = request.getfixturevalue(f"{request.param}_corpus")
    return backend, {doc["id"]: doc["full_name"] for doc in documents}


FRESH_SETS = (FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10)
FRESH_SETS += (FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19)
FRESH_SETS += (FRESH20,)
FRESH_SETS += (FRESH21,)
FRESH_SETS += (FRESH22,)
FRESH_SETS += (FRESH23,)


def test_every_judged_component_is_in_the_bundled_data(corpus):
    _, names = corpus
    known = set(names.values())
    for _, judgement in ALL + VALIDATION + [("fresh", j) for fresh in FRESH_SETS for j in fresh]:
        assert any(grade == 2 for grade in judgement.grades.values()), judgement.query
        assert not set(judgement.grades) - known, (judgement.query, set(judgement.grades) - known)
        assert set(judgement.must) <= set(judgement.grades), judgement.query


@pytest.mark.parametrize("judgement", JUDGEMENTS, ids=lambda j: j.query)
def test_expected_components_rank_near_the_top(corpus, judgement):
    backend, names = corpus
    ranked = ranked_names(backend, names, judgement.query, k=judgement.within)
    missing = [name for name in judgement.must if name not in ranked]
    assert not missing, (
        f"{judgement.query!r}: not in top {judgement.within}: {missing}; got {ranked}"
    )


def test_mean_ndcg_at_10_stays_above_the_floor(corpus):
    backend, names = corpus
    scores = [ndcg(ranked_names(backend, names, j.query), j.grades) for j in JUDGEMENTS]
    assert statistics.mean(scores) >= MEAN_NDCG_FLOOR


def test_the_split_is_fixed_and_covers_every_query_once():
    queries = [j.query for _, j in ALL]
    assert len(queries) == len(set(queries))
    assert not {j.query for _, j in VALIDATION} & set(queries)
    fresh = {j.query for j in FRESH}
    assert len(fresh) == len(FRESH)
    assert not fresh & (set(queries) | {j.query for _, j in VALIDATION})
    fresh2 = {j.query for j in FRESH2}
    assert len(fresh2) == len(FRESH2)
    assert not fresh2 & (set(queries) | {j.query for _, j in VALIDATION} | fresh)
    fresh3 = {j.query for j in FRESH3}
    assert len(fresh3) == len(FRESH3)
    assert not fresh3 & (set(queries) | {j.query for _, j in VALIDATION} | fresh | fresh2)
    fresh4 = {j.query for j in FRESH4}
    assert len(fresh4) == len(FRESH4)
    earlier = set(queries) | {j.query for _, j in VALIDATION} | fresh | fresh2 | fresh3
    # Counted, not shown: the fourth set's questions are not to be read before it is scored.
    assert len(fresh4 & earlier) == 0
    fresh5 = {j.query for j in FRESH5}
    assert len(fresh5) == len(FRESH5)
    assert len(fresh5 & (earlier | fresh4)) == 0  # counted, not shown, as above
    fresh6 = {j.query for j in FRESH6}
    assert len(fresh6) == len(FRESH6)
    assert len(fresh6 & (earlier | fresh4 | fresh5)) == 0  # counted, not shown, as above
    fresh7 = {j.query for j in FRESH7}
    assert len(fresh7) == len(FRESH7)
    assert len(fresh7 & (earlier | fresh4 | fresh5 | fresh6)) == 0  # counted, not shown
    fresh8 = {j.query for j in FRESH8}
    assert len(fresh8) == len(FRESH8)
    assert len(fresh8 & (earlier | fresh4 | fresh5 | fresh6 | fresh7)) == 0  # counted, not shown
    fresh9 = {j.query for j in FRESH9}
    assert len(fresh9) == len(FRESH9)
    later = fresh4 | fresh5 | fresh6 | fresh7 | fresh8
    assert len(fresh9 & (earlier | later)) == 0  # counted, not shown
    seen = earlier | later | fresh9
    # The tenth set on, each against all before it. Counted apart from the assertion, so a failure
    # shows no question of a set not yet scored. The fourteenth repeats one earlier question.
    allowed = {14: 1}
    for number, fresh_set in enumerate(FRESH_SETS[9:], start=10):
        asked = {j.query for j in fresh_set}
        repeated = len(fresh_set) - len(asked)
        clashes = len(asked & seen)
        assert repeated == 0, number
        assert clashes == allowed.get(number, 0), number
        seen |= asked
    assert {part for part, _ in VALIDATION} == {"check", "untouched"}
    assert {j.query for j in TUNING} | {j.query for j in HELD_OUT} == set(queries)
    assert not {j.query for j in TUNING} & {j.query for j in HELD_OUT}
    assert len(HELD_OUT) >= len(queries) // 3
