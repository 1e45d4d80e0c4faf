"""Meaning, not only words: vectors learned from the catalogue's own text (LSA), for every engine.

A component's name, topics, facts from the code, descriptions and the start of its README become
words folded as the index folds them, Welsh mutated forms brought back to a radical the catalogue
uses ('gydran' -> 'cydran'), plurals to a singular it uses ('cydrannau' -> 'cydran', 'services' ->
'service'), and glossary entries to one concept token shared by their English and Welsh terms
('archebu' and 'booking' both add '~129'). scikit-learn weighs them (TF-IDF) and reduces them to
DIMENSIONS numbers (TruncatedSVD), so words that occur in the same components end up close.
Each definition (search/definitions.py: its terms, its text in both languages and how people put the
need it meets, search/data/needs/) is one more document when the model is fitted, never embedded
or found: the everyday words of a need then share axes with the jargon and the definition's text
the components that carry it use, so a question in everyday words lies near that kind of
software though it shares no word with it. Queries are embedded the same way. Nothing is
downloaded: the model is fitted from the documents and stored with the index
(`to_bytes`/`from_bytes`).

    model = SemanticModel.fit(documents)          # search documents (search/documents.py shape)
    vectors = model.embed(documents)               # (n, DIMENSIONS) float32, rows of length 1 or 0
    query = model.embed_texts(["archebu apwyntiad"])[0]
    scores = vectors @ query                       # cosine similarity
"""

from __future__ import annotations

import io
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import scipy.sparse as sp

from search import welsh
from search.definitions import Definitions, load_definitions
from search.glossary import Glossary, load_glossary
from search.lexicon import Lexicon, load_lexicon
from search.plurals import derived, singular
from search.querytext import STOPWORDS, words

DIMENSIONS = 64
# The start of a README says what a thing is; the rest is mostly how to run it (and costs time).
README_CHARS = 1500
# How many times each field's words count, before TF-IDF's sublinear damping.
FIELD_REPEATS: dict[str, int] = {
    "name_text": 3,
    "topics": 2,
    "keywords": 2,
    "facts": 2,
    "description": 2,
    "description_cy": 2,
    "readme": 1,
    # What its technical terms mean (search/definitions.py): everyday words for jargon.
    "glosses": 1,
}
# How many times a definition's words count in the document it is when fitting (as a
# description's do).
DEFINITION_REPEATS = 2
# How many definitions' token counts are remembered (there are a few hundred).
TEXTS_REMEMBERED = 10_000
# A word must be in at least this many components to be part of the model, unless one of the
# definitions it is fitted on uses it (fit_embed).
MIN_COMPONENTS = 2
DOCS_PER_AXIS = 3
# Power iterations of the randomized SVD: at scikit-learn's default (5) the axes were still
# unsettled, and the random seed alone moved the judged figures by 0.001 either way; at 20 two
# seeds give the same figures (docs/search.md, the tenth session).
SVD_ITERATIONS = 20
# A word that may be a mutated form counts as its radical when the radical is this many times
# more frequent (unless its initial exists only through mutation: 'nghyngor').
RADICAL_RATIO = 4
# A Welsh word of a question also counts as at most this many English words the catalogue uses,
# from its translations in the lexicon (search/lexicon.py): 'arolygon' -> 'overview', 'survey'.
MAX_TRANSLATIONS = 4
_VERSION = 1
# A component no typed word matches, found by meaning alone, must also be at least CENTRE_FLOOR
# close to the mean of the LIKE_THE_BEST best word matches, when there are any (both engines):
# 'council' finds a council's crawler by its words, and Welsh speech tools (whose READMEs thank
# councils) are close to the word but not to that.
LIKE_THE_BEST = 5
CENTRE_FLOOR = 0.5


def centre(vectors: np.ndarray) -> np.ndarray | None:
    """The unit mean of the rows (the best word matches' vectors), or None when there is none."""
    if not len(vectors):
        return None
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else None


def _field_words(doc: Mapping[str, Any]) -> Iterator[tuple[list[str], int]]:
    """(folded words, how many times they count) for each field of the document but its
    definitions (_doc_counts adds those)."""
    for name, repeats in FIELD_REPEATS.items():
        if name == "glosses":
            continue
        value = doc.get(name)
        if name == "name_text" and not value:
            value = doc.get("name")
        if not value:
            continue
        if isinstance(value, (list, tuple)):
            value = " . ".join(str(item) for item in value)
        text = str(value)
        if name == "readme":
            text = text[:README_CHARS]
        yield words(text), repeats


