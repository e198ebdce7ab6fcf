"""What happens to an order after it is sent: the supplier's answer and goods receipt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import AvropError
from desktop.domain.order import ANSWERABLE, RECEIVABLE, Order, OrderLine, OrderState


class ResponseCode(StrEnum):
    """PEPPOL BIS 3 OrderResponseCode (UNCL 4343 subset)."""

    RECEIVED = "AB"  # message acknowledged
    ACCEPTED = "AP"
    REJECTED = "RE"
    CHANGED = "CA"  # conditionally accepted: accepted with changes, lines required


STATE_AFTER: dict[ResponseCode, OrderState] = {
    ResponseCode.RECEIVED: OrderState.ACKNOWLEDGED,
    ResponseCode.ACCEPTED: OrderState.ACCEPTED,
    ResponseCode.REJECTED: OrderState.REJECTED,
    ResponseCode.CHANGED: OrderState.CHANGED,
}


@dataclass(frozen=True)
class LineChange:
    """The supplier's change to one order line in a CA response."""

    line_id: str
    quantity: Decimal | None = None
    price: Decimal | None = None
    note: str = ""
    substitute_item_id: str = ""  # the item delivered instead (SellerSubstitutedLineItem)
    substitute_name: str = ""


@dataclass(frozen=True)
class OrderAnswer:
    """The domain meaning of an Order Response: code, note, and changed lines."""

    code: ResponseCode
    issued_at: datetime
    note: str = ""
    changes: tuple[LineChange, ...] = ()
    currency: str | None = None  # the response's DocumentCurrencyCode, when it has one


def apply_answer(order: Order, answer: OrderAnswer) -> Order:
    """The order after the supplier's answer; raises when it does not fit the order."""
    if order.state not in ANSWERABLE:
        raise AvropError(
            "response_not_expected", f"An order that is {order.state.value} takes no response."
        )
    if answer.currency and answer.currency != order.currency:
        raise AvropError(
            "response_currency",
            f"The response is in {answer.currency} but the order is in {order.currency}.",
            "currency",
        )
    if answer.code is ResponseCode.RECEIVED and order.state is OrderState.ACKNOWLEDGED:
        return order
    if answer.code is ResponseCode.CHANGED and not answer.changes:
        raise AvropError("response_lines_missing", "A changed response must list lines.")
    if answer.code is not ResponseCode.CHANGED and answer.changes:
        raise AvropError("response_lines_unexpected", "Only a changed response lists lines.")
    lines = list(order.lines)
    by_id = {line.line_id: i for i, line in enumerate(lines)}
    for change in answer.changes:
        index = by_id.get(change.line_id)
        if index is None:
            raise AvropError(
                "response_line_unknown", f"The order has no line {change.line_id}.", "line_id"
            )
        if change.quantity is not None and change.quantity < 0:
            raise AvropError("response_quantity_negative", "A quantity is negative.", "quantity")
        lines[index] = replace(
            lines[index],
            changed_quantity=change.quantity,
            changed_price=change.price,
            substitute_item_id=change.substitute_item_id,
            substitute_name=change.substitute_name,
        )
    return replace(order, lines=tuple(lines)).moved_to(STATE_AFTER[answer.code])


def apply_receipt(order: Order, received: Mapping[str, Decimal]) -> Order:
    """Add the quantities received now (per line id) and move to (partly) delivered."""
    if order.state not in RECEIVABLE:
        raise AvropError(
            "receipt_not_expected",
            f"Goods for an order that is {order.state.value} cannot be received.",
        )
    if not received or all(q == 0 for q in received.values()):
        raise AvropError("receipt_empty", "Enter how much of at least one line arrived.")
    lines = list(order.lines)
    by_id = {line.line_id: i for i, line in enumerate(lines)}
    for line_id, quantity in received.items():
        index = by_id.get(line_id)
        if index is None:
            raise AvropError("receipt_line_unknown", f"The order has no line {line_id}.", "line_id")
        if quantity < 0:
            raise AvropError("receipt_quantity_negative", "A quantity is negative.", "quantity")
        line = lines[index]
        if line.received_quantity + quantity > line.expected_quantity:
            raise AvropError(
                "receipt_above_ordered",
                f"More of {line.name} than ordered would be received.",
                "quantity",
            )
        lines[index] = replace(line, received_quantity=line.received_quantity + quantity)
    return replace(order, lines=tuple(lines)).moved_to(delivery_state(lines))


def delivery_state(lines: list[OrderLine] | tuple[OrderLine, ...]) -> OrderState:
    """Delivered when every line has arrived in full, else partly delivered."""
    if all(line.received_quantity >= line.expected_quantity for line in lines):
        return OrderState.DELIVERED
    return OrderState.PARTLY_DELIVERED
