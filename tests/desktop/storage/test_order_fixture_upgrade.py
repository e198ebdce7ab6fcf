"""A store of the orders release (schema 0003) with queued orders upgrades intact: the
cart, the queued and in-flight orders (same key, same bytes), the refusal, the settings."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from desktop.domain.order import OrderState
from desktop.storage.cart_repo import CartRepository
from desktop.storage.database import open_database
from desktop.storage.order_repo import OrderRepository
from desktop.storage.order_settings_repo import OrderSettingsRepository
from desktop.storage.outbox_repo import OutboxRepository
from tests.desktop.storage.fixtures.make_order_fixtures import (
    IN_FLIGHT_ID,
    IN_FLIGHT_KEY,
    QUEUED_BODY,
    QUEUED_ID,
    QUEUED_KEY,
    REFUSED_ID,
    TARGET,
)


def test_queued_orders_survive_the_upgrade(tmp_path: Path) -> None:
    store = tmp_path / TARGET.name
    shutil.copyfile(TARGET, store)
    db = open_database(store)
    try:
        orders, outbox = OrderRepository(db), OutboxRepository(db)
        due = {e.subject_id: e for e in outbox.due("orderer", datetime.now(UTC))}
        assert set(due) == {QUEUED_ID, IN_FLIGHT_ID}
        assert due[QUEUED_ID].idempotency_key == QUEUED_KEY
        assert due[QUEUED_ID].body == QUEUED_BODY and not due[QUEUED_ID].in_flight
        assert due[IN_FLIGHT_ID].idempotency_key == IN_FLIGHT_KEY
        assert due[IN_FLIGHT_ID].in_flight and due[IN_FLIGHT_ID].attempts == 2
        queued = orders.entry(QUEUED_ID)
        assert queued is not None and queued.order.state is OrderState.QUEUED
        assert (
            queued.order.total == Decimal("549.00") and queued.order.note == "Leverans till köket"
        )
        assert queued.order.delivery.via_hub_id == "u-hub"
        in_flight = orders.entry(IN_FLIGHT_ID)
        assert in_flight is not None and in_flight.outbox is not None
        assert in_flight.order.state is OrderState.SENDING and in_flight.outbox.in_flight
        refused = orders.entry(REFUSED_ID)
        assert refused is not None and refused.refusal is not None
        assert refused.refusal.code == "agreement_expired" and refused.unseen
        cart = CartRepository(db).cart("u-forskola-solrosen")
        assert [(ln.seller_item_id, ln.quantity) for ln in cart.lines] == [("K-00002", 3)]
        settings = OrderSettingsRepository(db).get("u-forskola-solrosen")
        assert settings is not None and settings.account_for("a-coffee") == "6110"
        assert settings.buyer is not None and settings.buyer.endpoint_id == "2120000001"
    finally:
        db.close()
    con = sqlite3.connect(store)
    try:
        (version,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    assert version > "0003"
    assert len(list(tmp_path.glob(f"{store.name}.backup-0003-*"))) == 1
