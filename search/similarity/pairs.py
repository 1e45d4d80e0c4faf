"""Similar pairs of components in different organisations, each with the reasons it was found."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

from search.similarity.items import SimilarityItem
from search.similarity.language import without_boilerplate
from search.similarity.neighbours import Retrieval
from search.similarity.parallel import map_forked
from search.similarity.reciprocal import mutual, nearest
from search.similarity.reciprocal import top_per_row as _top_per_row
from search.similarity.tokens import clean_readme
from search.similarity.vectors import DependencyModel, TextModel, keep_strongest

# Bonus for sharing a component type: a specific type says more than a broad one.
TYPE_WEIGHTS: dict[str, float] = {
    "design-system": 0.08,
    "infrastructure": 0.04,
    "data": 0.02,
    "documentation": 0.02,
    "library": 0.02,
    "application": 0.01,
}


@dataclass(frozen=True)
class SimilarityParams:
    """The knobs of pair finding; defaults were tuned on the labelled groups in tests/."""

    threshold: float = 0.22
    neighbours: int = 10  # most similar components kept per component
    dependency_weight: float = 0.3
    category_weight: float = 0.1
    copy_text: float = 0.6  # same name and at least this text similarity: a copy
    copy_body: float = 0.9  # README prose at least this similar: a copy
    copy_prose: int = 200  # characters of a README's own prose needed to compare READMEs
    # Under the threshold, two components each among the other's closest few in other
    # organisations, compared on words two organisations share, at least this similar
    # (reciprocal.py).
    reciprocal_threshold: float = 0.35
    # Text similarity resting on one or two shared terms is weak evidence ('Services' and
    # 'email-service' share one word): scale it by min(1, base + per_term * shared terms).
    confidence_base: float = 0.4
    confidence_per_term: float = 0.2
    reason_terms: int = 6
    reason_dependencies: int = 6
    # Approximate retrieval: strongest terms per item, strongest holders per term, candidates
    # per item scored exactly. Exact for catalogues where no term is in more than posting_limit.
    query_terms: int = 12
    posting_limit: int = 400
    candidates: int = 25
    retrieval_floor: float = 0.05
    chunk_rows: int = 2000
    # Worker processes for scoring (forked, so only where fork exists); 1 keeps it in-process,
    # which is what a web process wants. Batch runs after a harvest can use every core.
    workers: int = 1


class Pair(NamedTuple):
    """Two similar components in different organisations; `a` < `b` by item id."""

    a: int
    b: int
    # text + 0.3 x dependencies + category and type bonuses, at most 1; for a pair kept as each
    # other's nearest across organisations (reciprocal.py), with text compared on shared words
    score: float
    text: float  # TF-IDF cosine, scaled down when it rests on one or two shared terms
    dependencies: float  # cosine of rarity-weighted dependency vectors
    relation: str  # "copy" (fork or copy of the same thing) or "rebuild" (independent effort)
    terms: tuple[str, ...]  # shared terms that weigh most, concepts by their English label
    shared_dependencies: tuple[str, ...]  # rarest shared dependencies first
    categories: tuple[str, ...]  # publiccode.yml categories both declare
    component_type: str | None  # set when both share a type that says something


def _codes(values: Sequence[str]) -> np.ndarray:
    _, codes = np.unique(np.asarray(values, dtype=object).astype(str), return_inverse=True)
    return codes.astype(np.int64)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NAME_WORDS = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


@dataclass
class _Facts:
    """Per-item facts as arrays, so pair rules run vectorised."""

    organisation: np.ndarray
    type_code: np.ndarray
    type_bonus: np.ndarray
    name_key: np.ndarray  # -1 when the name has no letters or digits
    name_words: np.ndarray
    # -1 when the description, without generator or licence boilerplate, is too short to compare
    description_key: np.ndarray
    fork: np.ndarray
    categories: sp.csr_matrix
    category_count: np.ndarray

    @classmethod
    def of(cls, items: Sequence[SimilarityItem]) -> _Facts:
        types = [item.component_type or "other" for item in items]
        names = [_NON_ALNUM.sub("", item.name.lower()) for item in items]
        # 'This project was bootstrapped with Create React App.' is the README's first sentence,
        # so the description, of many unrelated repositories: it shows no copying.
        descriptions = [
            _NON_ALNUM.sub(" ", without_boilerplate(item.description).lower()).strip()
            for item in items
        ]
        name_key = _codes(names)
        name_key[np.array([not n for n in names], dtype=bool)] = -1
        description_key = _codes(descriptions)
        description_key[np.array([len(d) < 30 for d in descriptions], dtype=bool)] = -1
        index: dict[str, int] = {}
        rows, cols = [], []
        for row, item in enumerate(items):
            for category in sorted(set(item.categories)):
                rows.append(row)
                cols.append(index.setdefault(category, len(index)))
        categories = sp.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, cols)),
            shape=(len(items), max(len(index), 1)),
        )
        return cls(
            organisation=_codes([item.organisation for item in items]),
            type_code=_codes(types),
            type_bonus=np.array([TYPE_WEIGHTS.get(t, 0.0) for t in types], dtype=np.float32),
            name_key=name_key,
            name_words=np.array(
                [len([w for w in _NAME_WORDS.split(item.name) if w]) for item in items]
            ),
            description_key=description_key,
            fork=np.array([bool(item.fork) for item in items]),
            categories=categories,
            category_count=np.asarray(categories.sum(axis=1)).ravel(),
        )


@dataclass
class _Ranked:
    """Per row, the columns of its largest entries, largest first, stored flat."""

    columns: np.ndarray
    counts: np.ndarray

    @classmethod
    def of(cls, products: sp.csr_matrix | None, rows: int, limit: int) -> _Ranked:
        if products is None:
            return cls(np.zeros(0, dtype=np.int64), np.zeros(rows, dtype=np.int64))
        products = keep_strongest(products, limit, renormalise=False)
        row_of = np.repeat(np.arange(rows), np.diff(products.indptr))
        chosen = _top_per_row(row_of, products.data, limit) if row_of.size else row_of
        return cls(
            products.indices[chosen].astype(np.int64),
            np.bincount(row_of[chosen], minlength=rows).astype(np.int64),
        )

    def select(self, keep: np.ndarray) -> _Ranked:
        """The rows where `keep` is True."""
        owner = np.repeat(np.arange(self.counts.size), self.counts)
        return _Ranked(self.columns[keep[owner]], self.counts[keep])

    @classmethod
    def join(cls, parts: list[_Ranked]) -> _Ranked:
        return cls(
            np.concatenate([p.columns for p in parts]), np.concatenate([p.counts for p in parts])
        )


def _rowwise(
    left: sp.csr_matrix, right: sp.csr_matrix
) -> tuple[np.ndarray, np.ndarray, sp.csr_matrix]:
    """Row-by-row dot products, how many entries each pair shares, and the products."""
    products = sp.csr_matrix(left.multiply(right))
    products.eliminate_zeros()
    sums = np.asarray(products.sum(axis=1), dtype=np.float32).ravel()
    return sums, np.diff(products.indptr), products


@dataclass
class _Found:
    rows: np.ndarray
    cols: np.ndarray
    text: np.ndarray
    deps: np.ndarray
    score: np.ndarray
    body: np.ndarray
    terms: _Ranked
    dependencies: _Ranked
    # Kept only as each other's nearest across organisations (reciprocal.py), not yet checked
    # from the other end; and whether each is among its row's nearest so.
    reciprocal: np.ndarray
    near: np.ndarray

    def select(self, keep: np.ndarray) -> _Found:
        return _Found(
            rows=self.rows[keep],
            cols=self.cols[keep],
            text=self.text[keep],
            deps=self.deps[keep],
            score=self.score[keep],
            body=self.body[keep],
            terms=self.terms.select(keep),
            dependencies=self.dependencies.select(keep),
            reciprocal=self.reciprocal[keep],
            near=self.near[keep],
        )


def _score_chunk(
    rows: np.ndarray,
    cols: np.ndarray,
    text: TextModel,
    deps: DependencyModel,
    facts: _Facts,
    params: SimilarityParams,
) -> _Found:
    """Exact scores of candidate pairs; those over the threshold, best per row, with reasons."""
    text_values, shared, text_products = _rowwise(text.vectors[rows], text.vectors[cols])
    confidence = np.minimum(1.0, params.confidence_base + params.confidence_per_term * shared)
    text_values = (text_values * confidence).astype(np.float32)
    if deps.vectors.nnz:
        dep_values, _, dep_products = _rowwise(deps.vectors[rows], deps.vectors[cols])
    else:
        dep_values, dep_products = np.zeros_like(text_values), None
    score = text_values + params.dependency_weight * dep_values
    score += facts.type_bonus[rows] * (facts.type_code[rows] == facts.type_code[cols])
    if facts.categories.nnz:
        common, _, _ = _rowwise(facts.categories[rows], facts.categories[cols])
        union = facts.category_count[rows] + facts.category_count[cols] - common
        score += params.category_weight * np.divide(
            common, union, out=np.zeros_like(common), where=union > 0
        )
    # Compared on words two organisations could share, with the same other evidence.
    across_text, _, _ = _rowwise(text.paired[rows], text.paired[cols])
    across = across_text * confidence + (score - text_values)
    near = nearest(rows, across, params.reciprocal_threshold)
    over = score >= params.threshold
    # A pair kept as each other's nearest is as similar as it is on the words it could share.
    score = np.where(over, score, np.maximum(score, across))
    good = np.flatnonzero(over | near)
    best = good[_top_per_row(rows[good], score[good], params.neighbours)]
    body, _, _ = _rowwise(text.body[rows[best]], text.body[cols[best]])
    return _Found(
        rows=rows[best],
        cols=cols[best],
        text=text_values[best],
        deps=dep_values[best],
        score=np.minimum(score[best], 1.0),
        body=body,
        terms=_Ranked.of(text_products[best], best.size, params.reason_terms),
        dependencies=_Ranked.of(
            dep_products[best] if dep_products is not None else None,
            best.size,
            params.reason_dependencies,
        ),
        reciprocal=~over[best],
        near=near[best],
    )


def _own_readmes_alike(
    items: Sequence[SimilarityItem],
    text: TextModel,
    rows: np.ndarray,
    cols: np.ndarray,
    params: SimilarityParams,
) -> np.ndarray:
    """Whether each pair's READMEs are still alike once generator and licence paragraphs are
    left out: two untouched Create React App READMEs are the same text, not copied work."""
    needed = np.unique(np.concatenate([rows, cols]))
    own = [clean_readme(without_boilerplate(items[row].readme)) for row in needed.tolist()]
    prose = np.array([len(readme) >= params.copy_prose for readme in own], dtype=bool)
    vectors = text.vectorise_all(
        [readme if ok else "" for readme, ok in zip(own, prose, strict=True)]
    )
    left, right = np.searchsorted(needed, rows), np.searchsorted(needed, cols)
    compared = np.flatnonzero(prose[left] & prose[right])
    alike = np.zeros(rows.size, dtype=bool)
    for start in range(0, compared.size, params.chunk_rows):
        pairs = compared[start : start + params.chunk_rows]
        products = vectors[left[pairs]].multiply(vectors[right[pairs]])
        alike[pairs] = np.asarray(products.sum(axis=1)).ravel() >= params.copy_body
    return alike


def _relations(
    found: _Found,
    items: Sequence[SimilarityItem],
    text: TextModel,
    facts: _Facts,
    params: SimilarityParams,
) -> np.ndarray:
    """True where a pair is a copy: a fork, the same distinctive name, the same description or
    README. Text a generator or a licence writes into many repositories is no evidence."""
    a, b = found.rows, found.cols
    same_name = (facts.name_key[a] == facts.name_key[b]) & (facts.name_key[a] >= 0)
    distinctive_name = same_name & (facts.name_words[a] >= 3)
    same_description = (facts.description_key[a] == facts.description_key[b]) & (
        facts.description_key[a] >= 0
    )
    copied_readme = text.has_body[a] & text.has_body[b] & (found.body >= params.copy_body)
    if copied_readme.any():
        where = np.flatnonzero(copied_readme)
        copied_readme[where] = _own_readmes_alike(items, text, a[where], b[where], params)
    forked = (facts.fork[a] | facts.fork[b]) & (found.text >= 0.5)
    return (
        distinctive_name
        | (same_name & (found.text >= params.copy_text))
        | same_description
        | copied_readme
        | forked
    )


def _concatenate(found: list[_Found]) -> _Found:
    return _Found(
        rows=np.concatenate([f.rows for f in found]),
        cols=np.concatenate([f.cols for f in found]),
        text=np.concatenate([f.text for f in found]),
        deps=np.concatenate([f.deps for f in found]),
        score=np.concatenate([f.score for f in found]),
        body=np.concatenate([f.body for f in found]),
        terms=_Ranked.join([f.terms for f in found]),
        dependencies=_Ranked.join([f.dependencies for f in found]),
        reciprocal=np.concatenate([f.reciprocal for f in found]),
        near=np.concatenate([f.near for f in found]),
    )


def _chunk_job(shared: tuple, bounds: tuple[int, int]) -> _Found:
    text, deps, facts, params, retrieval = shared
    rows, cols = retrieval.candidates(bounds[0], bounds[1], facts.organisation)
    return _score_chunk(rows, cols, text, deps, facts, params)


def _score_all(
    n: int, text: TextModel, deps: DependencyModel, facts: _Facts, params: SimilarityParams
) -> _Found:
    """Score every chunk of rows, in forked worker processes when params.workers > 1."""
    step = params.chunk_rows
    chunks = [(start, min(start + step, n)) for start in range(0, n, step)]
    retrieval = Retrieval(
        text,
        deps,
        dependency_weight=params.dependency_weight,
        query_terms=params.query_terms,
        posting_limit=params.posting_limit,
        floor=params.retrieval_floor,
        candidates=params.candidates,
    )
    shared = (text, deps, facts, params, retrieval)
    return _concatenate(map_forked(_chunk_job, shared, chunks, params.workers))


def _labels(ranked: _Ranked, names: Sequence[str], order: np.ndarray) -> list[tuple[str, ...]]:
    """The ranked columns of the rows in `order`, as tuples of names."""
    bounds = np.r_[0, np.cumsum(ranked.counts)]
    flat = np.asarray(names, dtype=object)[ranked.columns].tolist() if len(names) else []
    starts, stops = bounds[order].tolist(), bounds[order + 1].tolist()
    # A concept's label can equal a bigram ('address lookup'): say it once.
    return [tuple(dict.fromkeys(flat[a:b])) for a, b in zip(starts, stops, strict=True)]


def find_pairs(
    items: Sequence[SimilarityItem],
    text: TextModel,
    deps: DependencyModel,
    params: SimilarityParams | None = None,
) -> list[Pair]:
    """All similar pairs across organisations, most similar first, each with its reasons."""
    params = params or SimilarityParams()
    n = len(items)
    if n < 2:
        return []
    facts = _Facts.of(items)
    found = _score_all(n, text, deps, facts, params)
    # A pair under the threshold stays only when both ends chose each other.
    found = found.select(~found.reciprocal | mutual(found.rows, found.cols, found.near, n))
    # A pair found from both ends is kept once (its scores are the same either way), and pairs
    # are ordered best first, then by ids, before any Python objects are made.
    ids = np.array([item.id for item in items], dtype=np.int64)
    low = np.minimum(ids[found.rows], ids[found.cols])
    high = np.maximum(ids[found.rows], ids[found.cols])
    key = np.minimum(found.rows, found.cols) * n + np.maximum(found.rows, found.cols)
    _, first = np.unique(key, return_index=True)
    order = first[np.lexsort((high[first], low[first], -found.score[first]))]
    used = np.unique(found.terms.columns)
    term_names = [""] * len(text.terms)
    for term_id in used.tolist():
        term_names[term_id] = text.label(term_id)
    terms = _labels(found.terms, term_names, order)
    dependencies = _labels(found.dependencies, [key.split(":", 1)[1] for key in deps.keys], order)
    copies = _relations(found, items, text, facts, params)[order]
    rows, cols = found.rows[order], found.cols[order]
    same_type = facts.type_code[rows] == facts.type_code[cols]
    type_names = np.array([item.component_type or "other" for item in items], dtype=object)
    shared_type = np.where(same_type & (facts.type_bonus[rows] > 0), type_names[rows], None)
    categories = [
        tuple(sorted(set(items[i].categories) & set(items[j].categories)))
        if items[i].categories and items[j].categories
        else ()
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True)
    ]
    columns = (
        low[order].tolist(),
        high[order].tolist(),
        np.round(found.score[order].astype(np.float64), 4).tolist(),
        np.round(found.text[order].astype(np.float64), 4).tolist(),
        np.round(found.deps[order].astype(np.float64), 4).tolist(),
        np.where(copies, "copy", "rebuild").tolist(),
        terms,
        dependencies,
        categories,
        shared_type.tolist(),
    )
    # tuple.__new__ straight from the columns: a Python-level constructor per pair would
    # dominate the run time for a large catalogue.
    pairs = list(map(tuple.__new__, repeat(Pair), zip(*columns, strict=True)))
    return pairs
