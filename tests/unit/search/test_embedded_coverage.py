"""How much each matched word of a question counts: rare words more, words only in a README less."""

from __future__ import annotations

import pytest

from search.backend import Query
from search.embedded import EmbeddedSearchBackend, ranking
from search.embedded.hybrid import COVERAGE_WEIGHT, GAP_WEIGHT
from tests.contract.search.test_search_contract import make_doc

# Many READMEs mention helper functions; few components have anything to do with PySpark.
SPARK_KIT = make_doc(1, "spark-kit", description="Tools for pyspark")
ETL_JOBS = make_doc(2, "etl-jobs", readme="Jobs that call pyspark and upload files.")
HELPERS = [
    make_doc(i, f"service-{i}", description="Helper functions and utils") for i in range(3, 13)
]


@pytest.fixture
def backend():
    engine = EmbeddedSearchBackend(None)
    engine.index([SPARK_KIT, ETL_JOBS, *HELPERS])
    yield engine
    engine.close()


def hits(backend, text: str) -> dict[int, float]:
    return {hit.id: hit.score for hit in backend.search(Query(text=text)).hits}


def first(backend, text: str) -> int:
    return backend.search(Query(text=text)).hits[0].id


def test_a_rare_word_outweighs_common_ones(backend, monkeypatch):
    # Without rarity, every 'helper functions and utils' covers three words of four, spark-kit one.
    assert first(backend, "pyspark helper functions utils") == 1
    monkeypatch.setattr(ranking, "RARITY_POWER", 0.0)
    monkeypatch.setattr(ranking, "LONG_RARITY_POWER", 0.0)
    assert first(backend, "pyspark helper functions utils") != 1


def test_a_long_question_weighs_its_rare_words_by_their_full_rarity(monkeypatch):
    # A need told in common words: 'sitemap' is the one word that says what it is about. (Not
    # named 'site-map': the glossary makes that name the word itself.)
    sitemap = make_doc(1, "seo-kit", description="Builds the sitemap")
    pages = [make_doc(i, f"pages-{i}", description="Publish pages") for i in range(2, 42)]
    others = [make_doc(i, f"tool-{i}", description="Search tools") for i in range(42, 61)]
    engine = EmbeddedSearchBackend(None)
    engine.index([sitemap, *pages, *others])
    question = "publish a sitemap so search engines find our pages"
    try:
        assert first(engine, question) == 1
        monkeypatch.setattr(ranking, "LONG_RARITY_POWER", ranking.RARITY_POWER)
        assert first(engine, question) != 1
    finally:
        engine.close()


def test_a_word_only_in_a_readme_counts_less(backend, monkeypatch):
    less = hits(backend, "pyspark")
    monkeypatch.setattr(ranking, "README_COVERAGE", 1.0)
    full = hits(backend, "pyspark")
    assert less[1] == full[1]  # spark-kit says it in its description
    assert less[2] < full[2]  # etl-jobs only in its README, and is still found


def test_a_word_only_in_a_readme_still_finds_the_component(backend):
    assert list(hits(backend, "upload")) == [2]


def test_scores_are_on_one_scale_whether_or_not_meaning_knows_the_words(backend):
    # 'zzyzx' is in one README and nowhere else, so the meaning model has no vector for it.
    backend.index([make_doc(20, "odd-one", readme="Named after zzyzx.")])
    top = COVERAGE_WEIGHT + 1 + GAP_WEIGHT
    for text in ("zzyzx", "pyspark", "helper functions"):
        scores = hits(backend, text).values()
        assert scores and all(0 < score <= top for score in scores), text


def test_a_rare_name_only_in_a_readme_counts_as_a_whole_word(monkeypatch):
    # 'Zensical' is in no dictionary: a tool's name, said only in this README, and it says what
    # the component is. 'beginners' is as rare here, but an everyday word, and keeps less.
    handbook = make_doc(
        1,
        "team-handbook",
        description="Pages for the team",
        readme="Built with Zensical for beginners.",
    )
    others = [make_doc(i, f"service-{i}", description="Helper functions") for i in range(2, 102)]
    engine = EmbeddedSearchBackend(None)
    engine.index([handbook, *others])
    try:
        name, word = hits(engine, "zensical helper"), hits(engine, "beginners helper")
        monkeypatch.setattr(ranking.Ranker, "_rare_name", lambda self, index, matched: False)
        assert hits(engine, "zensical helper")[1] < name[1]
        assert hits(engine, "beginners helper")[1] == word[1]
        monkeypatch.setattr(ranking, "README_COVERAGE", 1.0)
        assert hits(engine, "zensical helper")[1] == name[1]
    finally:
        engine.close()


def test_a_name_in_many_readmes_is_no_rare_name(monkeypatch):
    # Found in more than RARE_NAME_SHARE of the components, a name is as common as any word.
    docs = [
        make_doc(i, f"site-{i}", description="Pages", readme="Built with Zensical.")
        for i in range(1, 4)
    ]
    docs += [make_doc(i, f"service-{i}", description="Helper functions") for i in range(4, 104)]
    engine = EmbeddedSearchBackend(None)
    engine.index(docs)
    try:
        before = hits(engine, "zensical helper")
        monkeypatch.setattr(ranking.Ranker, "_rare_name", lambda self, index, matched: False)
        assert hits(engine, "zensical helper") == before
    finally:
        engine.close()


def test_a_rare_name_no_component_says_counts_in_full_among_packages(monkeypatch):
    # 'bertopic' is only a package here: said by no component, it says what this one does. 'vue'
    # is said in a description too, so where it is only a package it counts half a word.
    topics = make_doc(1, "topic-demo", description="Demo", dependencies=["bertopic", "vue"])
    widgets = make_doc(2, "widgets", description="Vue widgets")
    # Two of 252 components are within RARE_NAME_SHARE of them.
    others = [make_doc(i, f"service-{i}", description="Helper functions") for i in range(3, 253)]
    engine = EmbeddedSearchBackend(None)
    engine.index([topics, widgets, *others])
    try:
        name, said = hits(engine, "bertopic helper"), hits(engine, "vue helper")
        monkeypatch.setattr(ranking.Ranker, "_rare_name", lambda self, index, matched: False)
        assert hits(engine, "bertopic helper")[1] < name[1]
        assert hits(engine, "vue helper")[1] == said[1]
    finally:
        engine.close()
