"""The local checks before placing: each blocking or qualifying finding, in plain codes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.domain.cart import Cart, CartLine
from desktop.domain.order_delivery import DropDays
from desktop.domain.order_problems import Severity, blocking
from desktop.domain.order_rules import PlacingContext, check_cart
from desktop.domain.order_settings import AccountBudget, OrderSettings
from desktop.domain.reference import (
    Address,
    Agreement,
    CallOffMethod,
    Me,
    Role,
    Supplier,
    Unit,
    UnitKind,
)

D = Decimal
TODAY = date(2025, 3, 10)  # a Monday
UNIT = Unit(
    "u-1",
    "Förskolan Solrosen",
    UnitKind.KINDERGARTEN,
    Address("Solrosvägen 3", "671 32", "Ekby"),
    None,
    "3410",
    D("5000.00"),
)
ME = Me("orderer", "Olle", Role.ORDERER, ("u-1",), True, "Ekby kommun")
SUPPLIER = Supplier("s-1", "Kaffekompaniet AB", "5560000001", "0007", "SE", True, D("300.00"))
AGREEMENT = Agreement(
    "a-coffee",
    "RA-1",
    "Kaffe och te",
    CallOffMethod.DIRECT,
    date(2025, 1, 1),
    date(2025, 12, 31),
    True,
    ("s-1",),
)


def ctx(**changes: object) -> PlacingContext:
    base = PlacingContext(
        today=TODAY,
        me=ME,
        unit=UNIT,
        suppliers={"s-1": SUPPLIER},
        agreements={"a-coffee": AGREEMENT},
        settings=settings(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def settings(amount: str = "10000", spent: str = "2000") -> OrderSettings:
    return OrderSettings(
        unit_id="u-1",
        year=2025,
        default_account="6420",
        accounts=(
            AccountBudget("6110", "Livsmedel", D(amount), D(spent)),
            AccountBudget("6420", "Förbrukningsmaterial", D("5000"), D("0")),
        ),
        agreement_accounts={"a-coffee": "6110", "a-2": "6110"},
    )


def cart(
    quantity: str = "10",
    price: str = "50.00",
    supplier: str = "s-1",
    agreement: str | None = "a-coffee",
) -> Cart:
    return Cart("u-1").add(
        CartLine(supplier, "K-1", "Kaffe", D(quantity), "XPK", D(price), agreement_id=agreement)
    )


def codes(c: Cart, context: PlacingContext) -> list[str]:
    return [p.code for p in check_cart(c.groups(), context)[0]]


def test_a_good_order_has_no_problems() -> None:
    assert check_cart(cart().groups(), ctx()) == [[]]


def test_agreement_expired_or_not_yet_valid() -> None:
    expired = replace(AGREEMENT, valid_to=date(2025, 3, 9))
    future = replace(AGREEMENT, valid_from=date(2025, 3, 11))
    problems = check_cart(cart().groups(), ctx(agreements={"a-coffee": expired}))[0]
    assert [(p.code, p.params["to"]) for p in problems] == [("agreement_expired", "2025-03-09")]
    assert codes(cart(), ctx(agreements={"a-coffee": future})) == ["agreement_not_yet_valid"]


def test_supplier_minimum_says_how_much_is_missing() -> None:
    (problem,) = check_cart(cart(quantity="5").groups(), ctx())[0]
    assert problem.code == "supplier_minimum_not_reached" and problem.blocks
    assert problem.params["missing"] == "50.00" and problem.params["minimum"] == "300.00"


def test_only_certified_orderers_of_the_unit_may_order() -> None:
    other_unit = replace(ME, unit_ids=("u-2",))
    superuser = replace(ME, role=Role.SUPERUSER)
    not_theirs = replace(superuser, unit_ids=("u-2",))
    uncertified = replace(ME, certified=False)
    assert codes(cart(), ctx(me=other_unit)) == ["not_orderer_for_unit"]
    assert codes(cart(), ctx(me=not_theirs)) == ["not_orderer_for_unit"]
    (on_behalf,) = check_cart(cart().groups(), ctx(me=superuser))[0]
    assert on_behalf.code == "ordering_on_behalf" and not on_behalf.blocks
    assert codes(cart(), ctx(me=uncertified)) == ["not_certified"]
    assert codes(cart(), ctx(me=replace(ME, role=Role.MANAGER))) == []


def test_budget_exceeded_warns_but_does_not_block() -> None:
    context = ctx(settings=settings("1000", "500"), pending={"6110": D("100")})
    (problem,) = check_cart(cart().groups(), context)[0]
    assert problem.code == "budget_exceeded" and problem.severity is Severity.WARNING
    assert problem.params == {
        "account": "6110",
        "left": "400",
        "total": "500.00",
        "over": "100.00",
        "currency": "SEK",
    }
    assert not blocking([problem])


def test_budget_is_used_up_across_the_orders_of_one_cart() -> None:
    two = cart().add(CartLine("s-2", "B-1", "Bröd", D("10"), "EA", D("50.00"), agreement_id="a-2"))
    suppliers = {"s-1": SUPPLIER, "s-2": replace(SUPPLIER, id="s-2")}
    agreements = {"a-coffee": AGREEMENT, "a-2": replace(AGREEMENT, id="a-2", supplier_ids=("s-2",))}
    budget = settings("800", "0")
    results = check_cart(
        two.groups(), ctx(suppliers=suppliers, agreements=agreements, settings=budget)
    )
    assert [[p.code for p in r] for r in results] == [[], ["budget_exceeded"]]


def test_over_the_approval_limit_the_order_waits_for_the_manager() -> None:
    (problem,) = check_cart(cart(quantity="101").groups(), ctx())[0]
    assert problem.code == "needs_approval" and problem.severity is Severity.APPROVAL
    assert problem.params["limit"] == "5000.00" and problem.params["total"] == "5050.00"
    assert not problem.blocks


def test_unknown_settings_block_and_unknown_budget_is_said() -> None:
    assert codes(cart(), ctx(settings=None)) == ["order_settings_missing"]
    no_budget_account = ctx(settings=replace(settings(), accounts=()))
    assert codes(cart(), no_budget_account) == ["budget_unknown"]


def test_supplier_not_on_the_agreement_or_not_in_ecommerce() -> None:
    off = replace(SUPPLIER, in_ecommerce=False)
    not_on = replace(AGREEMENT, supplier_ids=("s-9",))
    assert codes(cart(), ctx(suppliers={"s-1": off})) == ["supplier_not_in_ecommerce"]
    assert codes(cart(), ctx(agreements={"a-coffee": not_on})) == ["supplier_not_on_agreement"]
    assert "supplier_unknown" in codes(cart(supplier="s-x"), ctx())


def test_beside_the_agreements_a_reason_is_required() -> None:
    assert codes(cart(agreement=None), ctx()) == ["off_agreement_reason_missing"]
    assert codes(cart(agreement=None), ctx(off_agreement_reason="Akut behov")) == []


def test_requested_date_in_the_past_or_off_the_drop_days() -> None:
    days = DropDays.of([1, 3])  # Tuesday and Thursday
    assert codes(cart(), ctx(requested_date=date(2025, 3, 7))) == ["requested_date_past"]
    off_day = ctx(requested_date=date(2025, 3, 12), drop_days={"s-1": days})
    (problem,) = check_cart(cart().groups(), off_day)[0]
    assert problem.code == "requested_date_not_drop_day" and not problem.blocks
    assert codes(cart(), ctx(requested_date=date(2025, 3, 11), drop_days={"s-1": days})) == []
