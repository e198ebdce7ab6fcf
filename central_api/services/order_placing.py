"""The checks of an accepted order (the validator's, off the request): read and check
the PEPPOL Order, make sure it says what the request said, and store its lines.

Also reads a supplier's Order Response for ``POST /orders/{id}/response``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.errors import ApiError
from central_api.models import OrderRow, UserRow
from central_api.schemas.orders import AccountingIn, PlaceOrderIn
from central_api.services.order_lookup import (
    Seller,
    check_cost_centre,
    check_supplier_and_agreement,
    look_up,
)
from central_api.services.order_lookup import invalid as _invalid
from central_api.services.order_store import insert_lines
from central_api.services.peppol_rules import conforming, conforming_root
from desktop.domain.order import OrderState
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_followup import OrderAnswer
from desktop.domain.reference import Role
from desktop.domain.values import format_money, parse_money
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


def _mismatch(field: str, what: str) -> ApiError:
    return _invalid(field, "document_mismatch", f"The document's {what} differs from the request's")


def _check_amounts(doc: ReceivedOrder) -> None:
    """Every line orders something and the order is worth something."""
    for line in doc.lines:
        if line.quantity <= 0:
            raise _invalid("document", "quantity_not_positive", f"Line {line.line_id} orders 0")
    if doc.total <= 0:
        raise _invalid("total", "total_not_positive", "The order's total must be above 0")


def _check_line_ids(doc: ReceivedOrder) -> None:
    """Each line has its own ID (the lines are stored by it)."""
    ids = [line.line_id for line in doc.lines]
    if len(set(ids)) != len(ids):
        raise _invalid("document", "document_invalid", "Two lines of the Order share an ID")


def _check_originator(username: str, role: Role, doc: ReceivedOrder) -> None:
    """An ``OriginatorCustomerParty`` names the signed-in person (their username) and
    only a superuser orders on behalf of a unit."""
    if not doc.originator_id:
        return
    if doc.originator_id != username:
        raise _mismatch("document", "OriginatorCustomerParty (not the signed-in person)")
    if role is not Role.SUPERUSER:
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


def _orderer(session: Session, user_id: int) -> tuple[str, Role]:
    """The username and role of the person who placed an order."""
    username, role = session.execute(
        select(UserRow.username, UserRow.role).where(UserRow.id == user_id)
    ).one()
    return str(username), Role(role)


def _request(row: OrderRow) -> PlaceOrderIn:
    """The request as accepted (every member of it is a column of the order)."""
    return PlaceOrderIn.model_construct(
        unit_id=row.unit_id,
        supplier_id=row.supplier_id,
        agreement_id=row.agreement_id,
        accounting=AccountingIn.model_construct(
            cost_centre=row.cost_centre, account=row.account, project=row.project
        ),
        currency=row.currency,
        total=format_money(row.total),
        off_agreement_reason=row.off_agreement_reason,
        document=row.document,
    )


def checked_order(session: Session, row: OrderRow, today: date) -> tuple[ReceivedOrder, Decimal]:
    """Every check of an accepted order, in the order a synchronous 422 gave them: the
    unit's cost centre, supplier and agreement, the document (XSD + official rules), the
    match with the request, the originator, quantities and total. Returns the document
    read and the unit's approval limit; raises the refusal (:class:`ApiError`)."""
    body = _request(row)
    found = look_up(session, body)
    if found is None:  # the unit was deleted since: as an unknown unit
        raise _invalid("unit_id", "unit_unknown", "Unknown unit")
    check_cost_centre(body, found)
    supplier = check_supplier_and_agreement(row.municipality_id, body, found, today)
    doc = _document(body.document)
    _check_matches(body, doc, supplier)
    _check_originator(*_orderer(session, row.created_by), doc)
    _check_amounts(doc)
    _check_line_ids(doc)
    return doc, Decimal(found[3])


def store_checked(session: Session, row: OrderRow, doc: ReceivedOrder, limit: Decimal) -> None:
    """The checked order's lines, delivery date and note, and its state as a synchronous
    201 gave it (awaiting approval over the unit's limit, else sent)."""
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
    insert_lines(session, row.id, lines)
    over = row.total > limit
    row.state = (OrderState.AWAITING_APPROVAL if over else OrderState.SENT).value
    row.requested_delivery_date = doc.requested_delivery
    row.note = doc.note
    row.refusal = None


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
