"""Delivery to the unit or through the hub, drop days, accounting string, settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery, DropDays, delivery_for, drop_days_for
from desktop.domain.order_settings import AccountBudget, OrderSettings
from desktop.domain.reference import Address, Unit, UnitKind
from desktop.domain.values import ValueFormatError

HUB = Unit(
    "u-hub",
    "Ekby omlastningscentral",
    UnitKind.HUB,
    Address("Industrigatan 20", "671 40", "Ekby"),
    "7300009000041",
    "1810",
    Decimal("0"),
)
SOLROSEN = Unit(
    "u-sol",
    "Förskolan Solrosen",
    UnitKind.KINDERGARTEN,
    Address("Solrosvägen 3", "671 32", "Ekby"),
    "7300009000021",
    "3410",
    Decimal("5000"),
    hub_id="u-hub",
)
NORR = Unit(
    "u-norr",
    "Norrskolan",
    UnitKind.SCHOOL,
    Address("Skolvägen 12", "671 31", "Ekby"),
    None,
    "3110",
    Decimal("10000"),
)
UNITS = {u.id: u for u in (HUB, SOLROSEN, NORR)}


def test_a_hub_unit_gets_its_goods_through_the_hub_as_final_recipient() -> None:
    delivery = delivery_for(SOLROSEN, UNITS)
    assert delivery.via_hub and delivery.via_hub_id == "u-hub"
    assert delivery.location_address == HUB.address and delivery.location_gln == HUB.gln
    assert delivery.recipient_name == "Förskolan Solrosen"
    assert delivery.recipient_address == SOLROSEN.address


def test_other_units_get_goods_at_their_own_address() -> None:
    delivery = delivery_for(NORR, UNITS)
    assert not delivery.via_hub and delivery.location_address == NORR.address


def test_delivery_round_trips_through_json() -> None:
    delivery = delivery_for(SOLROSEN, UNITS).with_date(date(2025, 3, 11))
    assert Delivery.from_json(delivery.to_json()) == delivery


def test_drop_days_offer_the_hubs_days_or_the_suppliers() -> None:
    monday = date(2025, 3, 10)
    hub = drop_days_for(delivery_for(SOLROSEN, UNITS), "s-1", {"u-hub": [1, 3]}, {"s-1": [0]})
    direct = drop_days_for(delivery_for(NORR, UNITS), "s-1", {"u-hub": [1, 3]}, {"s-1": [0]})
    assert hub.next_dates(monday, 3) == [date(2025, 3, 11), date(2025, 3, 13), date(2025, 3, 18)]
    assert direct.next_dates(monday, 2) == [date(2025, 3, 17), date(2025, 3, 24)]
    unknown = drop_days_for(delivery_for(NORR, UNITS), "s-9", {}, {})
    assert unknown.next_dates(monday, 5)[0] == date(2025, 3, 11)  # any working day, not today
    assert not DropDays.of([1]).allows(monday, monday)


def test_accounting_string_text_and_json() -> None:
    assert AccountingString("3410", "6110").text == "3410-6110"
    with_project = AccountingString("5210", "6420", "P-VO-2025")
    assert with_project.text == "5210-6420-P-VO-2025"
    assert AccountingString.from_json(with_project.to_json()) == with_project
    with pytest.raises(ValueFormatError):
        AccountingString.from_json({"cost_centre": "", "account": "6110"})


def test_order_settings_pick_the_account_and_budget() -> None:
    settings = OrderSettings(
        unit_id="u-sol",
        year=2025,
        default_account="6420",
        accounts=(AccountBudget("6110", "Livsmedel", Decimal("1000"), Decimal("600")),),
        agreement_accounts={"a-coffee": "6110"},
        hub_drop_days=(1, 3),
        supplier_drop_days={"s-1": (0, 2)},
    )
    assert settings.account_for("a-coffee") == "6110"
    assert settings.account_for("a-other") == "6420" and settings.account_for(None) == "6420"
    budget = settings.budget("6110", pending=Decimal("100"))
    assert budget is not None and budget.left == Decimal("300")
    assert settings.budget("6420") is None
    assert OrderSettings.from_json(settings.to_json()) == settings
    with pytest.raises(ValueFormatError):
        OrderSettings.from_json({**settings.to_json(), "hub_drop_days": [9]})