def _counts(fields: Iterable[tuple[list[str], int]], concepts: _Concepts) -> dict[str, int]:
    """Token -> count: the plain words and the glossary concepts of each field, times its weight."""
    found: dict[str, int] = {}
    single = concepts.single
    for folded, repeats in fields:
        counted = Counter(folded)
        for word, count in counted.items():
            if _plain(word):
                found[word] = found.get(word, 0) + count * repeats
            for concept in single.get(word, ()):
                found[concept] = found.get(concept, 0) + count * repeats
        if not concepts.multi_firsts.isdisjoint(counted):
            for concept in concepts.phrase_tokens(folded):
                found[concept] = found.get(concept, 0) + repeats
    return found


def _doc_counts(doc: Mapping[str, Any], concepts: _Concepts) -> dict[str, int]:
    """Token -> count for the document: its fields (_counts), then its definitions. A few hundred
    definitions are shared by every component, so each definition's counts are worked out once
    (_Concepts.text_counts): counting them afresh for each of 100,000 components doubled a
    rebuild's time."""
    found = _counts(_field_words(doc), concepts)
    repeats = FIELD_REPEATS["glosses"]
    for text in doc.get("glosses") or ():
        for token, count in concepts.text_counts(str(text)).items():
            found[token] = found.get(token, 0) + count * repeats
    return found


def _definition_counts(
    concepts: _Concepts, definitions: Definitions, keys: set[str]
) -> list[dict[str, int]]:
    """Token -> count for each definition of these keys (those the components carry: one that
    none does would only pull the axes away from the catalogue, and in a small catalogue the
    definitions would outnumber its components) read as a document: its English text, needs
    and terms, and its Welsh text, DEFINITION_REPEATS times each."""
    return [
        _counts(
            [
                (words(" . ".join((entry.en, *entry.needs, *entry.terms))), DEFINITION_REPEATS),
                (words(entry.cy), DEFINITION_REPEATS),
            ],
            concepts,
        )
        for entry in definitions.entries
        if entry.key in keys
    ]


@lru_cache(maxsize=65536)
def _plain(word: str) -> bool:
    return len(word) >= 2 and word not in STOPWORDS and not word.isdigit() and word != "."


def _no_word(word: str) -> bool:
    return False


class _Concepts:
    """Glossary terms (mutated Welsh first words too) -> a concept token per glossary entry."""

    def __init__(self, glossary: Glossary, english_word: Callable[[str], bool] = _no_word) -> None:
        """`english_word`: whether a folded word is English and no Welsh word. Such a word is
        never a one-word term's mutated form: 'we', 'air' and 'god' in a README or a question
        are English, not a soft-mutated 'gwe' (web), 'gair' (word) or 'cod' (code), as the
        question's parsing reads them (search.lexicon.Translating)."""
        self.terms: dict[tuple[str, ...], set[str]] = {}
        for number, entry in enumerate(glossary.entries):
            token = f"~{number}"
            for term in entry.en:
                self._add(tuple(words(term)), token)
            for term in entry.cy:
                folded = tuple(words(term))
                if folded:
                    for form in welsh.family(folded[0]):
                        if len(folded) == 1 and form != folded[0] and english_word(form):
                            continue
                        self._add((form, *folded[1:]), token)
        self.longest = max((len(term) for term in self.terms), default=1)
        # One-word terms are counted from word counts; only phrases need the words in order.
        self.single = {term[0]: sorted(c) for term, c in self.terms.items() if len(term) == 1}
        self.multi_firsts = frozenset(term[0] for term in self.terms if len(term) > 1)
        self._text_counts: dict[str, dict[str, int]] = {}

    def text_counts(self, text: str) -> dict[str, int]:
        """_counts of one text counted once, remembered (for texts many documents share: the
        definitions, a few hundred; past TEXTS_REMEMBERED, counted each time)."""
        found = self._text_counts.get(text)
        if found is None:
            found = _counts([(words(text), 1)], self)
            if len(self._text_counts) < TEXTS_REMEMBERED:
                self._text_counts[text] = found
        return found

    def _add(self, term: tuple[str, ...], token: str) -> None:
        if term and not (len(term) == 1 and term[0] in STOPWORDS):
            self.terms.setdefault(term, set()).add(token)

    def phrase_tokens(self, folded: Sequence[str]) -> list[str]:
        """The concepts of the glossary phrases (two words or more) found in the words."""
        found: list[str] = []
        firsts = self.multi_firsts
        for start, word in enumerate(folded):
            if word not in firsts:
                continue
            for size in range(2, min(self.longest, len(folded) - start) + 1):
                concepts = self.terms.get(tuple(folded[start : start + size]))
                if concepts:
                    found.extend(sorted(concepts))
        return found


