"""One generation of the index held in memory: arrays, vocabulary and cached document lists."""

from __future__ import annotations

import bisect
import heapq
import math
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from search.backend import FILTER_FIELDS
from search.definitions import load_definitions
from search.embedded import vectors as semantic_vectors
from search.embedded.compounds import compound_parts
from search.embedded.fields import (
    BM25_K1,
    FIELDS,
    GLOSS_FIELD,
    LENGTH_B,
    NEED_FIELD,
    TERM_FIELD,
)
from search.embedded.glosses import NEEDS, TERMS, GlossIndex
from search.embedded.store import LENGTH_COLUMNS
from search.glossary import Glossary
from search.loans import loan_table
from search.semantic import SemanticModel

MAX_TYPOS = 8  # typo corrections tried per word, closest and most frequent first
LOAN_FIELDS = ("name", "tags", "description")  # where a loanword's English is looked for
PACK_LIMIT = 1 << 16  # most value combinations counted in one bincount (facet counts)
POSTINGS_BUDGET = 8_000_000  # cached document positions per snapshot (4 bytes each)
# The document lists of frequent words (long, so slow to read from FTS5: ~0.1 µs a document) are
# read once per snapshot, in the background, and held for its life: a word in at least
# PRELOAD_SHARE of the documents (and PRELOAD_MIN_DOCS), most frequent first, within the budget.
PRELOAD_MIN_DOCS, PRELOAD_SHARE, PRELOAD_BUDGET = 1_000, 0.01, 16_000_000
_EMPTY = np.zeros(0, dtype=np.int32)


