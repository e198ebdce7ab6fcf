"""The JSON wire format of orders between the app and the central API.

``PlaceOrderRequest`` is the body of ``POST /orders``; ``RemoteOrder`` is an order as
``GET /orders`` and ``GET /orders/{id}`` serve it (and ``POST /orders`` answers it).
The server's pydantic models in ``central_api`` describe the same shapes in OpenAPI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.domain.order import ApprovalRecord, Order, OrderLine, OrderState, ResponseRecord
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery
from desktop.domain.refusal import Refusal
from desktop.domain.values import (
    ValueFormatError,
    format_money,
    parse_datetime,
    parse_money,
    parse_optional_date,
)


def _s(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueFormatError(key, value, "a string")
    return value


def _opt_s(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueFormatError(key, value, "a string or null")
    return value


def _fmt(value: Decimal | None) -> str | None:
    return None if value is None else format_money(value)


def _opt_money(data: dict[str, Any], key: str) -> Decimal | None:
    value = data.get(key)
    return None if value is None else parse_money(value, key)


@dataclass(frozen=True)
class PlaceOrderRequest:
    """Body of ``POST /orders``: the PEPPOL Order plus the unit and accounting data."""

    unit_id: str
    supplier_id: str
    agreement_id: str | None
    accounting: AccountingString
    currency: str
    total: Decimal
    document: str  # the PEPPOL BIS 3 Order XML
    off_agreement_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "unit_id": self.unit_id,
            "supplier_id": self.supplier_id,
            "agreement_id": self.agreement_id,
            "accounting": self.accounting.to_json(),
            "currency": self.currency,
            "total": format_money(self.total),
            "off_agreement_reason": self.off_agreement_reason,
            "document": self.document,
        }

    def to_bytes(self) -> bytes:
        """The exact body the outbox keeps and every retry sends again."""
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PlaceOrderRequest:
        return cls(
            unit_id=_s(data, "unit_id"),
            supplier_id=_s(data, "supplier_id"),
            agreement_id=_opt_s(data, "agreement_id"),
            accounting=AccountingString.from_json(data.get("accounting")),
            currency=_s(data, "currency"),
            total=parse_money(data.get("total"), "total"),
            document=_s(data, "document"),
            off_agreement_reason=_opt_s(data, "off_agreement_reason"),
        )


@dataclass(frozen=True)
class RemoteLine:
    line_id: str
    seller_item_id: str
    name: str
    quantity: Decimal
    unit_code: str
    price: Decimal
    base_quantity: Decimal
    changed_quantity: Decimal | None
    changed_price: Decimal | None
    received_quantity: Decimal
    gtin: str | None = None
    substitute_item_id: str = ""  # the item the supplier delivers instead (CA)
    substitute_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "line_id": self.line_id,
            "seller_item_id": self.seller_item_id,
            "name": self.name,
            "quantity": format_money(self.quantity),
            "unit_code": self.unit_code,
            "price": format_money(self.price),
            "base_quantity": format_money(self.base_quantity),
            "changed_quantity": _fmt(self.changed_quantity),
            "changed_price": _fmt(self.changed_price),
            "received_quantity": format_money(self.received_quantity),
            "gtin": self.gtin,
            "substitute_item_id": self.substitute_item_id,
            "substitute_name": self.substitute_name,
        }

    def to_line(self) -> OrderLine:
        return OrderLine(
            line_id=self.line_id,
            seller_item_id=self.seller_item_id,
            name=self.name,
            quantity=self.quantity,
            unit_code=self.unit_code,
            price=self.price,
            base_quantity=self.base_quantity,
            gtin=self.gtin,
            changed_quantity=self.changed_quantity,
            changed_price=self.changed_price,
            received_quantity=self.received_quantity,
            substitute_item_id=self.substitute_item_id,
            substitute_name=self.substitute_name,
        )

    @classmethod
    def from_line(cls, line: OrderLine) -> RemoteLine:
        return cls(
            line.line_id,
            line.seller_item_id,
            line.name,
            line.quantity,
            line.unit_code,
            line.price,
            line.base_quantity,
            line.changed_quantity,
            line.changed_price,
            line.received_quantity,
            line.gtin,
            line.substitute_item_id,
            line.substitute_name,
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RemoteLine:
        return cls(
            line_id=_s(data, "line_id"),
            seller_item_id=_s(data, "seller_item_id"),
            name=_s(data, "name"),
            quantity=parse_money(data.get("quantity"), "quantity"),
            unit_code=_s(data, "unit_code"),
            price=parse_money(data.get("price"), "price"),
            base_quantity=parse_money(data.get("base_quantity", "1"), "base_quantity"),
            changed_quantity=_opt_money(data, "changed_quantity"),
            changed_price=_opt_money(data, "changed_price"),
            received_quantity=parse_money(data.get("received_quantity", "0"), "received_quantity"),
            gtin=_opt_s(data, "gtin"),
            substitute_item_id=_opt_s(data, "substitute_item_id") or "",
            substitute_name=_opt_s(data, "substitute_name") or "",
        )


def response_from_json(data: dict[str, Any]) -> ResponseRecord:
    return ResponseRecord(
        _s(data, "code"),
        parse_datetime(data.get("issued_at"), "issued_at"),
        data.get("note") or "",
        parse_datetime(data.get("received_at"), "received_at"),
    )


def response_to_json(record: ResponseRecord) -> dict[str, Any]:
    return {
        "code": record.code,
        "issued_at": record.issued_at.isoformat(),
        "note": record.note,
        "received_at": record.received_at.isoformat(),
    }


def approval_from_json(data: dict[str, Any]) -> ApprovalRecord:
    approved = data.get("approved")
    if not isinstance(approved, bool):
        raise ValueFormatError("approved", approved, "true or false")
    return ApprovalRecord(
        approved, _s(data, "by"), data.get("reason") or "", parse_datetime(data.get("at"), "at")
    )


def approval_to_json(record: ApprovalRecord) -> dict[str, Any]:
    return {
        "approved": record.approved,
        "by": record.by,
        "reason": record.reason,
        "at": record.at.isoformat(),
    }


@dataclass(frozen=True)
class RemoteOrder:
    """An order as the central API has it."""

    id: str
    number: str
    client_order_id: str
    unit_id: str
    supplier_id: str
    agreement_id: str | None
    state: OrderState
    currency: str
    total: Decimal
    created_by: str
    created_at: datetime
    updated_at: datetime
    requested_delivery_date: date | None
    accounting: AccountingString
    lines: tuple[RemoteLine, ...]
    responses: tuple[ResponseRecord, ...] = ()
    approval: ApprovalRecord | None = None
    approvers: tuple[str, ...] = ()  # who may approve it now (awaiting approval only)
    placed_by_name: str = ""  # the display name of ``created_by``
    note: str = ""  # the orderer's message (servers before it was sent: "")
    unit_name: str = ""
    on_behalf: bool = False  # placed by a superuser for the unit they support
    refusal: Refusal | None = None  # why the server's checks refused it (state refused)

    @property
    def on_behalf_name(self) -> str:
        """The unit's name (its id if unnamed) when placed on its behalf, else ""."""
        return (self.unit_name or self.unit_id) if self.on_behalf else ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RemoteOrder:
        try:
            state = OrderState(str(data.get("state")))
        except ValueError as exc:
            raise ValueFormatError("state", data.get("state"), "an order state") from exc
        approval = data.get("approval")
        refusal = data.get("refusal")
        return cls(
            id=_s(data, "id"),
            number=_s(data, "number"),
            client_order_id=_s(data, "client_order_id"),
            unit_id=_s(data, "unit_id"),
            supplier_id=_s(data, "supplier_id"),
            agreement_id=_opt_s(data, "agreement_id"),
            state=state,
            currency=_s(data, "currency"),
            total=parse_money(data.get("total"), "total"),
            created_by=_s(data, "created_by"),
            created_at=parse_datetime(data.get("created_at"), "created_at"),
            updated_at=parse_datetime(data.get("updated_at"), "updated_at"),
            requested_delivery_date=parse_optional_date(
                data.get("requested_delivery_date"), "requested_delivery_date"
            ),
            accounting=AccountingString.from_json(data.get("accounting")),
            lines=tuple(RemoteLine.from_json(x) for x in data.get("lines") or []),
            responses=tuple(response_from_json(x) for x in data.get("responses") or []),
            approval=approval_from_json(approval) if isinstance(approval, dict) else None,
            approvers=tuple(str(x) for x in data.get("approvers") or () if isinstance(x, str)),
            placed_by_name=_opt_s(data, "placed_by_name") or "",
            note=_opt_s(data, "note") or "",
            unit_name=_opt_s(data, "unit_name") or "",
            on_behalf=data.get("on_behalf") is True,
            refusal=Refusal.from_json(refusal) if isinstance(refusal, dict) else None,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "client_order_id": self.client_order_id,
            "unit_id": self.unit_id,
            "supplier_id": self.supplier_id,
            "agreement_id": self.agreement_id,
            "state": self.state.value,
            "currency": self.currency,
            "total": format_money(self.total),
            "created_by": self.created_by,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "requested_delivery_date": (
                self.requested_delivery_date.isoformat() if self.requested_delivery_date else None
            ),
            "accounting": self.accounting.to_json(),
            "lines": [line.to_json() for line in self.lines],
            "responses": [response_to_json(r) for r in self.responses],
            "approval": approval_to_json(self.approval) if self.approval else None,
            "approvers": list(self.approvers),
            "placed_by_name": self.placed_by_name,
            "note": self.note,
            "unit_name": self.unit_name,
            "on_behalf": self.on_behalf,
            "refusal": self.refusal.to_json() if self.refusal else None,
        }


