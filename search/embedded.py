"""EmbeddedSearchBackend: an SQLite FTS5 index on disk (or in memory), ranked and faceted in numpy.

FTS5 tokenizes, stores and matches; per-term document lists come out of it with one cheap query
each. Ranking, filters, facet counts and sorting then run over numpy arrays held per process, so a
query costs about the same at 100,000 components as at 1,000 (FTS5's own bm25() costs ~1.5 µs per
matching row, too slow for common words at that size).
"""

from __future__ import annotations

import bisect
import contextlib
import heapq
import html
import itertools
import json
import logging
import math
import os
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from search import welsh
from search.backend import (
    FILTER_FIELDS,
    Document,
    Health,
    Hit,
    Page,
    Query,
    SearchUnavailableError,
)
from search.glossary import Glossary, load_glossary
from search.querytext import (
    STOPWORDS,
    WORD,
    ParsedQuery,
    corrected_synonyms,
    fold,
    parse,
    spans,
    validate,
    words,
)

log = logging.getLogger(__name__)

FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "name_text"),
    "tags": ("topics", "keywords"),
    "description": ("description", "description_cy"),
    "organisation": ("organisation",),
    "readme": ("readme",),
}
# A word in the name counts most, then topics/keywords, then description, then organisation, README.
FIELD_WEIGHTS = {"name": 8.0, "tags": 5.0, "description": 3.0, "organisation": 1.5, "readme": 1.0}
ALL_FIELDS = tuple(FIELDS)
# Mutated forms only count in short fields: in long English READMEs 'bin' -> 'pin' is mostly noise.
PHRASE_FIELDS = ("name", "tags", "description")
# Only words as typed are looked up in READMEs: completions, typo corrections and synonyms there
# cost the most (README word lists are long) and add mostly noise at README weight.
SHORT_FIELDS = ("name", "tags", "description", "organisation")
# Synonyms, typo corrections and mutated forms also skip organisation names, which repeat on every
# component of a body ('Language Technologies Unit') and would drown the real matches.
VARIANT_FIELDS = ("name", "tags", "description")
EXACT_WEIGHT, MUTATION_WEIGHT, PREFIX_WEIGHT = 1.0, 0.9, 0.85
TYPO_WEIGHTS = {1: 0.6, 2: 0.45}
ARCHIVED_FACTOR = 0.8
# BM25 length normalisation per field (term frequencies are not stored: every match counts once).
BM25_K1 = 1.2
LENGTH_B = {"name": 0.5, "tags": 0.5, "description": 0.75, "organisation": 0.3, "readme": 0.75}
MAX_COMPLETIONS, MAX_TYPOS = 30, 8
# Typo corrections are skipped for words already in this many index entries (field x document):
# they are spelt as the index spells them, and corrections would only add noise and cost.
TYPO_UNLESS_SEEN = 5
PACK_LIMIT = 1 << 16  # most value combinations counted in one bincount (facet counts)
POSTINGS_BUDGET = 8_000_000  # cached document positions per snapshot (4 bytes each)
# The document lists of frequent words (long, so slow to read from FTS5: ~0.1 µs a document) are
# read once per snapshot, in the background, and held for its life: a word in at least
# PRELOAD_SHARE of the documents (and PRELOAD_MIN_DOCS), most frequent first, within the budget.
PRELOAD_MIN_DOCS, PRELOAD_SHARE, PRELOAD_BUDGET = 1_000, 0.01, 16_000_000
_EMPTY = np.zeros(0, dtype=np.int32)

# Changes whenever the table layout does (the filter fields are columns), so an index file built
# by an older release is reported as needing a rebuild instead of failing query by query.
SCHEMA_VERSION = "4:" + ",".join(FILTER_FIELDS)
FACET_LIMIT = 100
_TOKENIZER = "unicode61 remove_diacritics 2"
_FACET_COLUMNS = tuple(f"f_{name}" for name in FILTER_FIELDS)
_TEXT_COLUMNS = tuple(column for columns in FIELDS.values() for column in columns)
_LENGTH_COLUMNS = tuple(f"len_{field}" for field in FIELDS)
_DOC_COLUMNS = ("id", "full_name", *_TEXT_COLUMNS, "archived", "updated", "name_key", "name_keys")
_DOC_COLUMNS += _FACET_COLUMNS + _LENGTH_COLUMNS
_BATCH = 500


