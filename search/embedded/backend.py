"""EmbeddedSearchBackend: connections, read and write transactions, rebuilds beside the live file
and the swap, and the background preloader of frequent words."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from search.backend import Document, Health, Hit, Page, Query, SearchUnavailableError
from search.embedded import vectors
from search.embedded.highlight import EXTRA_COLUMNS, HIGHLIGHT_FIELDS, Highlighter
from search.embedded.ranking import Ranker
from search.embedded.snapshot import Snapshot
from search.embedded.store import (
    SCHEMA_VERSION,
    check_schema,
    document_row,
    fill_docs,
    insert_docs,
    read_texts,
    remove_docs,
    schema_statements,
)
from search.glossary import Glossary, load_glossary
from search.lexicon import Lexicon, Translating
from search.loans import english_side
from search.paraphrase import paraphrases
from search.querytext import ParsedQuery, parse, validate

log = logging.getLogger(__name__)

FACET_LIMIT = 100
_BATCH = 500
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _busy(exc: sqlite3.Error) -> bool:
    """A lock held by another connection (wait and retry), as opposed to a damaged file."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _BUSY_CODES
    return "locked" in str(exc) or "busy" in str(exc)


class EmbeddedSearchBackend:
    """The default engine: SQLite FTS5 in one file (None keeps it in memory, for tests)."""

    name = "embedded"
    # How long a swap waits for a writer on the live file before giving up (seconds).
    swap_timeout = 30.0

    def __init__(
        self, path: Path | None, glossary: Glossary | None = None, lexicon: Lexicon | None = None
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.glossary = glossary or load_glossary()
        # Questions are read with the glossary, and Welsh words it lacks through the lexicon.
        self.synonyms = Translating(self.glossary, lexicon)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.RLock()  # guards the shared connection (memory) and bookkeeping
        self._write_lock = threading.RLock()
        self._snapshot: Snapshot | None = None
        self._ready = False
        self._memory: sqlite3.Connection | None = None
        self._preloader: threading.Thread | None = None
        self._loader: threading.Thread | None = None
        # The generation this backend itself last wrote: its own writes are searchable at once.
        self._written: str | None = None
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
        for statement in schema_statements():
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
            generation = uuid.uuid4().hex
            conn.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (generation,))
            self._written = generation
        conn.execute("COMMIT")

    def _current(self, conn: sqlite3.Connection) -> Snapshot:
        generation = check_schema(conn)
        snapshot = self._snapshot
        if (
            snapshot is not None
            and snapshot.generation != generation
            and generation != self._written
            and self.path is not None
        ):
            # Another process changed the index: keep answering from the snapshot we hold
            # (word matches come from the file and are mapped through its ids, so a document
            # it does not know yet is left out, not crashed on) while one background thread
            # loads the new one, instead of every search waiting seconds for it.
            self._load_in_background()
            return snapshot
        if snapshot is None or snapshot.generation != generation:
            with self._lock:
                snapshot = self._snapshot
                if snapshot is None or snapshot.generation != generation:
                    snapshot = Snapshot.load(conn, generation, self.glossary)
                    self._snapshot = snapshot
                    self._start_preload(snapshot)
        return snapshot

    def _load_in_background(self) -> None:
        with self._lock:
            if self._closing.is_set() or (self._loader is not None and self._loader.is_alive()):
                return
            self._loader = threading.Thread(
                target=self._load_latest, name="search-reload", daemon=True
            )
            self._loader.start()

    def _load_latest(self) -> None:
        """Load the file's current generation on a connection of its own, then switch to it."""
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            try:
                conn.execute("PRAGMA busy_timeout = 10000")
                conn.execute("BEGIN")
                generation = check_schema(conn)
                snapshot = Snapshot.load(conn, generation, self.glossary)
                conn.execute("COMMIT")
            finally:
                conn.close()
        except (sqlite3.Error, SearchUnavailableError) as exc:
            log.warning("search: could not load the changed index: %s", exc)
            return
        with self._lock:
            if self._closing.is_set():
                return
            self._snapshot = snapshot
            self._start_preload(snapshot)

    def _start_preload(self, snapshot: Snapshot) -> None:
        words = snapshot.frequent_words() if self.path is not None else []
        if not words:
            return  # in memory (tests, small) or nothing frequent enough: FTS5 lists are quick
        self._preloader = threading.Thread(
            target=self._preload, args=(snapshot, words), name="search-preload", daemon=True
        )
        self._preloader.start()

    def _preload(self, snapshot: Snapshot, words: list[tuple[str, str]]) -> None:
        """Read the frequent words of the snapshot's own generation, unless it is outdated.

        Each word is read in a statement of its own (no transaction held across them), so a
        writer waits at most for one word's read, as for a search, never for the whole preload;
        the generation is checked before and after each read, so a list from a newer index is
        never kept.
        """
        started = time.perf_counter()
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            try:
                conn.execute("PRAGMA busy_timeout = 10000")  # wait out a writer's commit

                def unchanged() -> bool:
                    return check_schema(conn) == snapshot.generation

                if not unchanged():
                    return  # the index changed again: the next snapshot preloads its own
                count = snapshot.preload(
                    conn,
                    lambda: not self._closing.is_set() and self._snapshot is snapshot,
                    words,
                    unchanged,
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
        """Load the index's arrays, frequent words, the Welsh-English lexicon, the definitions'
        words, the names' compound words and the loanword keys now, so no visitor waits for
        them."""
        self.synonyms.lexicon  # noqa: B018 - read to load it (about 0.8 s)
        paraphrases()  # the definitions' words, indexed (0.15 s at the first question of two words)
        with self._transaction() as conn:
            snapshot = self._current(conn)
            snapshot.compounds(self.synonyms.known)
            snapshot.loans(english_side(self.synonyms))
        loader = self._loader
        if loader is not None:
            loader.join()  # a load already under way (the index changed): wait for it
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
            check_schema(conn)
            for start in range(0, len(rows), _BATCH):
                batch = rows[start : start + _BATCH]
                ids = json.dumps([row[0] for row in batch])
                remove_docs(conn, ids)
                insert_docs(conn, batch, ids)
            vectors.update(conn, json.dumps([row[0] for row in rows]), self.glossary)

    def delete(self, ids: Iterable[int]) -> None:
        """Remove documents by id; they are gone from results when this returns."""
        wanted = [int(i) for i in ids]
        if not wanted:
            return
        with self._transaction(write=True) as conn:
            check_schema(conn)
            for start in range(0, len(wanted), _BATCH):
                remove_docs(conn, json.dumps(wanted[start : start + _BATCH]))
            vectors.update(conn, "[]", self.glossary)

    def rebuild(self, docs: Iterable[Document]) -> int:
        """Build a complete new index beside the live one, then swap it in with one rename."""
        if self.path is None:
            with self._transaction(write=True) as conn:
                conn.execute("DELETE FROM docs")
                count = fill_docs(conn, docs)
                vectors.refit(conn, self.glossary)
                return count
        self.path.parent.mkdir(parents=True, exist_ok=True)
        building = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex}.building")
        try:
            conn = sqlite3.connect(building, isolation_level=None)
            try:
                # A half-built file is thrown away, so it needs no journal and no fsync per write.
                conn.execute("PRAGMA journal_mode = OFF")
                conn.execute("PRAGMA synchronous = OFF")
                for statement in schema_statements():
                    conn.execute(statement)
                conn.execute("BEGIN")
                count = fill_docs(conn, docs)
                vectors.refit(conn, self.glossary)
                generation = uuid.uuid4().hex
                conn.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (generation,))
                conn.execute("COMMIT")
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
            self._swap(building)
            self._written = generation
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
            old = sqlite3.connect(self.path, isolation_level=None, timeout=self.swap_timeout)
            try:
                try:
                    old.execute("BEGIN IMMEDIATE")
                except sqlite3.DatabaseError as exc:
                    if _busy(exc):
                        # Another process is writing: replacing the file now would lose its
                        # write. Keep the live index and say so; a retry will find it free.
                        raise SearchUnavailableError(
                            f"the search index is busy (another process is writing): {exc}"
                        ) from exc
                    log.warning("replacing an unreadable search index at %s: %s", self.path, exc)
                    old.close()
                os.replace(building, self.path)
            finally:
                old.close()

    # -- reads ------------------------------------------------------------------------------------

    def search(self, query: Query) -> Page:
        """Run a query; raises InvalidQueryError or SearchUnavailableError."""
        validate(query)
        parsed: ParsedQuery = parse(query.text, self.synonyms)
        with self._transaction() as conn:
            snapshot = self._current(conn)
            ranker = Ranker(snapshot, conn, parsed, self.synonyms)
            ordered, total = ranker.run(query)
            facets = ranker.facets(query, FACET_LIMIT) if query.facets else {}
            hits = [
                Hit(
                    id=int(snapshot.ids[p]),
                    score=ranker.score_of(p),
                    by_meaning=ranker.by_meaning(p),
                )
                for p in ordered
            ]
            if hits and not parsed.empty:
                highlighter = Highlighter(ranker.marks)
                # A component found by meaning alone matched no word: marking one of the words
                # other components matched in its text would contradict "found by meaning".
                worded = [hit for hit in hits if not hit.by_meaning]
                texts = read_texts(conn, [hit.id for hit in worded], HIGHLIGHT_FIELDS)
                for hit in worded:
                    hit.highlights = highlighter.hit(texts.get(hit.id, {}))
                # A README snippet, and what its technical terms mean, only help where nothing
                # shorter matched; fetch just those.
                bare = [hit for hit in worded if not hit.highlights]
                extra = read_texts(conn, [hit.id for hit in bare], EXTRA_COLUMNS) if bare else {}
                for hit in bare:
                    hit.highlights = highlighter.besides(extra.get(hit.id, {}), ranker.likely)
            suggestion = ranker.suggest() if total == 0 and not parsed.empty else None
            readings = list(dict.fromkeys(ranker.readings))
        return Page(query, total, hits, facets, suggestion, readings)

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
        if self._loader is not None:
            self._loader.join()
        if self._preloader is not None:
            self._preloader.join()
        with self._lock:
            connections, self._connections = self._connections, []
            self._memory = None
            self._snapshot = None
        for conn in connections:
            conn.close()
        self._local = threading.local()