class Snapshot:
    """Everything about one generation of the index that queries read from memory."""

    def __init__(
        self, generation: str, rows: list[tuple], field_vocab: dict[str, dict[str, int]]
    ) -> None:
        self.generation = generation
        self.size = len(rows)
        width = 5 + len(FILTER_FIELDS) + len(FIELDS) + 1
        columns = list(zip(*rows, strict=True)) if rows else [()] * width
        self.ids = np.array(columns[0], dtype=np.int64)
        self.position_of = position_map(self.ids)
        self.archived_positions = np.flatnonzero(np.array(columns[1], dtype=bool))
        self.updated = np.array(columns[2], dtype=np.int64)
        ranks = np.arange(self.size, dtype=np.int64)
        self.order_updated = np.lexsort((self.ids, -self.updated)) if rows else ranks
        self.updated_rank = np.empty(self.size, dtype=np.int64)
        self.updated_rank[self.order_updated] = ranks
        names = np.array(columns[3], dtype=str) if rows else np.array([], dtype=str)
        self.order_name = np.lexsort((self.ids, names)) if rows else ranks
        self.name_rank = np.empty(self.size, dtype=np.int64)
        self.name_rank[self.order_name] = ranks
        self.exact_names = ExactNames(columns[4], self.size)
        self.values: dict[str, list[str]] = {}
        self.codes: dict[str, np.ndarray] = {}
        for offset, field in enumerate(FILTER_FIELDS, start=5):
            if field == "topic":
                self._load_topics(columns[offset])
            else:
                values = list(dict.fromkeys(columns[offset]))
                index = {value: code for code, value in enumerate(values)}
                self.values[field] = values
                self.codes[field] = np.fromiter(
                    map(index.__getitem__, columns[offset]), dtype=np.int32, count=self.size
                )
        # The single-valued fields' codes packed, a few fields to a number (mixed radix), so one
        # gather and one bincount per pack count all their values at once.
        self.packs: list[tuple[np.ndarray, list[str]]] = []
        fields: list[str] = []
        for field in sorted((f for f in FILTER_FIELDS if f != "topic"), key=self._cardinality):
            if fields and math.prod(map(self._cardinality, [*fields, field])) > PACK_LIMIT:
                self.packs.append(self._pack(fields))
                fields = []
            fields.append(field)
        if fields:
            self.packs.append(self._pack(fields))
        first = 5 + len(FILTER_FIELDS)
        self.norms = {
            field: _length_norm(np.array(columns[first + i], dtype=np.float32), field)
            for i, field in enumerate(FIELDS)
        }
        self.glosses = GlossIndex(columns[first + len(FIELDS)], load_definitions())
        self.norms[GLOSS_FIELD] = _length_norm(self.glosses.lengths, GLOSS_FIELD)
        self.needs = self.glosses.twin(NEEDS)
        self.norms[NEED_FIELD] = _length_norm(self.needs.lengths, NEED_FIELD)
        self.terms = self.glosses.twin(TERMS)
        self.norms[TERM_FIELD] = _length_norm(self.terms.lengths, TERM_FIELD)
        field_vocab = {
            **field_vocab,
            GLOSS_FIELD: self.glosses.vocab,
            NEED_FIELD: self.needs.vocab,
            TERM_FIELD: self.terms.vocab,
        }
        self.value_codes = {f: {v: c for c, v in enumerate(vs)} for f, vs in self.values.items()}
        self.alphabetical = {f: _ranks(vs) for f, vs in self.values.items()}
        self.field_vocab = field_vocab
        vocab: dict[str, int] = {}
        for terms in field_vocab.values():
            for term, count in terms.items():
                vocab[term] = vocab.get(term, 0) + count
        self.vocab = vocab
        self.sorted_terms = sorted(vocab)
        self.by_length: dict[int, list[str]] = {}
        for term in self.sorted_terms:
            self.by_length.setdefault(len(term), []).append(term)
        self.empty_facets: dict[str, dict[str, int]] | None = None
        self._cache: OrderedDict[tuple[str, str, bool], np.ndarray] = OrderedDict()
        self._cached = 0
        self._typos: dict[str, list[tuple[str, int]]] = {}
        self._compounds: dict[str, tuple[str, ...]] | None = None
        self._brand_terms: list[str] | None = None
        self._loans: dict[str, tuple[str, ...]] | None = None
        self._lock = threading.Lock()
        # (field, word) -> positions, filled by preload(): read without a lock, as each entry is
        # set once, whole, by one assignment.
        self.frequent: dict[tuple[str, str], np.ndarray] = {}
        # The semantic model and each document's vector by position (load() fills them).
        self.semantic: SemanticModel | None = None
        self.vectors: np.ndarray | None = None

    def _cardinality(self, field: str) -> int:
        return max(1, len(self.values[field]))

    def _pack(self, fields: list[str]) -> tuple[np.ndarray, list[str]]:
        packed = np.zeros(self.size, dtype=np.int32)
        for field in fields:
            packed *= self._cardinality(field)
            packed += self.codes[field]
        return packed, fields

    def _load_topics(self, column: tuple[str, ...]) -> None:
        self.topic_docs, topics = _flatten(column, self.size, keep_empty=False)
        self.values["topic"] = list(dict.fromkeys(topics))
        index = {topic: code for code, topic in enumerate(self.values["topic"])}
        self.codes["topic"] = np.fromiter(
            map(index.__getitem__, topics), dtype=np.int32, count=len(topics)
        )

    @classmethod
    def load(
        cls, conn: sqlite3.Connection, generation: str, glossary: Glossary | None = None
    ) -> Snapshot:
        """Read the arrays, vocabulary and vectors of the index as this transaction sees it."""
        facet_columns = ", ".join(f"f_{field}" for field in FILTER_FIELDS)
        length_columns = ", ".join(LENGTH_COLUMNS)
        rows = conn.execute(
            f"SELECT id, archived, updated, name_key, name_keys, {facet_columns}, "  # noqa: S608 - names are constants
            f"{length_columns}, definitions FROM docs ORDER BY id"
        ).fetchall()
        vocab = {
            field: dict(conn.execute(f"SELECT term, doc FROM vocab_{field}"))  # noqa: S608 - names are constants
            for field in FIELDS
        }
        snapshot = cls(generation, rows, vocab)
        if glossary is not None:
            snapshot.semantic, snapshot.vectors = semantic_vectors.load(
                conn, snapshot.ids, glossary
            )
        return snapshot

    def postings(
        self, conn: sqlite3.Connection, field: str, words_: tuple[str, ...], phrase: bool = False
    ) -> np.ndarray:
        """Positions of documents whose field holds any of the words (or, as a phrase, all)."""
        if field == GLOSS_FIELD:
            return self.glosses.postings(words_, phrase)
        if field == TERM_FIELD:
            return self.terms.postings(words_, phrase)
        present = self.field_vocab[field]
        if phrase:
            if not all(word in present for word in words_):
                return _EMPTY
        else:
            words_ = tuple(word for word in words_ if word in present)
            if not words_:
                return _EMPTY
        key = (field, " ".join(words_), phrase)
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
        # One look at each word: the preloader may add lists meanwhile, and a word seen neither
        # held nor unheld would be lost from the answer.
        held, rest = [], []
        for word in words_:
            found = self.frequent.get((field, word))
            if found is None:
                rest.append(word)
            else:
                held.append(found)
        if not phrase and held:
            if rest:
                held.append(self._read(conn, field, " OR ".join(f'"{word}"' for word in rest)))
            found = union(held, self.size)
        elif not phrase:
            found = self._read(conn, field, " OR ".join(f'"{word}"' for word in words_))
        else:
            found = self._read(conn, field, '"' + " ".join(words_) + '"')
        with self._lock:
            self._cache[key] = found
            self._cached += found.size
            while self._cached > POSTINGS_BUDGET and len(self._cache) > 1:
                _, dropped = self._cache.popitem(last=False)
                self._cached -= dropped.size
        return found

    def _read(self, conn: sqlite3.Connection, field: str, match: str) -> np.ndarray:
        """Positions of the documents an FTS5 query matches in one field's table."""
        table = f"fts_{field}"
        (joined,) = conn.execute(
            f"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ?",  # noqa: S608 - names are constants
            (match,),
        ).fetchone()
        return self.positions(np.fromstring(joined, dtype=np.int64, sep=",")) if joined else _EMPTY

    def frequent_words(self) -> list[tuple[str, str]]:
        """(field, word) of the words whose lists are worth holding, most frequent first."""
        least = max(PRELOAD_MIN_DOCS, int(self.size * PRELOAD_SHARE))
        counted = sorted(
            (
                (count, field, word)
                for field, vocab in self.field_vocab.items()
                if field not in (GLOSS_FIELD, NEED_FIELD, TERM_FIELD)  # held in memory already
                for word, count in vocab.items()
                if count >= least
            ),
            reverse=True,
        )
        chosen, total = [], 0
        for count, field, word in counted:
            if total + count <= PRELOAD_BUDGET:
                chosen.append((field, word))
                total += count
        return chosen

    def preload(
        self,
        conn: sqlite3.Connection,
        wanted: Callable[[], bool],
        words: list[tuple[str, str]],
        unchanged: Callable[[], bool] = lambda: True,
    ) -> int:
        """Read and hold the lists of `words` (frequent_words()) while `wanted()`; returns how
        many were read. A list read when `unchanged()` no longer holds is thrown away."""
        done = 0
        for field, word in words:
            if not wanted():
                break
            found = self._read(conn, field, f'"{word}"')
            if not unchanged():
                break
            self.frequent[field, word] = found
            done += 1
        return done

    def positions(self, ids: np.ndarray) -> np.ndarray:
        """The snapshot positions of the documents with these ids, in the same order."""
        if self.position_of is not None:
            found = self.position_of[ids[ids < self.position_of.size]]
            return found[found >= 0]
        positions = np.searchsorted(self.ids, ids)
        positions = positions[positions < self.size]
        return positions[self.ids[positions] == ids[: positions.size]].astype(np.int32)

    def forget(self) -> None:
        """Drop cached document lists (benchmarks use this to time queries from cold)."""
        with self._lock:
            self._cache.clear()
            self._cached = 0
            self._typos.clear()

    def brand_terms(self) -> list[str]:
        """The brand field's words (owners' account names, acronyms, web brands), sorted; worked
        out once per snapshot."""
        found = self._brand_terms
        if found is None:
            found = sorted(self.field_vocab.get("brand", {}))
            self._brand_terms = found
        return found

    def compounds(self, known: Callable[[str], bool]) -> dict[str, tuple[str, ...]]:
        """Word -> the names' compound words it is half of ('stats' -> ('statswales',)); `known`
        tells the words of the dictionaries, never split. Worked out once per snapshot."""
        found = self._compounds
        if found is None:
            found = compound_parts(self.field_vocab.get("name", {}), self.vocab, known)
            self._compounds = found
        return found

    def loans(self, english: Callable[[str], bool]) -> dict[str, tuple[str, ...]]:
        """Loan key -> the English words of names, topics and descriptions with that key
        (search/loans.py); `english` tells them. Worked out once per snapshot."""
        found = self._loans
        if found is None:
            short = set().union(*(self.field_vocab.get(f, {}) for f in LOAN_FIELDS))
            found = loan_table(short, english)
            self._loans = found
        return found

    def completions(self, prefix: str, limit: int) -> list[str]:
        """The most frequent indexed words that start with the prefix (excluding itself)."""
        start = bisect.bisect_left(self.sorted_terms, prefix)
        stop = bisect.bisect_left(self.sorted_terms, prefix + "\U0010ffff", start)
        found = [t for t in self.sorted_terms[start:stop] if t != prefix]
        if len(found) > limit:
            found = heapq.nlargest(limit, found, key=self.vocab.__getitem__)
        return found

    def typos(self, word: str) -> list[tuple[str, int]]:
        """Indexed words within Meilisearch's typo budget of the word: 1 for 5+ letters, 2 for 9+."""
        cached = self._typos.get(word)
        if cached is not None:
            return cached
        budget = 2 if len(word) >= 9 else 1 if len(word) >= 5 else 0
        found: list[tuple[str, int]] = []
        if budget:
            for length in range(len(word) - budget, len(word) + budget + 1):
                candidates = self.by_length.get(length)
                if not candidates:
                    continue
                for term, distance, _ in process.extract(
                    word, candidates, scorer=OSA.distance, score_cutoff=budget, limit=None
                ):
                    if distance:
                        found.append((term, int(distance)))
            found.sort(key=lambda item: (item[1], -self.vocab[item[0]]))
            found = found[:MAX_TYPOS]
        if len(self._typos) > 10_000:
            self._typos.clear()
        self._typos[word] = found
        return found

    def closest(self, word: str) -> str | None:
        """The indexed word most like an unknown word and starting as it does (its first two
        letters, as Meilisearch's suggestions are chosen), for 'did you mean': a misspelling
        seldom changes how a word starts, and 'pseudonymisation' is not 'customisation'."""
        best: tuple[float, int, str] | None = None
        start = word[:2]
        for length in range(max(1, len(word) - 3), len(word) + 4):
            candidates = [c for c in self.by_length.get(length, ()) if c.startswith(start)]
            if not candidates:
                continue
            for term, similarity, _ in process.extract(
                word, candidates, scorer=fuzz.ratio, score_cutoff=60, limit=5
            ):
                option = (similarity, self.vocab[term], term)
                if best is None or option > best:
                    best = option
        return best[2] if best else None

    def mask(self, field: str, values: Iterable[str]) -> np.ndarray:
        """Documents whose field has any of the values (unknown values match nothing)."""
        index = self.value_codes[field]
        wanted = [index[value] for value in values if value in index]
        if field != "topic":
            return np.isin(self.codes[field], wanted)
        mask = np.zeros(self.size, dtype=bool)
        mask[self.topic_docs[np.isin(self.codes["topic"], wanted)]] = True
        return mask

    def counts(
        self, field: str, mask: np.ndarray | None, positions: np.ndarray | None = None
    ) -> np.ndarray:
        """How many documents in the mask (None: all) have each value of the field."""
        codes = self.codes[field]
        if field == "topic":
            if mask is not None:
                codes = codes[mask[self.topic_docs]]
        elif positions is not None:
            codes = codes[positions]
        elif mask is not None:
            codes = codes[mask]
        return np.bincount(codes, minlength=len(self.values[field]))

    def counts_together(
        self, fields: list[str], positions: np.ndarray | None
    ) -> dict[str, np.ndarray]:
        """Counts for the single-valued fields: per pack of fields, one gather and one bincount."""
        found = {}
        for packed, packed_fields in self.packs:
            wanted = [f for f in packed_fields if f in fields]
            if not wanted:
                continue
            shape = tuple(map(self._cardinality, packed_fields))
            codes = packed if positions is None else packed[positions]
            grid = np.bincount(codes, minlength=math.prod(shape)).reshape(shape)
            for field in wanted:
                axis = packed_fields.index(field)
                others = tuple(a for a in range(len(shape)) if a != axis)
                found[field] = grid.sum(axis=others) if others else grid
        return found

    def top_values(self, field: str, counts: np.ndarray, chosen: list[str], limit: int):
        """The most frequent values (ties alphabetical), plus any chosen ones, with their counts."""
        values = self.values[field]
        nonzero = np.flatnonzero(counts)
        if nonzero.size > 1:
            nonzero = nonzero[np.lexsort((self.alphabetical[field][nonzero], -counts[nonzero]))]
        result = {values[c]: int(counts[c]) for c in nonzero[: limit + 1].tolist() if values[c]}
        if len(result) > limit:
            result = dict(list(result.items())[:limit])
        for value in chosen:
            if value not in result:
                code = self.value_codes[field].get(value)
                result[value] = int(counts[code]) if code is not None else 0
        return result