def local_state(remote: RemoteOrder) -> OrderState:
    """The state the app shows for the server's: a refusal by the server's checks is the
    app's *needs fix*, as a refused send is."""
    return OrderState.NEEDS_FIX if remote.state is OrderState.REFUSED else remote.state


def merge_remote(order: Order, remote: RemoteOrder) -> Order:
    """The local order brought up to date with what the server says (the server wins)."""
    return replace(
        order,
        state=local_state(remote),
        server_id=remote.id,
        number=remote.number,
        # validating or refused, the server has not read the lines yet: keep ours
        lines=tuple(line.to_line() for line in remote.lines) if remote.lines else order.lines,
        responses=remote.responses,
        approval=remote.approval,
        approvers=remote.approvers,
        placed_by_name=remote.placed_by_name,
        on_behalf_of=remote.on_behalf_name,
        note=remote.note or order.note,
    )


def order_from_remote(remote: RemoteOrder, delivery: Delivery) -> Order:
    """A local copy of an order placed elsewhere (another computer, another user)."""
    return Order(
        id=remote.client_order_id,
        unit_id=remote.unit_id,
        supplier_id=remote.supplier_id,
        agreement_id=remote.agreement_id,
        accounting=remote.accounting,
        delivery=delivery.with_date(remote.requested_delivery_date),
        currency=remote.currency,
        lines=tuple(line.to_line() for line in remote.lines),
        created_by=remote.created_by,
        created_at=remote.created_at,
        state=local_state(remote),
        server_id=remote.id,
        number=remote.number,
        responses=remote.responses,
        approval=remote.approval,
        approvers=remote.approvers,
        placed_by_name=remote.placed_by_name,
        on_behalf_of=remote.on_behalf_name,
        note=remote.note,
    )
