"""Sparse TF-IDF vectors of components' text and rarity-weighted vectors of their dependencies.

Our tokeniser turns text into term ids (words, bigrams, concepts across languages); scikit-learn's
TfidfTransformer, the weighting half of its TfidfVectorizer, turns their counts into TF-IDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer

from search.similarity.concepts import concept_label
from search.similarity.items import SimilarityItem
from search.similarity.language import bigrams, term_sequence, words_of
from search.similarity.shared import across_organisations, generic_terms
from search.similarity.tokens import CONNECTOR, Concepts, TermIds, tokenise

# Weight of the name, description and topics against the README, before normalising.
HEAD_WEIGHT = 1.0
BODY_WEIGHT = 0.6
# Each vector keeps only its strongest terms: faster products, and less noise from long READMEs.
MAX_TERMS = 80
# Concepts stand for a whole family of wordings, so they count for more than one word.
CONCEPT_WEIGHT = 1.5
# Words of owners' names say who built a component, not what it does: two NHS Wales bodies'
# repositories share 'nhs wales' whatever they are. They count for less, not nothing, as some
# name a job too ('statistics', 'analytics').
ORGANISATION_WEIGHT = 0.8

# Packages nearly every project of their ecosystem uses (frameworks, test and lint tooling):
# sharing them says little about purpose, whatever their frequency in a small catalogue.
_UBIQUITOUS = frozenset(
    """
    react react-dom typescript eslint prettier jest vitest vite webpack webpack-cli lodash express
    axios dotenv nodemon husky mocha chai sinon tslib rollup sass postcss autoprefixer
    pytest pytest-cov requests numpy pandas setuptools wheel black ruff mypy flake8 isort bandit
    urllib3 cryptography click pyyaml tqdm python-dotenv coverage tox pre-commit
    junit:junit microsoft.net.test.sdk xunit xunit.runner.visualstudio moq fluentassertions
    coverlet.collector nunit nunit3testadapter newtonsoft.json serde serde_json tokio anyhow rand
    rake rspec rubocop bundler
    """.split()
)
_UBIQUITOUS_PREFIXES = (
    "@types/",
    "@babel/",
    "@eslint/",
    "@typescript-eslint/",
    "eslint-",
    "pytest-",
    "types-",
    "org.junit",
    "org.mockito",
    "org.springframework.boot:spring-boot-starter-test",
    "xunit.",
    "mstest.",
    "microsoft.extensions.",
)
UBIQUITOUS_WEIGHT = 0.2


def _matrix(rows: np.ndarray, cols: np.ndarray, n_rows: int, n_terms: int) -> sp.csr_matrix:
    """Count matrix from (row, term id) occurrences; negative ids are dropped."""
    keep = cols >= 0
    matrix = sp.csr_matrix(
        (np.ones(int(keep.sum()), dtype=np.float32), (rows[keep], cols[keep])),
        shape=(n_rows, n_terms),
        dtype=np.float32,
    )
    matrix.sum_duplicates()
    return matrix


def _weigh(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear term frequency times these idf weights, rows scaled to unit length."""
    if 0 in counts.shape:  # nothing to weigh (scikit-learn refuses empty matrices)
        return sp.csr_matrix(counts.shape, dtype=np.float32)
    transformer = TfidfTransformer(sublinear_tf=True, norm=None)
    transformer.idf_ = idf
    weighted = normalise_rows(transformer.transform(counts))
    weighted.sort_indices()  # keep_strongest breaks ties by storage order: make it column order
    return weighted