class ExactNames:
    """Documents by the exact folded words of their name, found through sorted string hashes."""

    def __init__(self, column: tuple[str, ...], size: int) -> None:
        self.positions, self.keys = _flatten(column, size, keep_empty=True)
        hashes = np.fromiter(map(hash, self.keys), dtype=np.int64, count=len(self.keys))
        self.order = np.argsort(hashes, kind="stable")  # equal hashes stay in document order
        self.hashes = hashes[self.order]

    def get(self, key: str) -> list[int]:
        """Positions of the documents named exactly `key`, in order."""
        wanted = hash(key)
        start = int(np.searchsorted(self.hashes, wanted, side="left"))
        stop = int(np.searchsorted(self.hashes, wanted, side="right"))
        found = self.order[start:stop].tolist()
        return [int(self.positions[i]) for i in found if self.keys[i] == key]


def _flatten(column: tuple[str, ...], size: int, keep_empty: bool) -> tuple[np.ndarray, list[str]]:
    """Newline-joined lists, one per document, as (document position, item) pairs, in order.

    An empty string is a list of one empty item with `keep_empty`, else of none.
    """
    if keep_empty:
        joined = column
        lengths = [text.count("\n") + 1 for text in column]
    else:
        joined = tuple(text for text in column if text)
        lengths = [text.count("\n") + 1 if text else 0 for text in column]
    items = "\n".join(joined).split("\n") if joined else []
    return np.repeat(np.arange(size, dtype=np.int64), np.array(lengths, dtype=np.int64)), items


