"""A prepared catalogue store snapshot: what a first sync installs instead of parsing.

A snapshot is a standalone SQLite file holding only the searchable catalogue: the
items, offers and vocabulary, the FTS5 index ``catalogue_fts`` as its shadow tables
(compacted to one segment), and a manifest (``snapshot_manifest`` and
``snapshot_catalogues``: the format, the store schema revision and index version it
was made at, and each supplier's catalogue ETag). The server prepares one per
municipality (``export_snapshot``); a client with an empty catalogue installs it in one
write transaction (``install_snapshot``) and then applies deltas as usual.

The file is treated as hostile until checked (``catalogue_snapshot_check``): opened
read-only with untrusted schema, ``quick_check``, the manifest, and every object's
``CREATE`` SQL equal to the local store's. Anything wrong raises ``SnapshotRefused``
and changes nothing; a crash mid-install leaves the previous catalogue (one WAL
transaction).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.storage.catalogue_maintenance import bump_generation, get_meta, set_meta
from desktop.storage.catalogue_snapshot_check import (
    CATALOGUES_DDL,
    COPIED_TABLES,
    FTS_SHADOW_TABLES,
    MANIFEST_DDL,
    SNAPSHOT_FORMAT,
    Schema,
    SnapshotContents,
    SnapshotRefused,
    catalogue_schema,
    check_attached,
    read_checked,
    store_schema_revision,
)

if TYPE_CHECKING:
    from desktop.storage.catalogue_store import CatalogueStore

__all__ = [
    "SNAPSHOT_FORMAT",
    "SnapshotContents",
    "SnapshotRefused",
    "export_snapshot",
    "install_snapshot",
    "read_snapshot_contents",
    "store_schema_revision",
]

ALIAS = "snapshot"


def export_snapshot(store: CatalogueStore, out: Path) -> SnapshotContents:
    """Write the store's catalogue to a new snapshot file ``out`` (replaced if there).

    The FTS index is compacted first (one segment). The file is written beside ``out``
    and renamed into place when complete, so a reader never sees half a snapshot.
    """
    store.compact_index(full=True)
    revision = store_schema_revision()
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    with store.reading() as conn:
        schema = catalogue_schema(conn)
        _create_tables(partial, schema)
        conn.execute("ATTACH DATABASE ? AS " + ALIAS, (str(partial),))
        try:
            conn.execute(f"PRAGMA {ALIAS}.journal_mode = OFF")
            conn.execute(f"PRAGMA {ALIAS}.synchronous = OFF")
            conn.execute("BEGIN")
            try:
                contents = _copy_out(conn, schema, revision)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            conn.execute(f"DETACH DATABASE {ALIAS}")
    os.replace(partial, out)
    return contents


def _create_tables(path: Path, schema: Schema) -> None:
    """The snapshot's tables with the store's own SQL (indexes come after the rows)."""
    conn = sqlite3.connect(path)
    try:
        for name in (*COPIED_TABLES, "catalogue_fts"):
            conn.execute(_sql(schema, name))
        conn.execute(MANIFEST_DDL)
        conn.execute(CATALOGUES_DDL)
        conn.commit()
    finally:
        conn.close()


def _sql(schema: Schema, name: str) -> str:
    sql = schema[name][2]
    if sql is None:
        raise ValueError(f"{name} has no SQL of its own")
    return sql


def _copy_out(conn: sqlite3.Connection, schema: Schema, revision: str) -> SnapshotContents:
    for table in (*COPIED_TABLES, *FTS_SHADOW_TABLES):
        _copy_rows(conn, "main", ALIAS, table, clear=table in FTS_SHADOW_TABLES)
    for kind, _table, sql in schema.values():
        if kind == "index" and sql is not None:
            conn.execute(sql.replace("CREATE INDEX ", f"CREATE INDEX {ALIAS}.", 1))
    conn.execute(
        f"INSERT INTO {ALIAS}.snapshot_catalogues (supplier_id, etag, synced_at, line_count) "
        "SELECT s.supplier_id, s.etag, s.synced_at, "
        "(SELECT count(*) FROM main.catalogue_items i WHERE i.supplier_id = s.supplier_id) "
        "FROM main.catalogue_suppliers s WHERE s.synced_at IS NOT NULL"
    )
    catalogues = dict(
        conn.execute(
            f"SELECT supplier_id, etag FROM {ALIAS}.snapshot_catalogues WHERE etag IS NOT NULL"
        ).fetchall()
    )
    lines = int(conn.execute(f"SELECT count(*) FROM {ALIAS}.catalogue_items").fetchone()[0])
    manifest = {
        "format": str(SNAPSHOT_FORMAT),
        "schema_revision": revision,
        "index_version": get_meta(conn, "index_version") or "",
        "compound_heads": get_meta(conn, "compound_heads") or "",
        "lines": str(lines),
        "made_at": datetime.now(UTC).isoformat(),
    }
    conn.executemany(
        f"INSERT INTO {ALIAS}.snapshot_manifest (key, value) VALUES (?, ?)", manifest.items()
    )
    return SnapshotContents(SNAPSHOT_FORMAT, revision, catalogues, lines)


def _copy_rows(
    conn: sqlite3.Connection, source: str, target: str, table: str, *, clear: bool
) -> None:
    """``INSERT … SELECT`` with the table's explicit column list, in key order."""
    columns = ", ".join(
        f'"{row[1]}"' for row in conn.execute(f"PRAGMA main.table_info({table})").fetchall()
    )
    if clear:
        conn.execute(f"DELETE FROM {target}.{table}")
    conn.execute(f"INSERT INTO {target}.{table} ({columns}) SELECT {columns} FROM {source}.{table}")