def normalise_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Scale each row to unit length (empty rows stay empty)."""
    matrix = sp.csr_matrix(matrix, dtype=np.float32)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags((1.0 / norms).astype(np.float32)) @ matrix)


def strongest_mask(indptr: np.ndarray, data: np.ndarray, limit: int) -> np.ndarray:
    """For CSR-grouped values, True for each row's `limit` largest (ties broken arbitrarily)."""
    counts = np.diff(indptr)
    keep = np.ones(data.size, dtype=bool)
    long_rows = np.flatnonzero(counts > limit)
    if long_rows.size == 0:
        return keep
    # Rows sorted by length and padded a block at a time: linear time, little padding waste.
    long_rows = long_rows[np.argsort(counts[long_rows], kind="stable")]
    budget = 4_000_000
    start = 0
    while start < long_rows.size:
        stop = min(long_rows.size, start + max(1, budget // int(counts[long_rows[start]])))
        width = int(counts[long_rows[stop - 1]])
        stop = min(stop, start + max(1, budget // width))
        block = long_rows[start:stop]
        lengths = counts[block]
        local = np.repeat(np.arange(block.size), lengths)
        position = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        source = np.repeat(indptr[block], lengths) + position
        padded = np.full((block.size, width), -np.inf, dtype=np.float32)
        padded[local, position] = data[source]
        best = np.argpartition(-padded, limit - 1, axis=1)[:, :limit]
        chosen = np.zeros(padded.shape, dtype=bool)
        chosen[np.arange(block.size)[:, None], best] = True
        keep[source] = chosen[local, position]
        start = stop
    return keep


def keep_strongest(matrix: sp.csr_matrix, limit: int, renormalise: bool = True) -> sp.csr_matrix:
    """Keep each row's `limit` largest entries."""
    matrix = sp.csr_matrix(matrix, copy=True)
    keep = strongest_mask(matrix.indptr, matrix.data, limit)
    if keep.all():
        return matrix
    matrix.data[~keep] = 0
    matrix.eliminate_zeros()
    return normalise_rows(matrix) if renormalise else matrix


@dataclass
class TextModel:
    """The fitted vocabulary, idf weights and one unit-length text vector per item."""

    terms: list[str]
    vocabulary: dict[str, int]
    idf: np.ndarray
    vectors: sp.csr_matrix  # items x terms, rows unit length
    # The vectors without words only one organisation holds or that name any software
    # (shared.py): what two components of different bodies could have in common.
    paired: sp.csr_matrix
    body: sp.csr_matrix  # README-only vectors (unit length), to spot copied READMEs
    has_body: np.ndarray  # whether each item had README prose worth comparing
    concepts: Concepts

    def vectorise(self, text: str) -> sp.csr_matrix:
        """A unit-length vector for free text (a query), in this model's term space."""
        return self.vectorise_all([text])

    def vectorise_terms(self, terms: list[str]) -> sp.csr_matrix:
        """A unit-length vector for terms already read (words and 'a b' bigrams), with concepts."""
        return self._vectorise_all([terms])

    def vectorise_all(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Unit-length vectors for free texts, one row each, built as one matrix (a matrix per
        text cost the duplicate analysis 20 s at 100,000 components)."""
        read = []
        for text in texts:
            sequence = term_sequence(text)
            read.append([t for t in sequence if t] + bigrams(sequence))
        return self._vectorise_all(read)

    def _vectorise_all(self, read: Sequence[list[str]]) -> sp.csr_matrix:
        ids = TermIds(self.vocabulary, self.terms, frozen=True)
        term_ids: list[int] = []
        lengths = np.zeros(len(read), dtype=np.int64)
        for row, terms in enumerate(read):
            found = [ids.term_id(t) for t in terms]
            found += sorted(self.concepts.in_terms(terms)) * 2
            term_ids.extend(found)
            lengths[row] = len(found)
        cols = np.array(term_ids, dtype=np.int64)
        rows = np.repeat(np.arange(len(read), dtype=np.int64), lengths)
        return _weigh(_matrix(rows, cols, len(read), len(self.terms)), self.idf)

    def label(self, term_id: int) -> str:
        """A term as people should read it."""
        return concept_label(self.terms[term_id])


def fit_text(items: Sequence[SimilarityItem], workers: int = 1) -> TextModel:
    """Build TF-IDF vectors over name, descriptions (English and Welsh), topics and README."""
    n = len(items)
    tokens = tokenise(items, workers)
    n_terms = len(tokens.terms)
    head = _matrix(np.repeat(np.arange(n), tokens.head_lengths), tokens.head_ids, n, n_terms)
    body_ids = tokens.body_ids
    body_rows = np.repeat(np.arange(n, dtype=np.int32), tokens.body_lengths)
    spans = body_ids != CONNECTOR  # phrases may span connectors, never other stop words
    body_ids, body_rows = body_ids[spans], body_rows[spans]
    concepts = tokens.concepts
    concept_rows, concept_ids = concepts.in_sequences(body_rows, body_ids, n_terms)
    body = _matrix(
        np.concatenate([body_rows, concept_rows]),
        np.concatenate([body_ids, concept_ids]),
        n,
        n_terms,
    )
    del body_ids, body_rows, tokens.body_ids

    # Smoothed idf over name, descriptions, topics and README together: ln((1+n)/(1+df)) + 1.
    if 0 in head.shape:
        idf = np.ones(n_terms, dtype=np.float32)
    else:
        idf = TfidfTransformer().fit(head + body).idf_.astype(np.float32)
    idf[list(concepts.by_key.values())] *= CONCEPT_WEIGHT
    idf[organisation_terms(items, tokens.vocabulary)] *= ORGANISATION_WEIGHT
    head_w = _weigh(head, idf)
    body_w = _weigh(body, idf)
    vectors = keep_strongest(normalise_rows(head_w * HEAD_WEIGHT + body_w * BODY_WEIGHT), MAX_TERMS)
    return TextModel(
        terms=tokens.terms,
        vocabulary=tokens.vocabulary,
        idf=idf,
        vectors=vectors,
        paired=across_organisations(
            vectors, [item.organisation for item in items], generic_terms(tokens.terms)
        ),
        body=keep_strongest(body_w, MAX_TERMS),
        has_body=tokens.has_body,
        concepts=concepts,
    )


def organisation_terms(items: Sequence[SimilarityItem], vocabulary: dict[str, int]) -> list[int]:
    """Term ids of the words naming the components' owners ('nhs', 'wales', 'companies house'),
    alone or as a two-word phrase of them ('nhs wales')."""
    names = {item.organisation for item in items} | {item.full_name.split("/")[0] for item in items}
    words = {word for name in names for word in words_of(name.replace("-", " "))}
    found = {vocabulary[w] for w in words if w in vocabulary}
    for term, term_id in vocabulary.items():
        first, _, second = term.partition(" ")
        if second and first in words and second in words:
            found.add(term_id)
    return sorted(found)


def dependency_key(ecosystem: str, name: str) -> str:
    """One spelling per dependency: 'npm:govuk-frontend'."""
    return f"{ecosystem.strip().lower()}:{name.strip().lower()}"


def _prior(name: str) -> float:
    name = name.lower()
    if name in _UBIQUITOUS or name.startswith(_UBIQUITOUS_PREFIXES):
        return UBIQUITOUS_WEIGHT
    return 1.0


@dataclass
class DependencyModel:
    """Dependency keys, their weights, and one unit-length weighted vector per item."""

    keys: list[str]
    weights: np.ndarray
    vectors: sp.csr_matrix


def fit_dependencies(items: Sequence[SimilarityItem]) -> DependencyModel:
    """Vectors of dependencies weighted by rarity: sharing 'react' means little, a rare one more."""
    index: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, item in enumerate(items):
        for ecosystem, name in sorted(set(item.dependencies)):
            rows.append(row)
            cols.append(index.setdefault(dependency_key(ecosystem, name), len(index)))
    keys = list(index)
    presence = sp.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(items), len(keys))
    )
    presence.sum_duplicates()
    presence.data[:] = 1
    df = np.asarray(presence.sum(axis=0)).ravel()
    n = max(len(items), 1)
    # No +1 smoothing: a dependency half the catalogue uses should weigh next to nothing.
    rarity = np.log((1.0 + n) / (1.0 + df))
    prior = np.array([_prior(k.split(":", 1)[1]) for k in keys], dtype=np.float64)
    weights = (rarity * prior).astype(np.float32)
    weighted = presence @ sp.diags(weights)
    return DependencyModel(keys=keys, weights=weights, vectors=normalise_rows(weighted))
