"""``avrop-central-api migrate-db --from URL --to URL``: copy a central API database
(typically the SQLite file of a trial) into another (typically PostgreSQL).

The target is migrated to the head revision and must be empty; the source must already be
at head (start the server on it once). Every row is checked first against what the target
refuses (text longer than its column, NUL characters): SQLite stores them, PostgreSQL
does not. Rows are copied in one transaction, parents before children; on PostgreSQL the
id sequences then continue after the copied ids. Nothing is written unless all of it is.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, String, Table, func, select, text

from central_api.db import alembic_config, create_db_engine, upgrade_to_head
from central_api.models import Base

BATCH_ROWS = 1000
# Tables whose rows the migrations themselves create: replaced by the source's.
MIGRATION_SEEDED = frozenset({"order_change_counter", "reference_version"})
MAX_PROBLEMS = 20


class MigrationRefused(Exception):
    """The copy cannot be made; the message says why (nothing was written)."""


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _head(url: str) -> str | None:
    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def _row_problems(table: Table, row: dict[str, Any]) -> Iterator[str]:
    for column in table.columns:
        value = row[column.name]
        if not isinstance(value, str):
            continue
        length = getattr(column.type, "length", None) if isinstance(column.type, String) else None
        key = ", ".join(f"{c.name}={row[c.name]!r}" for c in table.primary_key.columns)
        if length is not None and len(value) > length:
            yield f"{table.name}.{column.name} ({key}): {len(value)} characters, at most {length}"
        if "\x00" in value:
            yield f"{table.name}.{column.name} ({key}): contains a NUL character"


def _rows(source: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    result = source.execute(select(table).order_by(*order)).mappings()
    while batch := result.fetchmany(BATCH_ROWS):
        yield [dict(row) for row in batch]


def _check_source(source: Connection) -> None:
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        for batch in _rows(source, table):
            for row in batch:
                problems.extend(_row_problems(table, row))
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        shown = "\n  ".join(problems[:MAX_PROBLEMS])
        raise MigrationRefused(f"The target would refuse these values; fix them first:\n  {shown}")


def _reset_sequences(target: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        for column in table.primary_key.columns:
            if column.autoincrement is not True:
                continue
            top = target.scalar(select(func.max(column)))
            if top is not None:
                target.execute(
                    text("SELECT setval(pg_get_serial_sequence(:table, :column), :top)"),
                    {"table": table.name, "column": column.name, "top": top},
                )


def _self_references(table: Table) -> list[str]:
    """Columns pointing at the same table (e.g. a unit's hub), filled in after the rows."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(reading: Connection, writing: Connection, table: Table) -> int:
    later = _self_references(table)
    copied = 0
    for batch in _rows(reading, table):
        writing.execute(table.insert(), [{**row, **dict.fromkeys(later)} for row in batch])
        for row in batch:
            values = {name: row[name] for name in later if row[name] is not None}
            if values:
                match = [c == row[c.name] for c in table.primary_key.columns]
                writing.execute(table.update().where(*match).values(values))
        copied += len(batch)
    return copied


def copy_database(source_url: str, target_url: str) -> dict[str, int]:
    """Copy every row; returns the row count per table. Raises ``MigrationRefused``."""
    source, target = create_db_engine(source_url), create_db_engine(target_url)
    try:
        if _revision(source) != _head(source_url):
            raise MigrationRefused(
                "The source database is not at the current schema revision: "
                "start the server on it once, then copy it"
            )
        upgrade_to_head(target)
        counts: dict[str, int] = {}
        with source.connect() as reading, target.begin() as writing:
            for table in Base.metadata.sorted_tables:
                if table.name in MIGRATION_SEEDED:
                    writing.execute(table.delete())
                elif writing.scalar(select(func.count()).select_from(table)):
                    raise MigrationRefused(f"The target is not empty (table {table.name})")
            _check_source(reading)
            for table in Base.metadata.sorted_tables:
                counts[table.name] = _copy_table(reading, writing, table)
            if writing.dialect.name == "postgresql":
                _reset_sequences(writing)
        return counts
    finally:
        source.dispose()
        target.dispose()


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="avrop-central-api migrate-db",
        description="Copy a central API database (e.g. SQLite) into an empty one (PostgreSQL)",
    )
    parser.add_argument("--from", dest="source", required=True, help="source SQLAlchemy URL")
    parser.add_argument("--to", dest="target", required=True, help="target SQLAlchemy URL")
    args = parser.parse_args(argv)
    try:
        counts = copy_database(args.source, args.target)
    except MigrationRefused as exc:
        print(f"Not copied: {exc}", file=sys.stderr)
        return 1
    print(f"Copied {sum(counts.values())} rows in {len(counts)} tables", flush=True)
    return 0
