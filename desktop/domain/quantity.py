"""Order quantities: in the item's orderable unit, within its min/max order quantity."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop.domain.order_problems import Problem

# UN/ECE Rec 20 units that can be ordered in fractions (weights, volumes, lengths, areas).
# Everything else (EA, PK, BX, RO, PR, SET, ...) is counted in whole units.
DIVISIBLE_UNITS = frozenset(
    {"KGM", "GRM", "TNE", "LTR", "MLT", "CLT", "MTQ", "MTR", "CMT", "MMT", "MTK", "KMT", "HUR"}
)
MAX_DECIMALS = 3  # divisible quantities: grams, millilitres
MAX_LINE_QUANTITY = Decimal("100000")  # more in one line is a typing slip, not an order


@dataclass(frozen=True)
class QuantityRule:
    """The catalogue's constraints on how much of an item one order line may hold."""

    unit_code: str = "EA"
    min_quantity: Decimal | None = None
    max_quantity: Decimal | None = None

    @property
    def divisible(self) -> bool:
        return self.unit_code.upper() in DIVISIBLE_UNITS

    @property
    def smallest(self) -> Decimal:
        """The least quantity that can be ordered: the minimum, else one step."""
        if self.min_quantity is not None and self.min_quantity > 0:
            return self.min_quantity
        return Decimal("1")


def parse_quantity(text: str) -> Decimal | None:
    """A quantity typed by the user ("2", "1,5", " 3 "), or None if it is not a number."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def check_quantity(quantity: Decimal, rule: QuantityRule) -> Problem | None:
    """The first reason ``quantity`` cannot be ordered under ``rule``, or None if it can."""
    unit = rule.unit_code
    if quantity <= 0:
        return Problem("quantity_not_positive", {"unit": unit})
    if not rule.divisible and quantity != quantity.to_integral_value():
        return Problem("quantity_whole_units", {"quantity": plain_quantity(quantity), "unit": unit})
    exponent = quantity.normalize().as_tuple().exponent
    if rule.divisible and isinstance(exponent, int) and -exponent > MAX_DECIMALS:
        return Problem("quantity_too_precise", {"decimals": str(MAX_DECIMALS), "unit": unit})
    if rule.min_quantity is not None and quantity < rule.min_quantity:
        return Problem(
            "quantity_below_minimum",
            {
                "quantity": plain_quantity(quantity),
                "minimum": plain_quantity(rule.min_quantity),
                "unit": unit,
            },
        )
    if rule.max_quantity is not None and quantity > rule.max_quantity:
        return Problem(
            "quantity_above_maximum",
            {
                "quantity": plain_quantity(quantity),
                "maximum": plain_quantity(rule.max_quantity),
                "unit": unit,
            },
        )
    return None


def typed_quantity_problem(text: str, rule: QuantityRule, item: str) -> Problem | None:
    """Why ``text``, typed as the new quantity of ``item``, cannot be taken as it is:
    not a number, negative, zero (which never removes a line silently), too large, or
    against the item's rules. None when it can."""
    quantity = parse_quantity(text)
    typed = text.strip()
    if quantity is None:
        return Problem("quantity_not_a_number", {"item": item, "typed": typed})
    if quantity < 0:
        return Problem("quantity_negative", {"item": item, "typed": typed})
    if quantity == 0:
        return Problem("quantity_zero", {"item": item})
    if quantity > MAX_LINE_QUANTITY:
        return Problem(
            "quantity_too_large",
            {"item": item, "typed": typed, "maximum": plain_quantity(MAX_LINE_QUANTITY)},
        )
    wrong = check_quantity(quantity, rule)
    return Problem(wrong.code, {**wrong.params, "item": item}) if wrong else None


def clamp_quantity(quantity: Decimal, rule: QuantityRule) -> Decimal:
    """The nearest orderable quantity: whole where needed, within min/max."""
    value = quantity if rule.divisible else quantity.to_integral_value(rounding="ROUND_CEILING")
    if rule.divisible:
        value = value.quantize(Decimal(1).scaleb(-MAX_DECIMALS), rounding="ROUND_HALF_UP")
    value = max(value, rule.smallest)
    if rule.max_quantity is not None:
        value = min(value, rule.max_quantity)
    return normal_quantity(value)


def normal_quantity(value: Decimal) -> Decimal:
    """Drop trailing zeros but never use exponent notation (10, not 1E+1)."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def plain_quantity(value: Decimal) -> str:
    return format(normal_quantity(value), "f")
