"""The stored JSON form of cart lines and orders (money and quantities as decimal text)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop.domain.cart import CartLine
from desktop.domain.order import Order, OrderLine, OrderState
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_wire import (
    approval_from_json,
    approval_to_json,
    response_from_json,
    response_to_json,
)
from desktop.domain.values import format_money, parse_money


def _m(value: Decimal | None) -> str | None:
    return None if value is None else format_money(value)


def _d(value: Any) -> Decimal | None:
    return None if value is None else parse_money(value)


def cart_line_to_json(line: CartLine) -> dict[str, Any]:
    return {
        "supplier_id": line.supplier_id,
        "seller_item_id": line.seller_item_id,
        "name": line.name,
        "quantity": format_money(line.quantity),
        "unit_code": line.unit_code,
        "price": _m(line.price),
        "currency": line.currency,
        "base_quantity": format_money(line.base_quantity),
        "agreement_id": line.agreement_id,
        "gtin": line.gtin,
        "min_quantity": _m(line.min_quantity),
        "max_quantity": _m(line.max_quantity),
        "cpv_code": line.cpv_code,
        "list_price": _m(line.list_price),
    }


def cart_line_from_json(data: dict[str, Any]) -> CartLine:
    return CartLine(
        supplier_id=data["supplier_id"],
        seller_item_id=data["seller_item_id"],
        name=data["name"],
        quantity=parse_money(data["quantity"]),
        unit_code=data["unit_code"],
        price=_d(data.get("price")),
        currency=data.get("currency") or "SEK",
        base_quantity=parse_money(data.get("base_quantity") or "1"),
        agreement_id=data.get("agreement_id"),
        gtin=data.get("gtin"),
        min_quantity=_d(data.get("min_quantity")),
        max_quantity=_d(data.get("max_quantity")),
        cpv_code=data.get("cpv_code"),
        list_price=_d(data.get("list_price")),
    )


def order_line_to_json(line: OrderLine) -> dict[str, Any]:
    return {
        "line_id": line.line_id,
        "seller_item_id": line.seller_item_id,
        "name": line.name,
        "quantity": format_money(line.quantity),
        "unit_code": line.unit_code,
        "price": format_money(line.price),
        "base_quantity": format_money(line.base_quantity),
        "gtin": line.gtin,
        "changed_quantity": _m(line.changed_quantity),
        "changed_price": _m(line.changed_price),
        "received_quantity": format_money(line.received_quantity),
        "substitute_item_id": line.substitute_item_id,
        "substitute_name": line.substitute_name,
    }


def order_line_from_json(data: dict[str, Any]) -> OrderLine:
    return OrderLine(
        line_id=data["line_id"],
        seller_item_id=data["seller_item_id"],
        name=data["name"],
        quantity=parse_money(data["quantity"]),
        unit_code=data["unit_code"],
        price=parse_money(data["price"]),
        base_quantity=parse_money(data.get("base_quantity") or "1"),
        gtin=data.get("gtin"),
        changed_quantity=_d(data.get("changed_quantity")),
        changed_price=_d(data.get("changed_price")),
        received_quantity=parse_money(data.get("received_quantity") or "0"),
        substitute_item_id=data.get("substitute_item_id") or "",
        substitute_name=data.get("substitute_name") or "",
    )


def order_to_json(order: Order) -> dict[str, Any]:
    return {
        "id": order.id,
        "unit_id": order.unit_id,
        "supplier_id": order.supplier_id,
        "agreement_id": order.agreement_id,
        "accounting": order.accounting.to_json(),
        "delivery": order.delivery.to_json(),
        "currency": order.currency,
        "lines": [order_line_to_json(line) for line in order.lines],
        "created_by": order.created_by,
        "created_at": order.created_at.isoformat(),
        "state": order.state.value,
        "note": order.note,
        "off_agreement_reason": order.off_agreement_reason,
        "server_id": order.server_id,
        "number": order.number,
        "responses": [response_to_json(r) for r in order.responses],
        "approval": approval_to_json(order.approval) if order.approval else None,
        "approvers": list(order.approvers),
        "placed_by_name": order.placed_by_name,
        "on_behalf_of": order.on_behalf_of,
    }


def order_from_json(data: dict[str, Any]) -> Order:
    approval = data.get("approval")
    return Order(
        id=data["id"],
        unit_id=data["unit_id"],
        supplier_id=data["supplier_id"],
        agreement_id=data.get("agreement_id"),
        accounting=AccountingString.from_json(data["accounting"]),
        delivery=Delivery.from_json(data["delivery"]),
        currency=data["currency"],
        lines=tuple(order_line_from_json(x) for x in data["lines"]),
        created_by=data["created_by"],
        created_at=datetime.fromisoformat(data["created_at"]),
        state=OrderState(data["state"]),
        note=data.get("note") or "",
        off_agreement_reason=data.get("off_agreement_reason"),
        server_id=data.get("server_id"),
        number=data.get("number"),
        responses=tuple(response_from_json(r) for r in data.get("responses") or []),
        approval=approval_from_json(approval) if approval else None,
        approvers=tuple(str(name) for name in data.get("approvers") or ()),
        placed_by_name=str(data.get("placed_by_name") or ""),
        on_behalf_of=str(data.get("on_behalf_of") or ""),
    )
