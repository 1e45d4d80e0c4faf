"""The index file's tables: FTS5 per field over one docs table, and the SQL that fills and reads them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from search.backend import FILTER_FIELDS, Document, SearchUnavailableError
from search.definitions import load_definitions
from search.embedded.fields import FIELDS
from search.querytext import words

# Changes whenever the table layout does (the filter fields are columns), or what documents hold
# (6: facts split from what a repository only holds; organisation aliases; 7: a body's names apart
# from its owner, slug and aliases; 10: the names and aliases of the body a supplier builds for;
# 11: a body's names run together among its aliases, search/aliases.py: joined),
# so an index file built by an older release is reported as needing a rebuild instead of failing
# query by query.
SCHEMA_VERSION = "11:" + ",".join(FILTER_FIELDS)

_TOKENIZER = "unicode61 remove_diacritics 2"
_FACET_COLUMNS = tuple(f"f_{name}" for name in FILTER_FIELDS)
_TEXT_COLUMNS = tuple(column for columns in FIELDS.values() for column in columns)
LENGTH_COLUMNS = tuple(f"len_{field}" for field in FIELDS)
_DOC_COLUMNS = ("id", "full_name", *_TEXT_COLUMNS, "archived", "updated", "name_key", "name_keys")
_DOC_COLUMNS += ("definitions",)
_DOC_COLUMNS += _FACET_COLUMNS + LENGTH_COLUMNS


def schema_statements() -> list[str]:
    text_columns = ", ".join(f"{column} TEXT NOT NULL DEFAULT ''" for column in _TEXT_COLUMNS)
    facet_columns = ", ".join(f"{column} TEXT NOT NULL DEFAULT ''" for column in _FACET_COLUMNS)
    facet_columns += "".join(f", {column} INTEGER NOT NULL DEFAULT 0" for column in LENGTH_COLUMNS)
    statements = [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"""CREATE TABLE IF NOT EXISTS docs (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL DEFAULT '', {text_columns},
            archived INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,
            name_key TEXT NOT NULL DEFAULT '', name_keys TEXT NOT NULL DEFAULT '',
            definitions TEXT NOT NULL DEFAULT '',
            {facet_columns})""",
    ]
    statements += vector_statements()
    for field, columns in FIELDS.items():
        statements.append(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS fts_{field} USING fts5({', '.join(columns)}, "
            f"content='docs', content_rowid='id', tokenize='{_TOKENIZER}')"
        )
        statements.append(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS vocab_{field} USING fts5vocab(fts_{field}, 'row')"
        )
    statements.append(
        "INSERT OR IGNORE INTO meta VALUES ('schema', '" + SCHEMA_VERSION + "'), "  # noqa: S608 - names are constants
        "('generation', 'new')"
    )
    return statements


def vector_statements() -> list[str]:
    """Each document's semantic vector (search/semantic.py) and the model that made them.

    Tables of their own, so an index built before them still answers (by words alone) until a
    rebuild fills them.
    """
    return [
        "CREATE TABLE IF NOT EXISTS vectors (id INTEGER PRIMARY KEY, vector BLOB NOT NULL)",
        "CREATE TABLE IF NOT EXISTS models (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    ]


def _clean(value: object) -> str:
    return str(value or "").replace("\x00", "")


def document_row(doc: Document) -> tuple:
    """The docs-table row for one search document (the shape search/documents.py gives)."""
    organisation = " ".join(
        _clean(doc.get(key))
        for key in ("organisation_name", "organisation_name_cy", "client_name", "client_name_cy")
    )
    brand = " ".join(
        [_clean(doc.get(key)) for key in ("owner", "organisation")]
        + [_clean(alias) for alias in doc.get("organisation_aliases") or []]
        + [_clean(alias) for alias in doc.get("client_aliases") or []]
    )
    topics = [_clean(topic) for topic in doc.get("topics") or doc.get("topic") or []]
    values = {
        "id": int(doc["id"]),
        "full_name": _clean(doc.get("full_name")),
        "name": _clean(doc.get("name")),
        "name_text": _clean(doc.get("name_text") or doc.get("name")),
        "topics": ", ".join(topics),
        "keywords": ", ".join(_clean(k) for k in doc.get("keywords") or []),
        "facts": ", ".join(_clean(f) for f in doc.get("facts") or []),
        "dependencies": ", ".join(_clean(d) for d in doc.get("dependencies") or []),
        "description": _clean(doc.get("description")),
        "description_cy": _clean(doc.get("description_cy")),
        "organisation": organisation,
        "brand": brand,
        "readme": _clean(doc.get("readme")),
        # The keys of the definitions its technical terms have (search/embedded/glosses.py).
        "definitions": "\n".join(load_definitions().keys_of(doc.get("glosses") or [])),
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


def check_schema(conn: sqlite3.Connection) -> str:
    """The index generation, after making sure the file has this release's layout."""
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    if meta.get("schema") != SCHEMA_VERSION:
        raise SearchUnavailableError("the search index is out of date: rebuild it")
    return meta["generation"]


def remove_docs(conn: sqlite3.Connection, ids_json: str) -> None:
    # External-content FTS5 tables must be told the old text to drop its postings.
    for field, columns in FIELDS.items():
        names = ", ".join(columns)
        conn.execute(
            f"INSERT INTO fts_{field}(fts_{field}, rowid, {names}) "  # noqa: S608 - names are constants
            f"SELECT 'delete', id, {names} FROM docs WHERE id IN (SELECT value FROM json_each(?))",
            (ids_json,),
        )
    conn.execute("DELETE FROM docs WHERE id IN (SELECT value FROM json_each(?))", (ids_json,))
    conn.execute("DELETE FROM vectors WHERE id IN (SELECT value FROM json_each(?))", (ids_json,))


_INSERT_DOC = (
    f"INSERT OR REPLACE INTO docs ({', '.join(_DOC_COLUMNS)}) "  # noqa: S608 - names are constants
    f"VALUES ({', '.join('?' for _ in _DOC_COLUMNS)})"
)


def insert_docs(conn: sqlite3.Connection, rows: list[tuple], ids_json: str) -> None:
    conn.executemany(_INSERT_DOC, rows)
    for field, columns in FIELDS.items():
        names = ", ".join(columns)
        conn.execute(
            f"INSERT INTO fts_{field}(rowid, {names}) "  # noqa: S608 - names are constants
            f"SELECT id, {names} FROM docs WHERE id IN (SELECT value FROM json_each(?))",
            (ids_json,),
        )


def fill_docs(conn: sqlite3.Connection, docs: Iterable[Document]) -> int:
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
        conn.execute(f"INSERT INTO fts_{field}(fts_{field}) VALUES ('rebuild')")  # noqa: S608 - names are constants
    return count


def read_texts(conn: sqlite3.Connection, ids: list[int], keys: tuple[str, ...]) -> dict[int, dict]:
    rows = conn.execute(
        f"SELECT id, {', '.join(keys)} FROM docs WHERE id IN (SELECT value FROM json_each(?))",  # noqa: S608 - names are constants
        (json.dumps(ids),),
    ).fetchall()
    return {row[0]: dict(zip(keys, row[1:], strict=True)) for row in rows}
