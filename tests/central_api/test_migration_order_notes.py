"""Server migration s0014: each order keeps the orderer's note (``cbc:Note``) in a column,
read once on arrival instead of parsing the stored document on every serving."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from desktop.domain.reference import Supplier
from desktop.peppol.order_mapping import order_xml
from tests.central_api.helpers import bearer, placed, sign_in
from tests.central_api.migrating import migrate, upgrade_stored
from tests.fixtures.orders_api import EKBY, key, order_body

_NS = "urn:oasis:names:specification:ubl:schema:xsd:"
_UBL = f'xmlns="{_NS}Order-2" xmlns:cbc="{_NS}CommonBasicComponents-2"'
WITH_NOTE = f"<Order {_UBL}><cbc:ID>o-1</cbc:ID><cbc:Note>Ring på vid grinden</cbc:Note></Order>"
WITHOUT_NOTE = f"<Order {_UBL}><cbc:ID>o-2</cbc:ID></Order>"


def _insert_order(con: sqlite3.Connection, order_id: int, document: str) -> None:
    con.execute(
        "INSERT INTO orders (id, municipality_id, unit_id, supplier_id, agreement_id, "
        "client_order_id, created_by, state, currency, total, cost_centre, account, project, "
        "off_agreement_reason, requested_delivery_date, document, created_at, updated_at, "
        "change_seq) VALUES (?, 'm-ekby', 'u-1', 's-1', NULL, ?, 1, 'sent', 'SEK', '10.00', "
        "'1', '6110', NULL, NULL, NULL, ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00', ?)",
        (order_id, f"o-{order_id}", document, order_id),
    )


def test_s0014_reads_the_notes_of_stored_orders(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    url = f"sqlite:///{path}"
    migrate(url, "s0013")
    con = sqlite3.connect(path)  # foreign keys are not enforced: only these rows matter
    _insert_order(con, 1, WITH_NOTE)
    _insert_order(con, 2, WITHOUT_NOTE)
    _insert_order(con, 3, "not XML at all")
    con.commit()
    con.close()
    upgrade_stored(url)
    con = sqlite3.connect(path)
    notes = con.execute("SELECT id, note FROM orders ORDER BY id").fetchall()
    con.close()
    assert notes == [(1, "Ring på vid grinden"), (2, ""), (3, "")]
    migrate(url, "s0013", down=True)
    con = sqlite3.connect(path)
    columns = {row[1] for row in con.execute("PRAGMA table_info(orders)")}
    kept = con.execute("SELECT document FROM orders WHERE id = 1").fetchone()
    con.close()
    assert "note" not in columns and kept == (WITH_NOTE,)


def test_a_placed_order_serves_its_note(client: TestClient) -> None:
    orderer = bearer(str(sign_in(client, "orderer")["access_token"]))
    items = client.get("/suppliers", headers=orderer).json()["items"]
    coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))
    order, body = order_body(coffee)
    order = replace(order, note="Lämna vid köksdörren")
    body["document"] = order_xml(order, EKBY, coffee)
    assert placed(client, body, {**orderer, **key()})["note"] == "Lämna vid köksdörren"
    (listed,) = client.get("/orders", headers=orderer).json()["items"]
    assert listed["note"] == "Lämna vid köksdörren"