def _schema() -> list[str]:
    text_columns = ", ".join(f"{column} TEXT NOT NULL DEFAULT ''" for column in _TEXT_COLUMNS)
    facet_columns = ", ".join(f"{column} TEXT NOT NULL DEFAULT ''" for column in _FACET_COLUMNS)
    facet_columns += "".join(f", {column} INTEGER NOT NULL DEFAULT 0" for column in _LENGTH_COLUMNS)
    statements = [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"""CREATE TABLE IF NOT EXISTS docs (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL DEFAULT '', {text_columns},
            archived INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,
            name_key TEXT NOT NULL DEFAULT '', name_keys TEXT NOT NULL DEFAULT '',
            {facet_columns})""",
    ]
    for field, columns in FIELDS.items():
        # The README is only matched word by word, so it skips positions (smaller, faster to build).
        detail = ", detail=none" if field == "readme" else ""
        statements.append(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS fts_{field} USING fts5({', '.join(columns)}, "
            f"content='docs', content_rowid='id', tokenize='{_TOKENIZER}'{detail})"
        )
        statements.append(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS vocab_{field} USING fts5vocab(fts_{field}, 'row')"
        )
    statements.append(
        "INSERT OR IGNORE INTO meta VALUES ('schema', '" + SCHEMA_VERSION + "'), "
        "('generation', 'new')"
    )
    return statements


def _clean(value: object) -> str:
    return str(value or "").replace("\x00", "")


def document_row(doc: Document) -> tuple:
    """The docs-table row for one search document (the shape search/documents.py gives)."""
    organisation = " ".join(
        _clean(doc.get(key))
        for key in ("organisation_name", "organisation_name_cy", "owner", "organisation")
    )
    topics = [_clean(topic) for topic in doc.get("topics") or doc.get("topic") or []]
    values = {
        "id": int(doc["id"]),
        "full_name": _clean(doc.get("full_name")),
        "name": _clean(doc.get("name")),
        "name_text": _clean(doc.get("name_text") or doc.get("name")),
        "topics": ", ".join(topics),
        "keywords": ", ".join(_clean(k) for k in doc.get("keywords") or []),
        "description": _clean(doc.get("description")),
        "description_cy": _clean(doc.get("description_cy")),
        "organisation": organisation,
        "readme": _clean(doc.get("readme")),
        "archived": 1 if doc.get("archived") else 0,
        "updated": int(doc.get("updated") or 0),
        "name_key": _clean(doc.get("name")).casefold(),
        # The name as folded words, two ways ('hunspell cy'), for the exact-name bonus.
        "name_keys": "\n".join(
            {" ".join(words(_clean(doc.get(key)))) for key in ("name", "name_text")} - {""}
        ),
    }
    for name in FILTER_FIELDS:
        raw = doc.get(name)
        if name == "topic":
            values["f_topic"] = "\n".join(_clean(t).replace("\n", " ") for t in (raw or topics))
        else:
            values[f"f_{name}"] = _clean(raw)
    for field, columns in FIELDS.items():
        # Characters, not words: counting words of a long README costs more than it tells.
        values[f"len_{field}"] = sum(len(values[column]) for column in columns)
    return tuple(values[column] for column in _DOC_COLUMNS)


class EmbeddedSearchBackend:
    """The default engine: SQLite FTS5 in one file (None keeps it in memory, for tests)."""

    name = "embedded"

    def __init__(self, path: Path | None, glossary: Glossary | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.glossary = glossary or load_glossary()
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.RLock()  # guards the shared connection (memory) and bookkeeping
        self._write_lock = threading.RLock()
        self._snapshot: Snapshot | None = None
        self._ready = False
        self._memory: sqlite3.Connection | None = None
        self._preloader: threading.Thread | None = None
        self._closing = threading.Event()
        if self.path is None:
            self._memory = self._connect(":memory:")
            self._ensure_schema(self._memory)

    # -- connections ------------------------------------------------------------------------------

    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        # The index is derived data that a rebuild restores, so skip the fsync per commit that
        # FULL costs (~7 ms); NORMAL can only lose the last commits if the machine itself crashes.
        conn.execute("PRAGMA synchronous = NORMAL")
        with self._lock:
            self._connections.append(conn)
        return conn

    def _inode(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self.path)  # type: ignore[arg-type]
        except FileNotFoundError:
            return None
        return (stat.st_dev, stat.st_ino)

    def _ensure_schema(self, conn: sqlite3.Connection) -> None:
        for statement in _schema():
            conn.execute(statement)
        self._ready = True

    def _file_connection(self) -> sqlite3.Connection:
        """This thread's connection to the index file, reopened when a rebuild replaced the file."""
        if self.path is None:
            raise RuntimeError("an in-memory index has no file")
        inode = self._inode()
        current = getattr(self._local, "conn", None)
        if current is not None and current[1] == inode and inode is not None:
            return current[0]
        if current is not None:
            self._discard(current[0])
        if inode is None or not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(str(self.path))
            with self._write_lock:
                self._ensure_schema(conn)
            inode = self._inode()
        else:
            conn = self._connect(str(self.path))
        self._local.conn = (conn, inode)
        return conn

    def _discard(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            if conn in self._connections:
                self._connections.remove(conn)
        conn.close()

    @contextlib.contextmanager
    def _transaction(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        """A read (or write) transaction, so one query sees one consistent state of the index."""
        try:
            if self._memory is not None:
                with self._lock:
                    yield from self._run(self._memory, write)
            elif write:
                with self._write_lock:
                    yield from self._run(self._file_connection(), write)
            else:
                yield from self._run(self._file_connection(), write)
        except sqlite3.OperationalError as exc:
            raise SearchUnavailableError(f"search index unavailable: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise SearchUnavailableError(f"search index unreadable, rebuild it: {exc}") from exc

    def _run(self, conn: sqlite3.Connection, write: bool) -> Iterator[sqlite3.Connection]:
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        if write and self.path is not None and self._local.conn[1] != self._inode():
            # A rebuild swapped the file while we waited for the lock: write to the new one.
            conn.execute("ROLLBACK")
            self._discard(conn)
            self._local.conn = None
            conn = self._file_connection()
            conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if write:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (uuid.uuid4().hex,))
        conn.execute("COMMIT")

    def _current(self, conn: sqlite3.Connection) -> Snapshot:
        generation = _check_schema(conn)
        snapshot = self._snapshot
        if snapshot is None or snapshot.generation != generation:
            with self._lock:
                snapshot = self._snapshot
                if snapshot is None or snapshot.generation != generation:
                    snapshot = Snapshot.load(conn, generation)
                    self._snapshot = snapshot
                    self._start_preload(snapshot)
        return snapshot

    def _start_preload(self, snapshot: Snapshot) -> None:
        if self.path is None or not snapshot.frequent_words():
            return  # in memory (tests, small) or nothing frequent enough: FTS5 lists are quick
        self._preloader = threading.Thread(
            target=self._preload, args=(snapshot,), name="search-preload", daemon=True
        )
        self._preloader.start()

    def _preload(self, snapshot: Snapshot) -> None:
        """Read the frequent words of the snapshot's own generation, unless it is outdated."""
        started = time.perf_counter()
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            try:
                conn.execute("BEGIN")
                if _check_schema(conn) != snapshot.generation:
                    return  # the index changed again: the next snapshot preloads its own
                count = snapshot.preload(
                    conn, lambda: not self._closing.is_set() and self._snapshot is snapshot
                )
            finally:
                conn.close()
        except (sqlite3.Error, SearchUnavailableError) as exc:
            log.warning("search: could not preload frequent words: %s", exc)
            return
        log.info(
            "search: held the document lists of %d frequent words (%.1f MB) in %.1f s",
            count,
            sum(found.nbytes for found in snapshot.frequent.values()) / 1e6,
            time.perf_counter() - started,
        )

    def warm(self) -> None:
        """Load the index's arrays and frequent words now, so no visitor waits for them."""
        with self._transaction() as conn:
            self._current(conn)
        preloader = self._preloader
        if preloader is not None:
            preloader.join()

    # -- writes -----------------------------------------------------------------------------------

    def index(self, docs: Iterable[Document]) -> None:
        """Add or replace documents; they are searchable when this returns."""
        rows = [document_row(doc) for doc in docs]
        if not rows:
            return
        with self._transaction(write=True) as conn:
            _check_schema(conn)
            for start in range(0, len(rows), _BATCH):
                batch = rows[start : start + _BATCH]
                ids = json.dumps([row[0] for row in batch])
                _remove(conn, ids)
                _insert(conn, batch, ids)

    def delete(self, ids: Iterable[int]) -> None:
        """Remove documents by id; they are gone from results when this returns."""
        wanted = [int(i) for i in ids]
        if not wanted:
            return
        with self._transaction(write=True) as conn:
            _check_schema(conn)
            for start in range(0, len(wanted), _BATCH):
                _remove(conn, json.dumps(wanted[start : start + _BATCH]))

    def rebuild(self, docs: Iterable[Document]) -> int:
        """Build a complete new index beside the live one, then swap it in with one rename."""
        if self.path is None:
            with self._transaction(write=True) as conn:
                conn.execute("DELETE FROM docs")
                return _fill(conn, docs)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        building = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex}.building")
        try:
            conn = sqlite3.connect(building, isolation_level=None)
            try:
                # A half-built file is thrown away, so it needs no journal and no fsync per write.
                conn.execute("PRAGMA journal_mode = OFF")
                conn.execute("PRAGMA synchronous = OFF")
                for statement in _schema():
                    conn.execute(statement)
                conn.execute("BEGIN")
                count = _fill(conn, docs)
                conn.execute(
                    "UPDATE meta SET value = ? WHERE key = 'generation'", (uuid.uuid4().hex,)
                )
                conn.execute("COMMIT")
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
            self._swap(building)
        finally:
            building.unlink(missing_ok=True)
        return count

    def _swap(self, building: Path) -> None:
        if self.path is None:
            raise RuntimeError("an in-memory index has no file")
        with self._write_lock:
            if self._inode() is None:
                os.replace(building, self.path)
                return
            # Hold the old file's write lock so no writer is half-way through a transaction on it.
            old = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            try:
                try:
                    old.execute("BEGIN IMMEDIATE")
                except sqlite3.DatabaseError:
                    log.warning("replacing an unreadable search index at %s", self.path)
                    old.close()
                os.replace(building, self.path)
            finally:
                old.close()

    # -- reads ------------------------------------------------------------------------------------

    def search(self, query: Query) -> Page:
        """Run a query; raises InvalidQueryError or SearchUnavailableError."""
        validate(query)
        parsed: ParsedQuery = parse(query.text, self.glossary)
        with self._transaction() as conn:
            snapshot = self._current(conn)
            ranker = Ranker(snapshot, conn, parsed, self.glossary)
            ordered, total = ranker.run(query)
            facets = ranker.facets(query, FACET_LIMIT) if query.facets else {}
            hits = [Hit(id=int(snapshot.ids[p]), score=ranker.score_of(p)) for p in ordered]
            if hits and not parsed.empty:
                highlighter = Highlighter(ranker.marks)
                texts = _texts(conn, [hit.id for hit in hits], HIGHLIGHT_FIELDS)
                for hit in hits:
                    hit.highlights = highlighter.hit(texts.get(hit.id, {}))
                # A README snippet only helps where nothing shorter matched; fetch just those.
                bare = [hit for hit in hits if not hit.highlights]
                readmes = _texts(conn, [hit.id for hit in bare], ("readme",)) if bare else {}
                for hit in bare:
                    hit.highlights = highlighter.hit(readmes.get(hit.id, {}))
            suggestion = ranker.suggest() if total == 0 and not parsed.empty else None
        return Page(query=query, total=total, hits=hits, facets=facets, suggestion=suggestion)

    def health(self) -> Health:
        """Report whether the index answers, without raising."""
        try:
            with self._transaction() as conn:
                count = conn.execute("SELECT count(*) FROM docs").fetchone()[0]
                schema = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if not schema or schema[0] != SCHEMA_VERSION:
                return Health(False, self.name, "index format is out of date: rebuild it", count)
            where = str(self.path) if self.path else "in memory"
            return Health(True, self.name, where, count)
        except Exception as exc:  # health reports every failure instead of raising
            return Health(False, self.name, f"{type(exc).__name__}: {exc}"[:300])

    def close(self) -> None:
        """Close every connection this backend opened."""
        self._closing.set()
        if self._preloader is not None:
            self._preloader.join()
        with self._lock:
            connections, self._connections = self._connections, []
            self._memory = None
            self._snapshot = None
        for conn in connections:
            conn.close()
        self._local = threading.local()


def _check_schema(conn: sqlite3.Connection) -> str:
    """The index generation, after making sure the file has this release's layout."""
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    if meta.get("schema") != SCHEMA_VERSION:
        raise SearchUnavailableError("the search index is out of date: rebuild it")
    return meta["generation"]


def _remove(conn: sqlite3.Connection, ids_json: str) -> None:
    # External-content FTS5 tables must be told the old text to drop its postings.
    for field, columns in FIELDS.items():
        names = ", ".join(columns)
        conn.execute(
            f"INSERT INTO fts_{field}(fts_{field}, rowid, {names}) "
            f"SELECT 'delete', id, {names} FROM docs WHERE id IN (SELECT value FROM json_each(?))",
            (ids_json,),
        )
    conn.execute("DELETE FROM docs WHERE id IN (SELECT value FROM json_each(?))", (ids_json,))


_INSERT_DOC = (
    f"INSERT OR REPLACE INTO docs ({', '.join(_DOC_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _DOC_COLUMNS)})"
)


def _insert(conn: sqlite3.Connection, rows: list[tuple], ids_json: str) -> None:
    conn.executemany(_INSERT_DOC, rows)
    for field, columns in FIELDS.items():
        names = ", ".join(columns)
        conn.execute(
            f"INSERT INTO fts_{field}(rowid, {names}) "
            f"SELECT id, {names} FROM docs WHERE id IN (SELECT value FROM json_each(?))",
            (ids_json,),
        )


def _fill(conn: sqlite3.Connection, docs: Iterable[Document]) -> int:
    """Load documents into an emptied docs table and rebuild every FTS5 table from it in bulk."""
    count = 0
    batch: list[tuple] = []
    for doc in docs:
        batch.append(document_row(doc))
        if len(batch) >= 2000:
            conn.executemany(_INSERT_DOC, batch)
            count += len(batch)
            batch = []
    conn.executemany(_INSERT_DOC, batch)
    count += len(batch)
    for field in FIELDS:
        conn.execute(f"INSERT INTO fts_{field}(fts_{field}) VALUES ('rebuild')")
    return count


def _texts(conn: sqlite3.Connection, ids: list[int], keys: tuple[str, ...]) -> dict[int, dict]:
    rows = conn.execute(
        f"SELECT id, {', '.join(keys)} FROM docs WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    return {row[0]: dict(zip(keys, row[1:], strict=True)) for row in rows}


# -- in-memory side: one snapshot of the index per generation, and the per-query ranker ----------


class Snapshot:
    """Everything about one generation of the index that queries read from memory."""

    def __init__(
        self, generation: str, rows: list[tuple], field_vocab: dict[str, dict[str, int]]
    ) -> None:
        self.generation = generation
        self.size = len(rows)
        width = 5 + len(FILTER_FIELDS) + len(FIELDS)
        columns = list(zip(*rows, strict=True)) if rows else [()] * width
        self.ids = np.array(columns[0], dtype=np.int64)
        self.position_of = _position_map(self.ids)
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
        self.exact_names: dict[str, list[int]] = {}
        for position, keys in enumerate(columns[4]):
            for key in keys.split("\n"):
                self.exact_names.setdefault(key, []).append(position)
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
        self._lock = threading.Lock()
        # (field, word) -> positions, filled by preload(): read without a lock, as each entry is
        # set once, whole, by one assignment.
        self.frequent: dict[tuple[str, str], np.ndarray] = {}

    def _cardinality(self, field: str) -> int:
        return max(1, len(self.values[field]))

    def _pack(self, fields: list[str]) -> tuple[np.ndarray, list[str]]:
        packed = np.zeros(self.size, dtype=np.int32)
        for field in fields:
            packed *= self._cardinality(field)
            packed += self.codes[field]
        return packed, fields

    def _load_topics(self, column: tuple[str, ...]) -> None:
        index: dict[str, int] = {}
        docs: list[int] = []
        codes: list[int] = []
        for position, joined in enumerate(column):
            for topic in joined.split("\n") if joined else ():
                docs.append(position)
                codes.append(index.setdefault(topic, len(index)))
        self.values["topic"] = list(index)
        self.topic_docs = np.array(docs, dtype=np.int64)
        self.codes["topic"] = np.array(codes, dtype=np.int32)

    @classmethod
    def load(cls, conn: sqlite3.Connection, generation: str) -> Snapshot:
        """Read the arrays and vocabulary of the index as this connection's transaction sees it."""
        facet_columns = ", ".join(f"f_{field}" for field in FILTER_FIELDS)
        length_columns = ", ".join(_LENGTH_COLUMNS)
        rows = conn.execute(
            f"SELECT id, archived, updated, name_key, name_keys, {facet_columns}, "
            f"{length_columns} FROM docs ORDER BY id"
        ).fetchall()
        vocab = {
            field: dict(conn.execute(f"SELECT term, doc FROM vocab_{field}")) for field in FIELDS
        }
        return cls(generation, rows, vocab)

    def postings(
        self, conn: sqlite3.Connection, field: str, words_: tuple[str, ...], phrase: bool = False
    ) -> np.ndarray:
        """Positions of documents whose field holds any of the words (or, as a phrase, all)."""
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
        held = [self.frequent[field, word] for word in words_ if (field, word) in self.frequent]
        if not phrase and held:
            rest = tuple(word for word in words_ if (field, word) not in self.frequent)
            if rest:
                held.append(self._read(conn, field, " OR ".join(f'"{word}"' for word in rest)))
            found = _union(held, self.size)
        elif phrase and field == "readme" and len(held) == len(words_):
            found = _intersection(held, self.size)
        elif not phrase:
            found = self._read(conn, field, " OR ".join(f'"{word}"' for word in words_))
        elif field == "readme":  # no positions stored: all the words, anywhere
            found = self._read(conn, field, " AND ".join(f'"{word}"' for word in words_))
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
            f"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ?", (match,)
        ).fetchone()
        return self.positions(np.fromstring(joined, dtype=np.int64, sep=",")) if joined else _EMPTY

    def frequent_words(self) -> list[tuple[str, str]]:
        """(field, word) of the words whose lists are worth holding, most frequent first."""
        least = max(PRELOAD_MIN_DOCS, int(self.size * PRELOAD_SHARE))
        counted = sorted(
            (
                (count, field, word)
                for field, vocab in self.field_vocab.items()
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

    def preload(self, conn: sqlite3.Connection, wanted: Callable[[], bool]) -> int:
        """Read and hold the frequent words' lists, while `wanted()`; returns how many were read."""
        done = 0
        for field, word in self.frequent_words():
            if not wanted():
                break
            self.frequent[field, word] = self._read(conn, field, f'"{word}"')
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
        """The indexed word most like an unknown word, for 'did you mean'."""
        best: tuple[float, int, str] | None = None
        for length in range(max(1, len(word) - 3), len(word) + 4):
            candidates = self.by_length.get(length)
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


def _position_map(ids: np.ndarray) -> np.ndarray | None:
    """id -> position (-1 where no document), when ids are dense enough for a plain array."""
    if not ids.size or ids[0] < 0 or ids[-1] > 4 * ids.size + 100_000:
        return None  # sparse ids: positions() falls back to a binary search
    position_of = np.full(int(ids[-1]) + 1, -1, dtype=np.int32)
    position_of[ids] = np.arange(ids.size, dtype=np.int32)
    return position_of


def _union(lists: list[np.ndarray], size: int) -> np.ndarray:
    """The sorted positions in any of the lists."""
    if len(lists) == 1:
        return lists[0]
    mask = np.zeros(size, dtype=bool)
    for positions in lists:
        mask[positions] = True
    return np.flatnonzero(mask).astype(np.int32)


def _intersection(lists: list[np.ndarray], size: int) -> np.ndarray:
    """The sorted positions in every one of the lists."""
    found = min(lists, key=len)
    for positions in lists:
        if positions is not found:
            mask = np.zeros(size, dtype=bool)
            mask[positions] = True
            found = found[mask[found]]
    return found


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


class Ranker:
    """Matches, scores, filters, orders and counts one query against one snapshot."""

    def __init__(
        self,
        snapshot: Snapshot,
        conn: sqlite3.Connection,
        parsed: ParsedQuery,
        glossary: Glossary,
    ) -> None:
        self.s = snapshot
        self.glossary = glossary
        self.conn = conn
        self.parsed = parsed
        self.marks: set[str] = set()
        self.coverage: np.ndarray | None = None
        self.score: np.ndarray | None = None
        self.filters: dict[str, np.ndarray] = {}
        if not parsed.empty and snapshot.size:
            self._match()

    # matching and scoring

    def _forms(self, word: str, typed: bool, prefix: bool) -> dict[str, tuple[float, tuple]]:
        vocab = self.s.vocab
        forms: dict[str, tuple[float, tuple]] = {}
        if word in vocab:
            forms[word] = (EXACT_WEIGHT, ALL_FIELDS if typed else VARIANT_FIELDS)
        for form in welsh.family(word):
            if form != word and form in vocab:
                forms.setdefault(form, (MUTATION_WEIGHT, VARIANT_FIELDS))
        if prefix and len(word) >= 2:
            # A complete word typed last mostly wants itself; a fragment needs its completions.
            limit = MAX_COMPLETIONS // 6 if word in vocab else MAX_COMPLETIONS
            for form in self.s.completions(word, limit):
                forms.setdefault(form, (PREFIX_WEIGHT, SHORT_FIELDS))
        known = vocab.get(word, 0)
        if typed and known < TYPO_UNLESS_SEEN:
            # A word the index knows well is spelt right; an unknown one is surely misspelt, so
            # its corrections may match anywhere.
            fields = VARIANT_FIELDS if known else ALL_FIELDS
            for form, distance in self.s.typos(word):
                forms.setdefault(form, (TYPO_WEIGHTS[distance], fields))
        return forms

    def _slot(self, forms: dict[str, tuple[float, tuple]]) -> np.ndarray | None:
        """Per document: the sum over fields of field weight x the best-weighted form found there."""
        total: np.ndarray | None = None
        for field in ALL_FIELDS:
            present = self.s.field_vocab[field]
            classes: dict[float, list[str]] = {}
            for form, (weight, fields) in forms.items():
                if field in fields and form in present:
                    classes.setdefault(weight, []).append(form)
            lists = []
            for weight, group in classes.items():
                # One look-up per weight class: 'gyngor OR nghyngor OR chyngor' in one go.
                found = self.s.postings(self.conn, field, tuple(sorted(group)))
                if found.size:
                    lists.append((weight, found))
                    self.marks.update(group)
            if not lists:
                continue
            if total is None:
                total = np.zeros(self.s.size, dtype=np.float32)
            norm = self.s.norms[field]
            if len(lists) == 1:
                weight, found = lists[0]
                total[found] += norm[found] * (weight * FIELD_WEIGHTS[field])
                continue
            best = np.zeros(self.s.size, dtype=np.float32)
            for weight, found in sorted(lists, key=lambda item: item[0]):
                best[found] = weight  # ascending weights: a better form overwrites a worse one
            best *= norm
            best *= FIELD_WEIGHTS[field]
            total += best
        return total

    def _phrase(self, words_: tuple[str, ...], mutable: bool = False) -> np.ndarray | None:
        """Scores of documents holding the words in order (READMEs: anywhere), else None.

        With `mutable`, the first word may take any mutated form: a glossary phrase is written
        as it appears mid-sentence, but its first word mutates after whatever precedes it.
        """
        firsts = sorted(welsh.family(words_[0])) if mutable else [words_[0]]
        total: np.ndarray | None = None
        for field in ALL_FIELDS:
            lists = []
            for first in firsts if field != "readme" else [words_[0]]:
                found = self.s.postings(self.conn, field, (first, *words_[1:]), phrase=True)
                if found.size:
                    lists.append(found)
                    self.marks.update((first, *words_[1:]))
            if lists:
                found = _union(lists, self.s.size)
                total = np.zeros(self.s.size, dtype=np.float32) if total is None else total
                total[found] += self.s.norms[field][found] * FIELD_WEIGHTS[field]
        return total

    def _all_words(self, words_: tuple[str, ...], typed: bool, prefix: bool) -> np.ndarray | None:
        """Scores of documents holding every one of the words (in any field), else None."""
        slots = []
        last = len(words_) - 1
        content = [w for w in words_ if w not in STOPWORDS] or list(words_)
        for i, word in enumerate(words_):
            if word not in content:
                continue  # 'speech to text' needs 'speech' and 'text'; 'to' is everywhere
            forms = self._forms(word, typed, prefix and i == last)
            slot = self._slot(forms) if forms else None
            if slot is None:
                return None
            slots.append(slot)
        if len(slots) == 1:
            return slots[0]
        stacked = np.vstack(slots)
        return np.where(stacked.min(axis=0) > 0, stacked.mean(axis=0), 0).astype(np.float32)

    def _match(self) -> None:
        size = self.s.size
        content = self.parsed.content
        found: dict[int, np.ndarray] = {}
        for index in content:
            group = self.parsed.groups[index]
            if group.phrase:
                scores = self._phrase(group.words)
            else:
                scores = self._all_words(group.words, typed=True, prefix=group.prefix)
            if scores is not None:
                found[index] = scores
        # A glossary term counts as each of the typed words it stands for.
        corrections = {}
        for index in content:
            word = self.parsed.groups[index].words[0]
            if word not in self.s.vocab and (typos := self.s.typos(word)):
                corrections[index] = typos[0][0]
        synonyms = self.parsed.synonyms + corrected_synonyms(
            self.parsed, corrections, self.glossary, TYPO_WEIGHTS[1]
        )
        for synonym in synonyms:
            if len(synonym.words) > 1:
                scores = self._phrase(synonym.words, mutable=True)
            else:
                scores = self._all_words(synonym.words, typed=False, prefix=False)
            if scores is None:
                continue
            scores = scores * synonym.weight
            for index in range(synonym.start, synonym.stop):
                if index in content:
                    previous = found.get(index)
                    found[index] = scores if previous is None else np.maximum(previous, scores)
        coverage = np.zeros(size, dtype=np.float32)
        score = np.zeros(size, dtype=np.float32)
        idfs = []
        for index, scores in found.items():
            matched = scores > 0
            count = int(np.count_nonzero(matched))
            idf = math.log(1 + (size - count + 0.5) / (count + 0.5))
            idfs.append(idf)
            score += scores * idf
            np.add(coverage, self.parsed.groups[index].span, out=coverage, where=matched)
        if idfs:
            self._bonuses(score, sum(idfs) / len(idfs))
            score[self.s.archived_positions] *= ARCHIVED_FACTOR
        self.coverage, self.score = coverage, score

    def _bonuses(self, score: np.ndarray, idf: float) -> None:
        """Phrase and exact-name matches rank above the same words scattered."""
        content = self.parsed.content_words
        typed = self.parsed.words
        for first, second in itertools.pairwise(typed):
            if first in STOPWORDS and second in STOPWORDS:
                continue
            for field in PHRASE_FIELDS:
                found = self.s.postings(self.conn, field, (first, second), phrase=True)
                score[found] += 0.5 * FIELD_WEIGHTS[field] * idf
        for key in {" ".join(content), " ".join(typed)}:
            exact = self.s.exact_names.get(key)
            if exact:
                score[exact] += 2 * FIELD_WEIGHTS["name"] * idf

    # filtering, ordering, facets

    def run(self, query: Query) -> tuple[list[int], int]:
        """Positions of the requested page's documents, and the total number of matches."""
        for field, values in query.filters.items():
            values = [str(value) for value in values if str(value)]
            if values:
                self.filters[field] = self.s.mask(field, values)
        mask = self._mask(exclude=None)
        start = (query.page - 1) * query.per_page
        stop = start + query.per_page
        relevance = query.sort == "relevance" and self.score is not None
        if mask is None and not relevance:
            order = self.s.order_name if query.sort == "name" else self.s.order_updated
            return order[start:stop].tolist(), self.s.size
        positions = np.flatnonzero(mask) if mask is not None else np.arange(self.s.size)
        total = int(positions.size)
        if start >= total:
            return [], total
        secondary = self.s.updated_rank[positions]
        if relevance and self.coverage is not None and self.score is not None:
            primary = -(self.coverage[positions].astype(np.float64) * 1e6 + self.score[positions])
        elif query.sort == "name":
            primary = self.s.name_rank[positions]
        else:
            primary = secondary
        if total > stop:
            threshold = np.partition(primary, stop - 1)[stop - 1]
            keep = primary <= threshold
            positions, primary, secondary = positions[keep], primary[keep], secondary[keep]
        order = np.lexsort((secondary, primary))[start:stop]
        return positions[order].tolist(), total

    def _mask(self, exclude: str | None) -> np.ndarray | None:
        mask = self.coverage > 0 if self.coverage is not None else None
        if self.coverage is None and not self.parsed.empty:
            mask = np.zeros(self.s.size, dtype=bool)  # words typed, empty index
        for field, values in self.filters.items():
            if field != exclude:
                mask = values if mask is None else mask & values
        return mask

    def facets(self, query: Query, limit: int) -> dict[str, dict[str, int]]:
        """Counts per value of each filter field, each reflecting every other active filter."""
        plain = self.parsed.empty and not self.filters
        if plain and self.s.empty_facets is not None:
            return self.s.empty_facets
        shared = self._mask(exclude=None)
        positions = np.flatnonzero(shared) if shared is not None else None
        unfiltered = [f for f in FILTER_FIELDS if f not in self.filters and f != "topic"]
        together = self.s.counts_together(unfiltered, positions)
        facets = {}
        for field in FILTER_FIELDS:
            if field in together:
                counts = together[field]
            elif field in self.filters:
                counts = self.s.counts(field, self._mask(exclude=field))
            else:
                counts = self.s.counts(field, shared, positions)
            chosen = [str(v) for v in query.filters.get(field, ())]
            facets[field] = self.s.top_values(field, counts, chosen, limit)
        if plain:
            self.s.empty_facets = facets
        return facets

    def score_of(self, position: int) -> float:
        if self.score is None or self.coverage is None:
            return 0.0
        return round(float(self.coverage[position]) * 1000 + float(self.score[position]), 4)

    def suggest(self) -> str | None:
        """A 'did you mean' built from indexed words, when some typed word is unknown."""
        typed = self.parsed.content_words
        suggested = []
        for word in typed:
            better = None if word in self.s.vocab or len(word) < 3 else self.s.closest(word)
            suggested.append(better or word)
        return " ".join(suggested) if suggested != typed else None


# -- highlighting ----------------------------------------------------------------------------------

HIGHLIGHT_FIELDS = ("name", "description", "description_cy", "topics")
SNIPPET_CHARS = {"description": 240, "description_cy": 240, "readme": 200}


class Highlighter:
    """Marks matched words in a document's text: HTML-escaped, with <mark> around each match."""

    def __init__(self, marks: set[str]) -> None:
        self.marks = marks

    def hit(self, texts: dict[str, str]) -> dict[str, str]:
        """The highlighted text of each field where a query word matched."""
        found: dict[str, str] = {}
        if self.marks:
            for field, text in texts.items():
                marked = self.mark(text, SNIPPET_CHARS.get(field)) if text else None
                if marked:
                    found[field] = marked
        return found

    def mark(self, text: str, window: int | None = None) -> str | None:
        """The text (or a window of it around the first match) with matches marked."""
        folded = fold(text)
        if len(folded) == len(text):  # one folded character per character: split the folded text
            matches = [m.span() for m in WORD.finditer(folded) if m.group() in self.marks]
        else:  # folding changed lengths (ligatures): fold word by word
            matches = [(start, end) for start, end, word in spans(text) if word in self.marks]
        if not matches:
            return None
        start, end = 0, len(text)
        if window and len(text) > window:
            start = max(0, matches[0][0] - window // 4)
            start = text.rfind(" ", 0, start) + 1 if start else 0
            end = min(len(text), start + window)
            cut = text.find(" ", end)
            end = len(text) if cut == -1 else cut
        pieces = ["…"] if start else []
        position = start
        for match_start, match_end in matches:
            if match_start < start or match_end > end:
                continue
            pieces.append(html.escape(text[position:match_start]))
            pieces.append("<mark>" + html.escape(text[match_start:match_end]) + "</mark>")
            position = match_end
        pieces.append(html.escape(text[position:end]))
        if end < len(text):
            pieces.append("…")
        return "".join(pieces)
