"""The catalogue tables of catalogue_models.py are exactly what migrations 0002 and 0009
create."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from desktop.storage import catalogue_models
from desktop.storage.database import open_database
from desktop.storage.models import Base

MINE = {
    m.local_table.name
    for m in Base.registry.mappers
    if m.class_.__module__ == catalogue_models.__name__
}


def _mine(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    table = (
        obj.table.name
        if type_ in ("column", "index", "unique_constraint", "foreign_key_constraint")
        else name
    )
    return table in MINE


def test_models_match_migration_0002(tmp_path: Path) -> None:
    db = open_database(tmp_path / "avrop.sqlite3")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": _mine})
            diff = compare_metadata(context, Base.metadata)
            tables = set(inspect(conn).get_table_names())
    finally:
        db.close()
    assert {
        "catalogue_items",
        "catalogue_suppliers",
        "catalogue_terms",
        "catalogue_meta",
        "cpv_labels",
        "search_synonyms",
        "catalogue_offers",
    } == MINE
    assert diff == []
    assert {"catalogue_fts", "cpv_label_fts"} <= tables