def position_map(ids: np.ndarray) -> np.ndarray | None:
    """id -> position (-1 where no document), when ids are dense enough for a plain array."""
    if not ids.size or ids[0] < 0 or ids[-1] > 4 * ids.size + 100_000:
        return None  # sparse ids: positions() falls back to a binary search
    position_of = np.full(int(ids[-1]) + 1, -1, dtype=np.int32)
    position_of[ids] = np.arange(ids.size, dtype=np.int32)
    return position_of


def union(lists: list[np.ndarray], size: int) -> np.ndarray:
    """The sorted positions in any of the lists."""
    if len(lists) == 1:
        return lists[0]
    mask = np.zeros(size, dtype=bool)
    for positions in lists:
        mask[positions] = True
    return np.flatnonzero(mask).astype(np.int32)


def _length_norm(lengths: np.ndarray, field: str) -> np.ndarray:
    """BM25's weight for one occurrence: (k1 + 1) / (1 + k1 (1 - b + b len / mean len))."""
    if not lengths.size:
        return lengths
    mean = float(lengths.mean()) or 1.0
    b = LENGTH_B[field]
    return ((BM25_K1 + 1) / (1 + BM25_K1 * (1 - b + b * lengths / mean))).astype(np.float32)


def _ranks(values: list[str]) -> np.ndarray:
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[sorted(range(len(values)), key=values.__getitem__)] = np.arange(len(values))
    return ranks
