"""A unit's cart: lines picked from the catalogue, and their split into one order per supplier.

Carts are immutable values; every change returns a new cart that storage then keeps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.catalogue import CatalogueLine
from desktop.domain.errors import AvropError
from desktop.domain.order_problems import Problem
from desktop.domain.quantity import QuantityRule, check_quantity, normal_quantity

CENT = Decimal("0.01")


def line_amount(
    quantity: Decimal, price: Decimal, base_quantity: Decimal = Decimal("1")
) -> Decimal:
    """PEPPOL line amount: quantity × price ÷ base quantity, rounded to cents."""
    return (quantity * price / base_quantity).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class CartLine:
    """One item in the cart with a snapshot of what the catalogue said when it was added."""

    supplier_id: str
    seller_item_id: str
    name: str
    quantity: Decimal
    unit_code: str
    price: Decimal | None
    currency: str = "SEK"
    base_quantity: Decimal = Decimal("1")
    agreement_id: str | None = None
    gtin: str | None = None
    min_quantity: Decimal | None = None
    max_quantity: Decimal | None = None
    cpv_code: str | None = None
    list_price: Decimal | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.supplier_id, self.seller_item_id)

    @property
    def rule(self) -> QuantityRule:
        return QuantityRule(self.unit_code, self.min_quantity, self.max_quantity)

    @property
    def amount(self) -> Decimal | None:
        if self.price is None:
            return None
        return line_amount(self.quantity, self.price, self.base_quantity)

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        wrong = check_quantity(self.quantity, self.rule)
        if wrong is not None:
            found.append(Problem(wrong.code, {**wrong.params, "item": self.name}))
        if self.price is None:
            found.append(Problem("price_missing", {"item": self.name}))
        return found

    @classmethod
    def from_catalogue(cls, line: CatalogueLine, quantity: Decimal) -> CartLine:
        return cls(
            supplier_id=line.supplier_id,
            seller_item_id=line.seller_item_id,
            name=line.name,
            quantity=normal_quantity(quantity),
            unit_code=line.unit_code,
            price=line.price,
            currency=line.currency,
            base_quantity=line.base_quantity,
            agreement_id=line.agreement_id,
            gtin=line.gtin,
            min_quantity=line.min_order_quantity,
            max_quantity=line.max_order_quantity,
            cpv_code=line.cpv_codes[0] if line.cpv_codes else None,
            list_price=line.list_price,
        )


@dataclass(frozen=True)
class Cart:
    """The lines a unit is about to order, in the order they were added."""

    unit_id: str
    lines: tuple[CartLine, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.lines

    def line(self, supplier_id: str, seller_item_id: str) -> CartLine | None:
        for line in self.lines:
            if line.key == (supplier_id, seller_item_id):
                return line
        return None

    def add(self, new: CartLine) -> Cart:
        """Add an item; an item already in the cart gets the quantities added up."""
        existing = self.line(*new.key)
        if existing is None:
            return replace(self, lines=(*self.lines, new))
        merged = replace(new, quantity=normal_quantity(existing.quantity + new.quantity))
        return replace(self, lines=tuple(merged if ln.key == new.key else ln for ln in self.lines))

    def set_quantity(self, supplier_id: str, seller_item_id: str, quantity: Decimal) -> Cart:
        """Change a line's quantity. Refuses quantities the item forbids, and zero: a line
        is removed with ``remove``, never by a quantity typed as 0."""
        line = self.line(supplier_id, seller_item_id)
        if line is None:
            raise AvropError("cart_line_missing", "The item is no longer in the cart.")
        problem = check_quantity(quantity, line.rule)
        if problem is not None:
            raise AvropError(problem.code, f"Quantity {quantity} is not allowed.", "quantity")
        changed = replace(line, quantity=normal_quantity(quantity))
        return replace(
            self, lines=tuple(changed if ln.key == line.key else ln for ln in self.lines)
        )

    def remove(self, supplier_id: str, seller_item_id: str) -> Cart:
        key = (supplier_id, seller_item_id)
        return replace(self, lines=tuple(ln for ln in self.lines if ln.key != key))

    def without_supplier(self, supplier_id: str) -> Cart:
        return replace(self, lines=tuple(ln for ln in self.lines if ln.supplier_id != supplier_id))

    def groups(self) -> list[SupplierGroup]:
        return split_by_supplier(self.lines)


@dataclass(frozen=True)
class SupplierGroup:
    """The cart lines that become one order: one supplier, one agreement."""

    supplier_id: str
    agreement_id: str | None
    lines: tuple[CartLine, ...]

    @property
    def currencies(self) -> set[str]:
        return {line.currency for line in self.lines}

    @property
    def currency(self) -> str:
        return self.lines[0].currency if self.lines else "SEK"

    @property
    def total(self) -> Decimal:
        """Sum of the rounded line amounts (lines without a price count as zero)."""
        return sum((line.amount or Decimal("0") for line in self.lines), Decimal("0.00"))


def split_by_supplier(lines: Iterable[CartLine]) -> list[SupplierGroup]:
    """One group per supplier (and agreement, should a supplier hold two), first-seen order."""
    grouped: dict[tuple[str, str | None], list[CartLine]] = {}
    for line in lines:
        grouped.setdefault((line.supplier_id, line.agreement_id), []).append(line)
    return [SupplierGroup(s, a, tuple(ls)) for (s, a), ls in grouped.items()]
