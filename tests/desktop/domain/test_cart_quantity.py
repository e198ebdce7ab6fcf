"""Quantities in the item's orderable unit, within its minimum and maximum."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.quantity import (
    QuantityRule,
    check_quantity,
    clamp_quantity,
    parse_quantity,
    plain_quantity,
)

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2", D("2")),
        (" 1,5 ", D("1.5")),
        ("1 000", D("1000")),
        ("", None),
        ("abc", None),
        ("NaN", None),
        ("Infinity", None),
    ],
)
def test_parse_quantity_reads_what_people_type(text: str, expected: Decimal | None) -> None:
    assert parse_quantity(text) == expected


def test_counted_units_take_whole_numbers_only() -> None:
    rule = QuantityRule("XPK")
    assert check_quantity(D("3"), rule) is None
    problem = check_quantity(D("1.5"), rule)
    assert problem is not None and problem.code == "quantity_whole_units"
    assert problem.params == {"quantity": "1.5", "unit": "XPK"}


def test_weights_may_be_fractional_to_the_gram() -> None:
    rule = QuantityRule("KGM")
    assert check_quantity(D("1.25"), rule) is None
    problem = check_quantity(D("0.0005"), rule)
    assert problem is not None and problem.code == "quantity_too_precise"


@pytest.mark.parametrize("quantity", [D("0"), D("-1")])
def test_zero_and_negative_are_refused(quantity: Decimal) -> None:
    problem = check_quantity(quantity, QuantityRule("EA"))
    assert problem is not None and problem.code == "quantity_not_positive"


def test_minimum_and_maximum_order_quantity() -> None:
    rule = QuantityRule("EA", D("6"), D("48"))
    below = check_quantity(D("5"), rule)
    above = check_quantity(D("49"), rule)
    assert below is not None and below.code == "quantity_below_minimum"
    assert below.params["minimum"] == "6"
    assert above is not None and above.code == "quantity_above_maximum"
    assert above.params["maximum"] == "48"
    assert check_quantity(D("6"), rule) is None and check_quantity(D("48"), rule) is None


def test_clamp_gives_the_nearest_orderable_quantity() -> None:
    rule = QuantityRule("EA", D("6"), D("48"))
    assert clamp_quantity(D("2"), rule) == D("6")
    assert clamp_quantity(D("7.2"), rule) == D("8")
    assert clamp_quantity(D("100"), rule) == D("48")
    assert clamp_quantity(D("0.12345"), QuantityRule("KGM")) == D("1")
    assert clamp_quantity(D("2.12345"), QuantityRule("KGM")) == D("2.123")


def test_plain_quantity_never_uses_exponents() -> None:
    assert plain_quantity(D("1E+1")) == "10"
    assert plain_quantity(D("2.500")) == "2.5"
