"""Checking a catalogue store snapshot before anything of it is used (see
``catalogue_snapshot``): the file is someone else's until it passes every check here.

The file is opened read-only, with ``trusted_schema`` off and ``query_only`` on, and
must pass ``quick_check``; its objects must be exactly the local store's catalogue
tables and indexes (same ``CREATE`` SQL, no triggers, views or anything else) plus the
two manifest tables; its manifest must name this app's snapshot format, store schema
revision and index version, and agree with the rows it holds.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from desktop.domain.errors import AvropError
from desktop.storage.catalogue_index import INDEX_VERSION

SNAPSHOT_FORMAT = 1

# The catalogue's plain tables a snapshot carries (the FTS index goes as its shadow
# tables: ``shadow_tables``). CPV labels, synonyms and the per-user tables stay local.
COPIED_TABLES = ("catalogue_items", "catalogue_offers", "catalogue_terms")
FTS_TABLE = "catalogue_fts"
FTS_SHADOW_TABLES = ("catalogue_fts_data", "catalogue_fts_idx", "catalogue_fts_config")
MANIFEST_DDL = "CREATE TABLE snapshot_manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
CATALOGUES_DDL = (
    "CREATE TABLE snapshot_catalogues (supplier_id TEXT PRIMARY KEY, etag TEXT, "
    "synced_at TEXT NOT NULL, line_count INTEGER NOT NULL)"
)
MANIFEST_KEYS = frozenset(
    {"format", "schema_revision", "index_version", "compound_heads", "lines", "made_at"}
)

# name -> (type, table, CREATE SQL or None for an automatic index)
Schema = dict[str, tuple[str, str, str | None]]


@dataclass(frozen=True)
class SnapshotContents:
    """What a snapshot holds, from its manifest."""

    format: int
    schema_revision: str  # the local store's alembic head the file was made at
    catalogues: dict[str, str]  # supplier_id -> the catalogue ETag it holds (if it has one)
    lines: int


class SnapshotRefused(AvropError):
    """The snapshot file cannot be installed (damaged, foreign, or made for another
    version of Avrop); nothing was changed."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("snapshot_refused", f"The catalogue snapshot {path} was refused: {reason}")
        self.path = path
        self.reason = reason


def store_schema_revision() -> str:
    """The head revision of the local store's migrations (what this code writes)."""
    from desktop.storage.database import alembic_config, shipped_head

    head = shipped_head()
    if head is None:
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def catalogue_schema(conn: sqlite3.Connection, schema: str = "main") -> Schema:
    """The objects of the catalogue tables a snapshot carries, as ``conn`` holds them."""
    tables = (*COPIED_TABLES, FTS_TABLE, *FTS_SHADOW_TABLES)
    rows = conn.execute(
        f"SELECT name, type, tbl_name, sql FROM {schema}.sqlite_master "
        f"WHERE tbl_name IN ({', '.join('?' * len(tables))})",
        tables,
    ).fetchall()
    return {str(r[0]): (str(r[1]), str(r[2]), r[3]) for r in rows}


@cache
def manifest_schema() -> Schema:
    """The objects of the two manifest tables (made once in memory to read them)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(MANIFEST_DDL)
        conn.execute(CATALOGUES_DDL)
        rows = conn.execute("SELECT name, type, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return {str(r[0]): (str(r[1]), str(r[2]), r[3]) for r in rows}


@cache
def local_schema() -> Schema:
    """The catalogue schema of a store made by this app's migrations (a temporary one)."""
    from desktop.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="avrop-schema-") as folder:
        db = open_database(Path(folder) / "schema.sqlite3")
        try:
            with db.engine.connect() as sa_conn:
                raw = sa_conn.connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                return catalogue_schema(raw)
        finally:
            db.close()


def read_checked(path: Path, expected: Schema) -> SnapshotContents:
    """Open ``path`` read-only, check it against ``expected`` (the local catalogue
    schema) and return its contents; ``SnapshotRefused`` if anything is wrong."""
    if not path.is_file():
        raise SnapshotRefused(path, "there is no such file")
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise SnapshotRefused(path, f"it cannot be opened ({exc})") from exc
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
        if problems != ["ok"]:
            raise SnapshotRefused(path, "it is damaged: " + "; ".join(problems))
        _check_objects(path, catalogue_schema_all(conn, "main"), expected)
        manifest = _manifest(path, conn, "main")
        return _contents(path, conn, "main", manifest)
    except sqlite3.DatabaseError as exc:
        raise SnapshotRefused(path, f"it is not a readable SQLite database ({exc})") from exc
    finally:
        conn.close()