def read_snapshot_contents(path: Path) -> SnapshotContents:
    """What the snapshot holds, after checking it against this app's store schema
    (read-only; raises ``SnapshotRefused``). The FTS index's own check needs a write
    transaction: ``install_snapshot`` runs it on the copied index before committing."""
    from desktop.storage.catalogue_snapshot_check import local_schema

    return read_checked(path, local_schema())


def install_snapshot(store: CatalogueStore, path: Path) -> SnapshotContents:
    """Replace the store's whole catalogue by the snapshot's, in one write transaction.

    Checks the file first (``SnapshotRefused``, nothing changed); copies rows and the
    FTS index's shadow tables (no re-tokenising); sets every supplier's sync state from
    the manifest; suppliers the snapshot lacks lose their items and ETag (the next sync
    fetches them). Searches see the new catalogue at the commit.
    """
    with store.reading() as conn:
        schema = catalogue_schema(conn)
    contents = read_checked(path, schema)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        with store.writing(attach=(uri, ALIAS)) as conn:
            _install(conn, path, schema, contents)
    except sqlite3.Error as exc:  # rolled back: the store is as it was
        raise SnapshotRefused(path, f"installing it failed ({exc})") from exc
    return contents


def _install(
    conn: sqlite3.Connection, path: Path, schema: Schema, contents: SnapshotContents
) -> None:
    manifest = check_attached(conn, path, ALIAS, schema, contents)
    _copy_in(conn, schema)
    try:  # the copied index, read by FTS5 itself (0.5 s for a million items)
        conn.execute("INSERT INTO main.catalogue_fts(catalogue_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        raise SnapshotRefused(path, f"its search index is damaged ({exc})") from exc
    conn.execute("DELETE FROM catalogue_suppliers")
    conn.execute(
        "INSERT INTO catalogue_suppliers (supplier_id, etag, synced_at, line_count) "
        f"SELECT supplier_id, etag, synced_at, line_count FROM {ALIAS}.snapshot_catalogues"
    )
    set_meta(conn, "compound_heads", manifest["compound_heads"])
    bump_generation(conn)


def _copy_in(conn: sqlite3.Connection, schema: Schema) -> None:
    """Replace the catalogue tables' rows; secondary indexes are rebuilt after the rows
    (faster than keeping them up to date row by row)."""
    indexes = [
        (name, sql)
        for name, (kind, table, sql) in schema.items()
        if kind == "index" and sql is not None and table in COPIED_TABLES
    ]
    for name, _sql_text in indexes:
        conn.execute(f'DROP INDEX main."{name}"')
    for table in (*COPIED_TABLES, *FTS_SHADOW_TABLES):
        conn.execute(f"DELETE FROM main.{table}")
        _copy_rows(conn, ALIAS, "main", table, clear=False)
    for _name, sql_text in indexes:
        conn.execute(sql_text)
