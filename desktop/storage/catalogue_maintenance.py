"""Creating, versioning and rebuilding the catalogue's search tables (plain sqlite3).

Used by migration ``0002`` and by ``CatalogueStore`` when it finds an index built by
another version of the folding code (``INDEX_VERSION``): the contentless FTS index can
only be maintained by rebuilding exactly the documents it was given, so a change of
those rules means a rebuild from ``catalogue_items``.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from functools import cache

from desktop.storage.catalogue_cpv import CPV_LANGUAGES, cpv_codes, label_words
from desktop.storage.catalogue_index import (
    INDEX_VERSION,
    TOKENIZER,
    compound_heads,
    use_compound_heads,
)
from desktop.storage.catalogue_rows import DOC_COLUMNS, document_of_row

CATALOGUE_FTS_DDL = (
    "CREATE VIRTUAL TABLE catalogue_fts USING fts5(doc, content='', detail=none, "
    f'columnsize=0, tokenize="{TOKENIZER}")'
)
CPV_FTS_DDL = (
    "CREATE VIRTUAL TABLE cpv_label_fts USING fts5(words, content='', detail=none, "
    "columnsize=0, tokenize='ascii', prefix='1 2 3')"
)


def create_search_tables() -> list[str]:
    """The statements that create the FTS tables (for migration ``0002``)."""
    return [
        CATALOGUE_FTS_DDL,
        CPV_FTS_DDL,
        # Bigger merges, fewer of them: catalogues arrive one transaction per supplier
        # (CatalogueStore.compact_index tidies up after a sync round).
        "INSERT INTO catalogue_fts(catalogue_fts, rank) VALUES ('automerge', 8)",
        "INSERT INTO catalogue_fts(catalogue_fts, rank) VALUES ('usermerge', 2)",
    ]


def ensure_ready(conn: sqlite3.Connection) -> None:
    """Load the CPV labels if missing and rebuild the indexes if built by other rules
    (call inside a write transaction)."""
    if index_is_current(conn):
        return
    if conn.execute("SELECT count(*) FROM cpv_labels").fetchone()[0] == 0:
        conn.executemany(
            "INSERT INTO cpv_labels (code, level, parent, en, sv, da, nb, fi) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (c.code, c.level, c.parent, *(c.labels.get(lang, "") for lang in CPV_LANGUAGES))
                for c in cpv_codes().values()
            ],
        )
    rebuild_index(conn)


# A label word found in more codes than this says nothing ("och", "and", "products").
COMMON_LABEL_WORD = 150


def _index_cpv_labels(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO cpv_label_fts(cpv_label_fts) VALUES ('delete-all')")
    conn.executemany("INSERT INTO cpv_label_fts(rowid, words) VALUES (?, ?)", _cpv_documents())


@cache
def _cpv_documents() -> tuple[tuple[int, str], ...]:
    """(code, words) of every CPV code for ``cpv_label_fts`` (computed once a process)."""
    labelled = [(int(c.code), label_words(c)) for c in cpv_codes().values()]
    frequency = Counter(w for _, ws in labelled for w in ws)
    return tuple(
        (code, " ".join(w for w in ws if frequency[w] <= COMMON_LABEL_WORD))
        for code, ws in labelled
    )


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM catalogue_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO catalogue_meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def bump_generation(conn: sqlite3.Connection) -> None:
    """Tell searches that cached expansions are stale (call inside the writing transaction)."""
    conn.execute(
        "INSERT INTO catalogue_meta(key, value) VALUES ('generation', '1') "
        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )


def generation(conn: sqlite3.Connection) -> int:
    value = get_meta(conn, "generation")
    return int(value) if value else 0


def load_compound_heads(conn: sqlite3.Connection) -> None:
    """Hand the stored compound heads to ``catalogue_index`` (saves a CPV file parse)."""
    stored = get_meta(conn, "compound_heads")
    if stored:
        use_compound_heads(stored.split(" "))


def index_is_current(conn: sqlite3.Connection) -> bool:
    return get_meta(conn, "index_version") == INDEX_VERSION


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Rebuild both FTS indexes and the vocabulary from the tables (inside a transaction)."""
    _index_cpv_labels(conn)
    conn.execute("INSERT INTO catalogue_fts(catalogue_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM catalogue_terms")
    terms: Counter[str] = Counter()
    cursor = conn.execute(f"SELECT item_id, {DOC_COLUMNS} FROM catalogue_items")
    while batch := cursor.fetchmany(2000):
        docs = [(row[0], document_of_row(row[1:])) for row in batch]
        conn.executemany(
            "INSERT INTO catalogue_fts(rowid, doc) VALUES (?, ?)",
            [(item_id, doc.text) for item_id, doc in docs],
        )
        for _, doc in docs:
            terms.update(doc.vocab)
    conn.executemany("INSERT INTO catalogue_terms(term, docs) VALUES (?, ?)", terms.items())
    set_meta(conn, "compound_heads", " ".join(sorted(compound_heads())))
    set_meta(conn, "index_version", INDEX_VERSION)
    bump_generation(conn)