@lru_cache(maxsize=4)
def _concepts(glossary: Glossary) -> _Concepts:
    return _Concepts(glossary, load_lexicon().english_word)


def _canonical_forms(counts: Counter[str]) -> dict[str, str]:
    """Word -> the form it is counted as: a radical for a mutated Welsh word, a singular for a
    plural, when the catalogue itself uses that form more (radicals) or at all (singulars)."""
    mapping: dict[str, str] = {}
    for word, count in counts.items():
        if word.startswith("~") or len(word) < 4:
            continue
        target = singular(word, counts) or word
        # Most words that look mutated are English ('char', 'fig'): only a form that cannot be
        # a radical, or one far rarer than its radical, is taken for a mutation.
        least = 1 if welsh.is_mutated(target) else RADICAL_RATIO * counts.get(target, count)
        target = _radical(target, counts, at_least=least) or target
        if target != word:
            mapping[word] = target
    return mapping


def _radical(word: str, known: Mapping[str, int], at_least: int) -> str | None:
    best, best_count = None, at_least - 1
    for radical in welsh.radicals(word):
        count = known.get(radical, 0)
        if radical != word and count > best_count:
            best, best_count = radical, count
    return best


@dataclass
class SemanticModel:
    """Terms, their weights and their projection to DIMENSIONS numbers, fitted on one catalogue."""

    terms: dict[str, int]
    idf: np.ndarray  # (n_terms,) float32
    projection: np.ndarray  # (n_terms, DIMENSIONS) float32
    forms: dict[str, str]  # word -> the form the model counts it as
    glossary: Glossary
    # Welsh word -> the model's terms for its English translations (from the lexicon at fit time,
    # kept with the model so every process embeds questions alike, dictionary or not)
    translations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # token -> column (-1: unknown), filled as tokens are met
    _columns: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def fit(
        cls,
        docs: Iterable[Mapping[str, Any]],
        glossary: Glossary | None = None,
        lexicon: Lexicon | None = None,
    ) -> SemanticModel:
        """Learn the representation from search documents (search/documents.py's shape); the
        lexicon (default: the installed one) gives Welsh question words their English."""
        return cls.fit_embed(docs, glossary, lexicon)[0]

    @classmethod
    def fit_embed(
        cls,
        docs: Iterable[Mapping[str, Any]],
        glossary: Glossary | None = None,
        lexicon: Lexicon | None = None,
    ) -> tuple[SemanticModel, np.ndarray]:
        """fit(), and the documents' vectors exactly as embed() gives them, from the one reading
        of their words (a rebuild reads and splits every document once, not twice)."""
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfTransformer

        glossary = glossary or load_glossary()
        concepts = _concepts(glossary)
        # One pass over the documents: each becomes arrays of raw token ids and counts, so a
        # large catalogue is held as numbers, not as lists of strings.
        raw: dict[str, int] = {}
        ids: list[np.ndarray] = []
        weights: list[np.ndarray] = []

        def add(counts: dict[str, int]) -> None:
            ids.append(
                np.fromiter(
                    (raw.setdefault(token, len(raw)) for token in counts),
                    dtype=np.int32,
                    count=len(counts),
                )
            )
            weights.append(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))

        definitions = load_definitions()
        carried: set[str] = set()
        for doc in docs:
            add(_doc_counts(doc, concepts))
            carried.update(definitions.keys_of(str(text) for text in doc.get("glosses") or ()))
        size = len(ids)  # the components; the definitions follow, fitted on and never embedded
        defined: set[str] = set()
        for counts in _definition_counts(concepts, definitions, carried):
            add(counts)
            defined.update(counts)
        every = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int32)
        in_documents = np.bincount(every, minlength=len(raw)).tolist()
        del every
        frequency = Counter(dict(zip(raw, in_documents, strict=True)))
        forms = _canonical_forms(frequency)
        merged: Counter[str] = Counter()
        for word, count in frequency.items():
            merged[forms.get(word, word)] += count
        # A definition's words are kept though no other document uses them: they are chosen, not
        # the noise a word in one component may be.
        defined = {forms.get(token, token) for token in defined}
        kept = sorted(t for t, c in merged.items() if c >= MIN_COMPONENTS or t in defined)
        terms = {term: column for column, term in enumerate(kept)}
        column_of = np.array(
            [terms.get(forms.get(token, token), -1) for token in raw], dtype=np.int32
        )
        counts = _matrix(ids, weights, column_of, len(terms))
        projection = np.zeros((len(terms), DIMENSIONS), dtype=np.float32)
        idf = np.ones(len(terms), dtype=np.float32)
        if terms and size >= 2:
            transformer = TfidfTransformer(sublinear_tf=True).fit(counts)
            idf = transformer.idf_.astype(np.float32)
            # In place: the counts are not needed again (the vectors below get a matrix of
            # their own), and a second copy of them is the largest thing a big rebuild holds.
            weighted = transformer.transform(counts, copy=False)
            # LSA generalises only with far fewer axes than documents: a small catalogue gets
            # one axis per DOCS_PER_AXIS components. One axis cannot tell near from far (every
            # vector lies along it, one way or the other), so a model needs two or is empty.
            rank = min(DIMENSIONS, size // DOCS_PER_AXIS, len(terms) - 1)
            if rank >= 2:
                svd = TruncatedSVD(
                    n_components=rank,
                    algorithm="randomized",
                    n_iter=SVD_ITERATIONS,
                    random_state=0,
                )
                with warnings.catch_warnings():
                    # A tiny catalogue whose documents all read alike has no variance to explain:
                    # sklearn's explained-variance ratio then divides by zero; the axes are fine.
                    warnings.simplefilter("ignore", RuntimeWarning)
                    svd.fit(weighted)
                projection[:, :rank] = np.nan_to_num(svd.components_.T)
            del weighted
        del counts  # the documents' vectors below need their own matrix: free this one first
        model_forms = {w: f for w, f in forms.items() if f in terms}
        model = cls(terms, idf, projection, model_forms, glossary)
        model.translations = model._translations(load_lexicon() if lexicon is None else lexicon)
        # As embed() maps each document's tokens (its forms of unknown words included).
        to_column = np.fromiter((model._column(token) for token in raw), np.int32, len(raw))
        return model, model._project(_matrix(ids[:size], weights[:size], to_column, len(terms)))

    def _translations(self, lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
        """Welsh word -> the terms of its English translations this model knows, first sense first."""
        found: dict[str, tuple[str, ...]] = {}
        for word, senses in lexicon.senses.items():
            targets: list[str] = []
            for sense in senses:
                for english in sense:
                    term = self._form(english)
                    if term is not None and term != word and term not in targets:
                        targets.append(term)
            if targets:
                found[word] = tuple(targets[:MAX_TRANSLATIONS])
        return found

    def _translated(self, counts: dict[str, int]) -> dict[str, int]:
        """The counts with each Welsh word's English translations added (mutated forms too), but
        not an English word's: 'we' in 'we need a booking system' is not a soft-mutated 'gwe'
        (web), as the question's parsing reads it (search.lexicon.Translating)."""
        if not self.translations:
            return counts
        english_word = load_lexicon().english_word
        added = dict(counts)
        for word, count in counts.items():
            if word.startswith("~") or english_word(word):
                continue
            for term in welsh.look_up(word, self.translations) or ():
                added[term] = added.get(term, 0) + count
        return added

    @property
    def empty(self) -> bool:
        return not self.terms or not self.projection.any()

    def _form(self, word: str) -> str | None:
        if word in self.terms:
            return word
        form = self.forms.get(word)
        if form is not None:
            return form
        # A word the catalogue never used as typed: its singular, or a mutated form's radical.
        target = singular(word, self.terms) or word
        if target in self.terms:
            return target
        return _radical(target, _Known(self.terms), at_least=1) or derived(target, self.terms)

    def _column(self, token: str) -> int:
        column = self._columns.get(token)
        if column is None:
            form = token if token.startswith("~") else self._form(token)
            column = self.terms.get(form, -1) if form is not None else -1
            if len(self._columns) < 200_000:
                self._columns[token] = column
        return column

    def _vectors(self, rows: Iterable[dict[str, int]]) -> np.ndarray:
        ids: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for counts in rows:
            columns = [self._column(token) for token in counts]
            ids.append(np.array(columns, dtype=np.int32))
            weights.append(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
        return self._project(_matrix(ids, weights, None, len(self.terms)))

    def _project(self, matrix: sp.csr_matrix) -> np.ndarray:
        """Unit vectors of a count matrix over the model's columns."""
        if matrix.nnz:
            # TF-IDF as fitted: sublinear term frequency times the term's rarity.
            matrix.data = (1 + np.log(matrix.data)) * self.idf[matrix.indices]
        return _normalised(np.asarray(matrix @ self.projection, dtype=np.float32))

    def embed(self, docs: Iterable[Mapping[str, Any]]) -> np.ndarray:
        """Unit vectors (zero where nothing is known) for search documents, one row each."""
        concepts = _concepts(self.glossary)
        return self._vectors(_doc_counts(doc, concepts) for doc in docs)

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (zero where no word is known) for free text such as a query."""
        concepts = _concepts(self.glossary)
        return self._vectors(
            self._translated(_counts([(words(text), 1)], concepts)) for text in texts
        )

    def to_bytes(self) -> bytes:
        """The model as bytes, to store with the index."""
        buffer = io.BytesIO()
        ordered = sorted(self.terms, key=self.terms.__getitem__)
        np.savez_compressed(
            buffer,
            version=np.array([_VERSION]),
            terms=np.array("\n".join(ordered)),
            idf=self.idf,
            projection=self.projection.astype(np.float16),
            forms=np.array("\n".join(f"{w}\t{f}" for w, f in sorted(self.forms.items()))),
            translations=np.array(
                "\n".join(f"{w}\t{' '.join(t)}" for w, t in sorted(self.translations.items()))
            ),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, glossary: Glossary | None = None) -> SemanticModel:
        """A model stored by to_bytes (ValueError if it is of another version)."""
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:
            if int(stored["version"][0]) != _VERSION:
                raise ValueError("semantic model of another version: rebuild the index")
            joined = str(stored["terms"])
            ordered = joined.split("\n") if joined else []
            pairs = str(stored["forms"])
            forms = dict(line.split("\t", 1) for line in pairs.split("\n")) if pairs else {}
            # Models stored before translations existed have none.
            lines = str(stored["translations"]) if "translations" in stored.files else ""
            translations = {
                word: tuple(targets.split(" "))
                for word, targets in (line.split("\t", 1) for line in lines.split("\n") if line)
            }
            return cls(
                {term: column for column, term in enumerate(ordered)},
                stored["idf"].astype(np.float32),
                stored["projection"].astype(np.float32),
                forms,
                glossary or load_glossary(),
                translations,
            )


class _Known(dict):
    """A term -> column dict read as term -> 1 (present), for _radical's frequency test."""

    def __init__(self, terms: Mapping[str, int]) -> None:
        super().__init__()
        self.terms = terms

    def get(self, key: str, default: int = 0) -> int:  # type: ignore[override]
        return 1 if key in self.terms else default


def _matrix(
    ids: list[np.ndarray], weights: list[np.ndarray], column_of: np.ndarray | None, width: int
) -> sp.csr_matrix:
    """Rows of (token id, count) as a sparse count matrix over the model's columns: `column_of`
    maps raw ids to columns (None: the ids are columns); -1 is none; counts of a column add up.

    The rows come in order, so the compressed rows are built directly, each temporary array let go
    as soon as the next is made. Going through coordinates held several times the finished matrix
    at once (170 MB more for a 40 MB matrix at 20,000 components, measured), the most a large
    rebuild held; now about half that."""
    lengths = np.fromiter((len(row) for row in ids), dtype=np.int64, count=len(ids))
    if not lengths.sum():
        return sp.csr_matrix((len(ids), width), dtype=np.float32)
    columns = np.concatenate(ids)
    if column_of is not None:
        columns = column_of[columns]
    keep = columns >= 0
    columns = columns[keep]
    data = np.concatenate(weights)[keep]
    # Each row's kept entries: the running count of kept entries at each row's end.
    counter = np.int32 if keep.size < np.iinfo(np.int32).max else np.int64
    kept = np.cumsum(keep, dtype=counter)
    del keep
    ends = np.cumsum(lengths)
    indptr = np.zeros(len(ids) + 1, dtype=np.int64)
    nonempty = ends > 0
    indptr[1:][nonempty] = kept[ends[nonempty] - 1]
    del kept
    matrix = sp.csr_matrix((data, columns, indptr), shape=(len(ids), width), dtype=np.float32)
    matrix.sum_duplicates()
    return matrix


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.divide(vectors, norms, out=vectors, where=norms > 0)
    return vectors


def fit(docs: Iterable[Mapping[str, Any]], glossary: Glossary | None = None) -> SemanticModel:
    """Learn the representation from search documents; see SemanticModel.fit."""
    return SemanticModel.fit(docs, glossary)
