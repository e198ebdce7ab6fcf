"""``POST /orders``: check who orders for which unit, read and check the PEPPOL Order,
make sure it says what the JSON says, and store the order with its lines.

Also reads a supplier's Order Response for ``POST /orders/{id}/response``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.authz import Principal
from central_api.errors import ApiError
from central_api.models import OrderRow, UnitRow, utcnow
from central_api.schemas.orders import PlaceOrderIn
from central_api.services.order_lookup import (
    OrderingUnit,
    Seller,
    check_supplier_and_agreement,
    check_unit,
    look_up,
)
from central_api.services.order_lookup import invalid as _invalid
from central_api.services.order_store import UNNUMBERED, insert_lines, insert_order, stored_row
from central_api.services.peppol_rules import conforming, conforming_root
from desktop.domain.order import OrderState
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_followup import OrderAnswer
from desktop.domain.reference import Role
from desktop.domain.values import parse_money
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.order_mapping import ReceivedOrder, read_answer, read_received_order


def _document(text: str) -> ReceivedOrder:
    # the official rules (XSD included) first, 422 with their findings; then read the
    # same parsed tree, not validated twice
    root, _verdict = conforming_root(text.encode("utf-8"), "Order", "Order")
    try:
        return read_received_order(root, schema_valid=True)
    except PeppolDocumentError as exc:
        problems = "; ".join(
            f"{e.field}: {e.message}" + (f" (line {e.line_id})" if e.line_id else "")
            for e in exc.errors[:5]
        )
        raise _invalid(
            "document", "document_invalid", f"The Order is not valid: {problems}"
        ) from exc
    except ArithmeticError as exc:  # e.g. a quantity of 10^36: beyond exact decimals
        raise _invalid(
            "document", "document_invalid", "The Order is not valid: a number is too large"
        ) from exc


def _duplicate() -> ApiError:
    return ApiError(409, "order_duplicate", "An order with this ID exists already", "document")


def _mismatch(field: str, what: str) -> ApiError:
    return _invalid(field, "document_mismatch", f"The document's {what} differs from the request's")


def _check_amounts(doc: ReceivedOrder) -> None:
    """Every line orders something and the order is worth something."""
    for line in doc.lines:
        if line.quantity <= 0:
            raise _invalid("document", "quantity_not_positive", f"Line {line.line_id} orders 0")
    if doc.total <= 0:
        raise _invalid("total", "total_not_positive", "The order's total must be above 0")


def _check_originator(principal: Principal, doc: ReceivedOrder) -> None:
    """An ``OriginatorCustomerParty`` names the signed-in person (their username) and
    only a superuser orders on behalf of a unit."""
    if not doc.originator_id:
        return
    if doc.originator_id != principal.username:
        raise _mismatch("document", "OriginatorCustomerParty (not the signed-in person)")
    if principal.role is not Role.SUPERUSER:
        raise _invalid(
            "document", "originator_not_superuser", "Only superusers order on behalf of a unit"
        )


def _check_matches(body: PlaceOrderIn, doc: ReceivedOrder, supplier: Seller) -> None:
    accounting = AccountingString(
        body.accounting.cost_centre, body.accounting.account, body.accounting.project
    )
    if doc.currency != body.currency:
        raise _mismatch("currency", "currency")
    if doc.total != parse_money(body.total, "total"):
        raise _mismatch("total", "total")
    if doc.contract_id != body.agreement_id:
        raise _mismatch("agreement_id", "Contract/ID")
    if doc.accounting_cost != accounting.text:
        raise _mismatch("accounting", "AccountingCost")
    if (doc.seller_endpoint, doc.seller_scheme) != (supplier.endpoint_id, supplier.endpoint_scheme):
        raise _mismatch("supplier_id", "seller EndpointID")


@dataclass(frozen=True)
class Placed:
    """The stored order and the name of its unit (for the answer: no second look-up);
    ``new``: stored by this request, to be numbered (``stamp_change``) before the commit."""

    row: OrderRow
    unit_name: str
    new: bool = False


def _same_order_again(
    session: Session, principal: Principal, body: PlaceOrderIn, unit: OrderingUnit, order_id: str
) -> Placed:
    """An order with this Order/ID exists: the same order again under another key is
    still only one (its first answer), anything else a duplicate."""
    existing = session.scalar(
        select(OrderRow).where(
            OrderRow.municipality_id == principal.municipality_id,
            OrderRow.client_order_id == order_id,
        )
    )
    if existing is None or existing.created_by != principal.user_id:
        raise _duplicate()
    if existing.document != body.document:
        raise _duplicate()
    same_unit = existing.unit_id == unit.id
    shown = (
        unit.name
        if same_unit
        else session.scalar(select(UnitRow.name).where(UnitRow.id == existing.unit_id))
    )
    return Placed(existing, shown or "")


def place_order(session: Session, principal: Principal, body: PlaceOrderIn, today: date) -> Placed:
    """Check and store the order (not committed: the caller numbers a new one with
    ``stamp_change`` and commits it with its key)."""
    found = look_up(session, body)
    unit = check_unit(principal, body, found)
    assert found is not None
    supplier = check_supplier_and_agreement(principal, body, found, today)
    doc = _document(body.document)
    _check_matches(body, doc, supplier)
    _check_originator(principal, doc)
    _check_amounts(doc)
    now = utcnow()
    total = parse_money(body.total, "total")
    state = OrderState.AWAITING_APPROVAL if total > unit.approval_limit else OrderState.SENT
    values: dict[str, Any] = {
        "municipality_id": principal.municipality_id,
        "unit_id": unit.id,
        "supplier_id": supplier.id,
        "agreement_id": body.agreement_id,
        "client_order_id": doc.order_id,
        "created_by": principal.user_id,
        "state": state.value,
        "currency": body.currency,
        "total": total,
        "cost_centre": body.accounting.cost_centre,
        "account": body.accounting.account,
        "project": body.accounting.project,
        "off_agreement_reason": body.off_agreement_reason,
        "requested_delivery_date": doc.requested_delivery,
        "document": body.document,
        "note": doc.note,
        "created_at": now,
        "updated_at": now,
        "change_seq": UNNUMBERED,  # numbered last, by stamp_change
    }
    lines = [
        {
            "line_id": line.line_id,
            "position": position,
            "seller_item_id": line.seller_item_id,
            "name": line.name[:300],
            "quantity": line.quantity,
            "unit_code": line.unit_code,
            "price": line.price,
            "base_quantity": line.base_quantity,
            "gtin": line.gtin,
            "received_quantity": line.received_quantity,
        }
        for position, line in enumerate(doc.lines)
    ]
    try:
        order_id = insert_order(session, values)
        if order_id is None:
            return _same_order_again(session, principal, body, unit, doc.order_id)
        insert_lines(session, order_id, lines)
    except IntegrityError as exc:  # e.g. the agreement deleted meanwhile
        raise _duplicate() from exc
    return Placed(stored_row(order_id, values, lines), unit.name, new=True)


def parse_answer(data: bytes, row: OrderRow) -> OrderAnswer:
    """The supplier's Order Response as a domain answer; 422 when invalid or not about
    this order."""
    conforming(data, "Order Response", "OrderResponse")
    try:
        reference, answer = read_answer(data)
    except PeppolDocumentError as exc:
        first = exc.errors[0]
        raise _invalid("document", "document_invalid", f"{first.field}: {first.message}") from exc
    if reference != row.client_order_id:
        raise _invalid(
            "OrderReference/ID", "document_mismatch", "The response is about another order"
        )
    return answer
