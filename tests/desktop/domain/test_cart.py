"""The cart: adding, changing and removing lines; one order per supplier."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.cart import Cart, CartLine, line_amount, split_by_supplier
from desktop.domain.catalogue import CatalogueLine
from desktop.domain.errors import AvropError

D = Decimal


def line(
    supplier: str = "s-coffee-1",
    item: str = "K-1",
    quantity: str = "1",
    price: str | None = "54.90",
    agreement: str | None = "a-coffee",
    unit: str = "XPK",
    minimum: str | None = None,
    maximum: str | None = None,
) -> CartLine:
    return CartLine(
        supplier_id=supplier,
        seller_item_id=item,
        name=f"Item {item}",
        quantity=D(quantity),
        unit_code=unit,
        price=None if price is None else D(price),
        agreement_id=agreement,
        min_quantity=None if minimum is None else D(minimum),
        max_quantity=None if maximum is None else D(maximum),
    )


def test_adding_the_same_item_adds_up_the_quantity() -> None:
    cart = Cart("u-1").add(line(quantity="2")).add(line(item="K-2")).add(line(quantity="3"))
    assert [(ln.seller_item_id, ln.quantity) for ln in cart.lines] == [("K-1", 5), ("K-2", 1)]


def test_set_quantity_checks_the_items_rules_and_zero_never_removes() -> None:
    cart = Cart("u-1").add(line(minimum="2", quantity="2"))
    assert cart.set_quantity("s-coffee-1", "K-1", D("4")).lines[0].quantity == 4
    with pytest.raises(AvropError) as caught:
        cart.set_quantity("s-coffee-1", "K-1", D("1"))
    assert caught.value.code == "quantity_below_minimum"
    with pytest.raises(AvropError) as zero:
        cart.set_quantity("s-coffee-1", "K-1", D("0"))
    assert zero.value.code == "quantity_not_positive" and cart.lines
    with pytest.raises(AvropError):
        cart.set_quantity("s-x", "nope", D("1"))


def test_line_amount_is_quantity_times_price_over_base_quantity_in_cents() -> None:
    assert line_amount(D("3"), D("54.90")) == D("164.70")
    assert line_amount(D("1"), D("10.00"), D("3")) == D("3.33")
    assert line_amount(D("0.333"), D("1.005")) == D("0.33")


def test_a_cart_from_three_suppliers_becomes_three_orders() -> None:
    cart = (
        Cart("u-1")
        .add(line("s-a", "1"))
        .add(line("s-b", "2", agreement="a-b"))
        .add(line("s-a", "3"))
        .add(line("s-c", "4", agreement="a-c"))
    )
    groups = cart.groups()
    assert [(g.supplier_id, [ln.seller_item_id for ln in g.lines]) for g in groups] == [
        ("s-a", ["1", "3"]),
        ("s-b", ["2"]),
        ("s-c", ["4"]),
    ]
    assert groups[0].total == D("109.80")


def test_line_problems_name_the_item() -> None:
    problems = line(price=None, quantity="1.5").problems()
    assert [p.code for p in problems] == ["quantity_whole_units", "price_missing"]
    assert problems[0].params["item"] == "Item K-1"


def test_from_catalogue_keeps_what_ordering_needs() -> None:
    item = CatalogueLine(
        supplier_id="s-1",
        seller_item_id="A",
        name="Kaffe",
        unit_code="XPK",
        price=D("50"),
        min_order_quantity=D("2"),
        max_order_quantity=D("10"),
        agreement_id="a-coffee",
        gtin="7310000000009",
        cpv_codes=("15861000",),
    )
    cart_line = CartLine.from_catalogue(item, D("2.0"))
    assert cart_line.quantity == D("2") and str(cart_line.quantity) == "2"
    assert cart_line.rule.min_quantity == 2 and cart_line.agreement_id == "a-coffee"
    assert cart_line.gtin == "7310000000009" and cart_line.cpv_code == "15861000"


suppliers = st.sampled_from(["s-a", "s-b", "s-c", "s-d"])
items = st.lists(st.tuples(suppliers, st.integers(0, 50), st.integers(1, 20)), max_size=30)


@given(items)
def test_splitting_keeps_every_line_once_and_the_total(entries: list[tuple[str, int, int]]) -> None:
    cart = Cart("u-1")
    for supplier, item, quantity in entries:
        cart = cart.add(line(supplier, str(item), str(quantity), agreement=f"a-{supplier}"))
    groups = split_by_supplier(cart.lines)
    flattened = [ln for g in groups for ln in g.lines]
    assert sorted(ln.key for ln in flattened) == sorted(ln.key for ln in cart.lines)
    assert len({g.supplier_id for g in groups}) == len(groups)
    assert all(ln.supplier_id == g.supplier_id for g in groups for ln in g.lines)
    cart_total = sum((ln.amount or D(0) for ln in cart.lines), D(0))
    assert sum((g.total for g in groups), D(0)) == cart_total