def check_attached(
    conn: sqlite3.Connection,
    path: Path,
    alias: str,
    expected: Schema,
    contents: SnapshotContents,
) -> dict[str, str]:
    """Check the snapshot again once attached as ``alias`` (inside the installing
    transaction: the file must still be the one checked) and return its manifest."""
    try:
        _check_objects(path, catalogue_schema_all(conn, alias), expected)
        manifest = _manifest(path, conn, alias)
        if _contents(path, conn, alias, manifest) != contents:
            raise SnapshotRefused(path, "it changed while it was being installed")
    except sqlite3.DatabaseError as exc:
        raise SnapshotRefused(path, f"it is not a readable SQLite database ({exc})") from exc
    return manifest


def catalogue_schema_all(conn: sqlite3.Connection, schema: str) -> Schema:
    """Every object of a snapshot file (anything beyond the catalogue is refused)."""
    rows = conn.execute(f"SELECT name, type, tbl_name, sql FROM {schema}.sqlite_master").fetchall()
    return {str(r[0]): (str(r[1]), str(r[2]), r[3]) for r in rows}


def _check_objects(path: Path, found: Schema, expected: Schema) -> None:
    wanted = {**expected, **manifest_schema()}
    extra = sorted(set(found) - set(wanted))
    if extra:
        kinds = ", ".join(f"{found[n][0]} {n}" for n in extra)
        raise SnapshotRefused(path, f"it holds objects a catalogue has not: {kinds}")
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise SnapshotRefused(path, f"it lacks {', '.join(missing)}")
    for name, definition in wanted.items():
        if found[name] != definition:
            raise SnapshotRefused(path, f"its {name} is not defined as this Avrop's")


def _manifest(path: Path, conn: sqlite3.Connection, schema: str) -> dict[str, str]:
    rows = conn.execute(f"SELECT key, value FROM {schema}.snapshot_manifest").fetchall()
    manifest = {r[0]: r[1] for r in rows if isinstance(r[0], str) and isinstance(r[1], str)}
    if set(manifest) != MANIFEST_KEYS or len(rows) != len(MANIFEST_KEYS):
        raise SnapshotRefused(path, "its manifest is incomplete or malformed")
    if manifest["format"] != str(SNAPSHOT_FORMAT):
        raise SnapshotRefused(
            path, f"it is in format {manifest['format']!r}, this Avrop reads {SNAPSHOT_FORMAT}"
        )
    revision = store_schema_revision()
    if manifest["schema_revision"] != revision:
        raise SnapshotRefused(
            path,
            f"it was made for store schema {manifest['schema_revision']!r}, "
            f"this Avrop's is {revision!r}",
        )
    if manifest["index_version"] != INDEX_VERSION:
        raise SnapshotRefused(
            path,
            f"its search index was built by rules {manifest['index_version']!r}, "
            f"this Avrop's are {INDEX_VERSION!r}",
        )
    if not manifest["lines"].isdigit():
        raise SnapshotRefused(path, "its manifest has no line count")
    return manifest


def _contents(
    path: Path, conn: sqlite3.Connection, schema: str, manifest: dict[str, str]
) -> SnapshotContents:
    """The manifest's catalogues, checked against the items the file holds."""
    catalogues: dict[str, str] = {}
    counts: dict[str, int] = {}
    rows = conn.execute(
        f"SELECT supplier_id, etag, synced_at, line_count FROM {schema}.snapshot_catalogues"
    )
    for supplier_id, etag, synced_at, line_count in rows:
        if not (isinstance(supplier_id, str) and isinstance(etag, str | None)):
            raise SnapshotRefused(path, "its catalogue list is malformed")
        if not isinstance(line_count, int) or not _is_time(synced_at):
            raise SnapshotRefused(path, f"its entry of supplier {supplier_id!r} is malformed")
        counts[supplier_id] = line_count
        if etag is not None:
            catalogues[supplier_id] = etag
    held = dict(
        conn.execute(
            f"SELECT supplier_id, count(*) FROM {schema}.catalogue_items GROUP BY supplier_id"
        ).fetchall()
    )
    if {k: v for k, v in counts.items() if v} != held:
        raise SnapshotRefused(path, "its items do not match its catalogue list")
    lines = int(manifest["lines"])
    if sum(held.values()) != lines:
        raise SnapshotRefused(path, "its line count does not match its items")
    return SnapshotContents(SNAPSHOT_FORMAT, manifest["schema_revision"], catalogues, lines)


def _is_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True
