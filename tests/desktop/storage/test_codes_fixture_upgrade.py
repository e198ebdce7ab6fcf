"""A store of schema 0005 moves to the official PEPPOL codes (migration 0006): cart,
queued orders and their unsent documents, catalogue lines; in-flight sends keep their
bytes, and every order, cart and refusal stays intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.order import OrderState
from desktop.storage.cart_repo import CartRepository
from desktop.storage.database import open_database
from desktop.storage.order_repo import OrderRepository
from desktop.storage.outbox_repo import OutboxRepository
from tests.desktop.storage.fixtures.make_codes_fixture import TARGET
from tests.desktop.storage.fixtures.make_order_fixtures import (
    IN_FLIGHT_ID,
    IN_FLIGHT_KEY,
    QUEUED_BODY,
    QUEUED_ID,
    QUEUED_KEY,
    REFUSED_ID,
)


def test_store_0005_moves_to_the_official_codes_intact(tmp_path: Path) -> None:
    store = tmp_path / TARGET.name
    shutil.copyfile(TARGET, store)
    db = open_database(store)
    try:
        orders, outbox = OrderRepository(db), OutboxRepository(db)
        due = {e.subject_id: e for e in outbox.due("orderer", datetime.now(UTC))}
        assert set(due) == {QUEUED_ID, IN_FLIGHT_ID}
        assert due[QUEUED_ID].idempotency_key == QUEUED_KEY
        document = json.loads(due[QUEUED_ID].body)["document"]
        assert 'unitCode="XPK"' in document and 'unitCode="PK"' not in document
        assert due[IN_FLIGHT_ID].idempotency_key == IN_FLIGHT_KEY
        assert due[IN_FLIGHT_ID].body == QUEUED_BODY  # may have reached the server: same bytes
        for order_id, state in (
            (QUEUED_ID, OrderState.QUEUED),
            (IN_FLIGHT_ID, OrderState.SENDING),
            (REFUSED_ID, OrderState.NEEDS_FIX),
        ):
            entry = orders.entry(order_id)
            assert entry is not None and entry.order.state is state
            assert [line.unit_code for line in entry.order.lines] == ["XPK"]
            assert entry.order.note == "Leverans till köket"
        refused = orders.entry(REFUSED_ID)
        assert refused is not None and refused.refusal is not None
        assert refused.refusal.code == "agreement_expired"
        cart = CartRepository(db).cart("u-forskola-solrosen")
        assert [(ln.seller_item_id, ln.quantity, ln.unit_code) for ln in cart.lines] == [
            ("K-00002", 3, "XPK")
        ]
    finally:
        db.close()
    con = sqlite3.connect(store)
    try:
        items = con.execute(
            "SELECT seller_item_id, unit_code, content_unit_code, certificates "
            "FROM catalogue_items ORDER BY item_id"
        ).fetchall()
        (version,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    assert items == [
        ("K-00001", "XPK", "KGM", "SVANEN\x1fSvanen\x1eKRAV_MARK\x1fKRAV"),
        ("K-00002", "EA", None, ""),
    ]
    assert version >= "0006"
