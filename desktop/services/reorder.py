"""Order again: an earlier order's lines back in the unit's cart in one step, at today's
catalogue prices, saying which items are gone and which changed price (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import AvropError
from desktop.domain.order import OrderLine
from desktop.services.find import FindService
from desktop.services.find_items import line_of
from desktop.services.ordering import OrderService


@dataclass(frozen=True)
class PriceChange:
    name: str
    was: Decimal
    now: Decimal
    currency: str


@dataclass(frozen=True)
class ReorderResult:
    """What went into the cart of ``unit_id`` and what could not."""

    unit_id: str
    added: tuple[str, ...]  # item names put in the cart
    gone: tuple[str, ...]  # no longer in the catalogue
    changed: tuple[PriceChange, ...]  # in the cart, at the new price
    refused: tuple[tuple[str, AvropError], ...] = ()  # e.g. the quantity no longer allowed


class ReorderService:
    """Puts an order's lines, still in the catalogue, in the cart (database thread)."""

    def __init__(self, find: FindService, orders: OrderService) -> None:
        self._find = find
        self._orders = orders

    def reorder(self, order_id: str, language: str = "sv") -> ReorderResult:
        entry = self._orders.orders.entry(order_id)
        if entry is None:
            raise AvropError("order_missing", "The order no longer exists.")
        order = entry.order
        added: list[str] = []
        gone: list[str] = []
        changed: list[PriceChange] = []
        refused: list[tuple[str, AvropError]] = []
        for line in order.lines:
            item_id = self._find.item_by_article(order.supplier_id, line.seller_item_id)
            detail = self._find.item(item_id, language) if item_id is not None else None
            if detail is None or detail.price is None:
                gone.append(line.name)
                continue
            try:
                self._orders.add_to_cart(order.unit_id, line_of(detail), line.quantity)
            except AvropError as error:
                refused.append((line.name, error))
                continue
            added.append(detail.name)
            if _price_changed(line, detail.price, detail.base_quantity):
                changed.append(PriceChange(detail.name, line.price, detail.price, detail.currency))
        return ReorderResult(
            order.unit_id, tuple(added), tuple(gone), tuple(changed), tuple(refused)
        )


def _price_changed(line: OrderLine, price: Decimal, base_quantity: Decimal) -> bool:
    return line.price / line.base_quantity != price / base_quantity


__all__ = ["PriceChange", "ReorderResult", "ReorderService"]
