"""Stores written by released versions open in this one with their data intact.

Each case is a fixture file of a released schema (built by ``fixtures/make_fixtures.py``)
and a check of what must survive. A later release adds its fixture and a check here.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from desktop.storage.database import Database, alembic_config, open_database
from desktop.storage.reference_repo import ReferenceRepository

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def check_0001(db: Database) -> None:
    repo = ReferenceRepository(db)
    unit = repo.unit("u-forskola-solrosen")
    assert unit is not None and unit.name == "Förskolan Solrosen"
    assert unit.approval_limit == Decimal("5000.00")
    supplier = repo.supplier("s-coffee-1")
    assert supplier is not None and supplier.min_order_amount == Decimal("300.00")
    agreement = repo.agreement("a-coffee")
    assert agreement is not None and agreement.supplier_ids == ("s-coffee-1",)
    assert [a.id for a in repo.agreements_for_supplier("s-coffee-1")] == ["a-coffee"]
    me = repo.me()
    assert me is not None and me.username == "orderer" and me.unit_ids == ("u-forskola-solrosen",)
    state = repo.sync_state("units")
    assert state is not None and state.etag == '"u-1"'
    assert state.synced_at == datetime(2025, 6, 1, 8, 0, tzinfo=UTC)


CASES: list[tuple[str, Callable[[Database], None]]] = [("0001", check_0001)]


@pytest.mark.parametrize(("revision", "check"), CASES, ids=[c[0] for c in CASES])
def test_released_store_upgrades_to_head_with_its_data(
    tmp_path: Path, revision: str, check: Callable[[Database], None]
) -> None:
    store = tmp_path / f"store-{revision}.sqlite3"
    shutil.copyfile(FIXTURES / store.name, store)
    head = ScriptDirectory.from_config(alembic_config(())).get_current_head()

    db = open_database(store)
    try:
        check(db)
    finally:
        db.close()

    con = sqlite3.connect(store)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    finally:
        con.close()
    backups = list(tmp_path.glob(f"{store.name}.backup-{revision}-*"))
    if revision == head:
        assert backups == []  # nothing to upgrade, nothing to back up
    else:
        assert len(backups) == 1
        assert backups[0].read_bytes()[:16] == b"SQLite format 3\x00"
