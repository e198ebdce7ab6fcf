"""Carts, placing (order + outbox in one transaction), changing and cancelling."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.cart import CartLine
from desktop.domain.errors import AvropError
from desktop.domain.order import OrderState
from desktop.storage.cart_repo import CartRepository
from desktop.storage.database import Database, open_database
from desktop.storage.order_repo import NewOrder, OrderRepository
from desktop.storage.outbox_repo import OutboxRepository
from tests.fixtures.orders import SAMPLE_NOW, sample_body, sample_new_order, sample_order

D = Decimal
UNIT = "u-forskola-solrosen"


def cart_line(item: str = "K-00001", quantity: str = "2") -> CartLine:
    return CartLine(
        "s-coffee-1",
        item,
        "Kaffe",
        D(quantity),
        "XPK",
        D("54.90"),
        agreement_id="a-coffee",
        min_quantity=D("1"),
    )


def test_the_cart_survives_closing_the_store(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.sqlite3")
    carts = CartRepository(db)
    carts.add(UNIT, cart_line())
    carts.add(UNIT, cart_line("K-00002"))
    carts.add(UNIT, cart_line(quantity="3"))
    carts.set_quantity(UNIT, "s-coffee-1", "K-00002", D("4"))
    db.close()
    again = CartRepository(open_database(tmp_path / "s.sqlite3"))
    cart = again.cart(UNIT)
    assert [(ln.seller_item_id, ln.quantity) for ln in cart.lines] == [
        ("K-00001", D("5")),
        ("K-00002", D("4")),
    ]
    assert cart.lines[0].price == D("54.90") and cart.lines[0].min_quantity == D("1")
    assert again.line_counts() == {UNIT: 2}
    assert again.remove(UNIT, "s-coffee-1", "K-00001").lines[0].seller_item_id == "K-00002"
    assert again.clear(UNIT).is_empty and again.cart("u-other").is_empty


def test_placing_writes_order_and_outbox_and_empties_the_cart_lines(order_store: Database) -> None:
    carts = CartRepository(order_store)
    carts.add(UNIT, cart_line())
    carts.add(UNIT, replace(cart_line("B-1"), supplier_id="s-bakery-1"))
    new = sample_new_order()
    (entry,) = OrderRepository(order_store).place([new], "orderer", SAMPLE_NOW)
    assert entry.order.state is OrderState.QUEUED and entry.outbox is not None
    assert entry.outbox.attempts == 0 and not entry.outbox.in_flight
    assert [ln.seller_item_id for ln in carts.cart(UNIT).lines] == ["B-1"]
    outbox = OutboxRepository(order_store)
    (due,) = outbox.due("orderer", SAMPLE_NOW)
    assert due.body == new.body and due.subject_id == new.order.id and due.path == "/orders"
    assert outbox.due("someone-else", SAMPLE_NOW) == []
    assert outbox.count("orderer") == 1 and outbox.count() == 1
    stored = OrderRepository(order_store).entry(new.order.id)
    assert stored is not None and stored.order == new.order


def test_placing_is_all_or_nothing(order_store: Database) -> None:
    CartRepository(order_store).add(UNIT, cart_line())
    first = sample_new_order()
    clash = NewOrder(first.order, b"{}", ())  # the same order id twice: the insert fails
    with pytest.raises(Exception):  # noqa: B017 - any database error
        OrderRepository(order_store).place([first, clash], "orderer")
    assert OrderRepository(order_store).entries() == []
    assert OutboxRepository(order_store).count() == 0
    assert len(CartRepository(order_store).cart(UNIT).lines) == 1


def test_a_queued_order_can_be_changed_under_a_new_key(order_store: Database) -> None:
    repo, outbox = OrderRepository(order_store), OutboxRepository(order_store)
    new = sample_new_order()
    repo.place([new], "orderer", SAMPLE_NOW)
    (before,) = outbox.due("orderer", SAMPLE_NOW)
    changed = sample_order(new.order.id, quantity="12")
    entry = repo.replace_queued(changed, sample_body(changed), SAMPLE_NOW)
    (after,) = outbox.due("orderer", SAMPLE_NOW)
    assert entry.order.lines[0].quantity == D("12") and entry.order.total == D("658.80")
    assert after.idempotency_key != before.idempotency_key and after.body != before.body


def test_an_order_that_may_have_reached_the_server_is_locked(order_store: Database) -> None:
    repo, outbox = OrderRepository(order_store), OutboxRepository(order_store)
    new = sample_new_order()
    repo.place([new], "orderer", SAMPLE_NOW)
    (due,) = outbox.due("orderer", SAMPLE_NOW)
    claimed = outbox.claim(due.id, SAMPLE_NOW)
    assert claimed is not None and not claimed.in_flight  # no earlier attempt
    for action in (
        lambda: repo.cancel(new.order.id),
        lambda: repo.replace_queued(new.order, new.body),
    ):
        with pytest.raises(AvropError) as caught:
            action()
        assert caught.value.code == "order_not_editable"
    entry = repo.entry(new.order.id)
    assert entry is not None and entry.order.state is OrderState.SENDING


def test_a_queued_order_can_be_cancelled(order_store: Database) -> None:
    repo = OrderRepository(order_store)
    new = sample_new_order()
    repo.place([new], "orderer", SAMPLE_NOW)
    entry = repo.cancel(new.order.id)
    assert entry.order.state is OrderState.CANCELLED and entry.outbox is None
    assert OutboxRepository(order_store).count() == 0
    with pytest.raises(AvropError):
        repo.cancel(new.order.id)


def test_pending_total_counts_only_orders_in_the_outbox(order_store: Database) -> None:
    repo = OrderRepository(order_store)
    one, two = sample_new_order(), sample_new_order()
    repo.place([one, two], "orderer", SAMPLE_NOW)
    assert repo.pending_total(UNIT) == D("1098.00")
    repo.cancel(two.order.id)
    assert repo.pending_total(UNIT) == D("549.00")
    assert {e.order.id for e in repo.entries([UNIT], "orderer")} == {one.order.id, two.order.id}
    assert repo.entries(["u-other"]) == []


def test_the_store_keeps_money_as_exact_text(order_store: Database) -> None:
    OrderRepository(order_store).place(
        [sample_new_order(sample_order(price="0.10", quantity="3"))], "orderer"
    )
    con = sqlite3.connect(order_store.path)
    try:
        assert con.execute("SELECT total FROM orders").fetchone() == ("0.30",)
    finally:
        con.close()
