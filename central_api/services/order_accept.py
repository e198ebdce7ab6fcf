"""``POST /orders``, the synchronous part: what a client must hear at once, nothing that
costs the rules' time. The caller may order for the unit (403/404), the supplier and
agreement it names exist (the row refers to them), the document is well-formed XML (a
safe parse: no entities, no network) with an Order ID, and that ID is new (409). The
order is stored ``validating``; :mod:`central_api.services.order_validation` does the
rest in the background."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.authz import Principal
from central_api.errors import ApiError
from central_api.models import OrderRow, UnitRow, utcnow
from central_api.schemas.orders import PlaceOrderIn
from central_api.services.order_lookup import check_references, check_unit, look_up
from central_api.services.order_store import UNNUMBERED, insert_order, stored_row
from central_api.services.peppol_rules import MAX_DOCUMENT_BYTES, refused
from desktop.domain.order import OrderState
from desktop.domain.values import parse_money
from desktop.peppol.conformance import Finding, avrop_error
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.safe_xml import parse_document

_UBL = "urn:oasis:names:specification:ubl:schema:xsd:"
_ORDER_TAG = f"{{{_UBL}Order-2}}Order"
_ID_TAG = f"{{{_UBL}CommonBasicComponents-2}}ID"


def order_id_of(document: str) -> str:
    """The Order ID of ``document``, read with the safe parser; 422 ``document_invalid``
    (with findings, as the rules give them) when it is no readable UBL Order."""
    try:
        root = parse_document(document.encode("utf-8"), MAX_DOCUMENT_BYTES)
    except PeppolDocumentError as exc:
        raise refused("Order", [avrop_error(e) for e in exc.errors]) from None
    if root.tag != _ORDER_TAG:
        message = "the document is not a UBL 2.1 Order"
        raise refused("Order", [Finding("AVROP-WRONG-DOCUMENT", "fatal", "/", 1, message, "avrop")])
    order_id = (root.findtext(_ID_TAG) or "").strip()
    if not order_id:
        message = "the Order has no cbc:ID"
        raise refused("Order", [Finding("AVROP-ORDER-ID", "fatal", "/Order", 1, message, "avrop")])
    return order_id


def _duplicate() -> ApiError:
    return ApiError(409, "order_duplicate", "An order with this ID exists already", "document")


@dataclass(frozen=True)
class Accepted:
    """The stored order and its unit's name (for the answer); ``new``: stored by this
    request, to be numbered (``stamp_change``) before the commit."""

    row: OrderRow
    unit_name: str
    new: bool = False


def _existing(session: Session, principal: Principal, order_id: str) -> OrderRow | None:
    return session.scalar(
        select(OrderRow).where(
            OrderRow.municipality_id == principal.municipality_id,
            OrderRow.client_order_id == order_id,
        )
    )


def _same_order_again(
    session: Session, principal: Principal, body: PlaceOrderIn, unit_name: str, order_id: str
) -> Accepted:
    """An order with this Order/ID exists: the same order again under another key is
    still only one (its answer as it is now), anything else a duplicate."""
    existing = _existing(session, principal, order_id)
    if existing is None or existing.created_by != principal.user_id:
        raise _duplicate()
    if existing.document != body.document:
        raise _duplicate()
    shown = (
        unit_name
        if existing.unit_id == body.unit_id
        else session.scalar(select(UnitRow.name).where(UnitRow.id == existing.unit_id))
    )
    return Accepted(existing, shown or "")


def _drop_refused(session: Session, principal: Principal, order_id: str) -> bool:
    """An order sent again (under a new key) after its refusal replaces the refused one:
    a 422 stored nothing, and a refusal must not hold the Order ID either. True when
    one was dropped."""
    existing = _existing(session, principal, order_id)
    if (
        existing is None
        or existing.state != OrderState.REFUSED.value
        or existing.created_by != principal.user_id
    ):
        return False
    session.execute(delete(OrderRow).where(OrderRow.id == existing.id))
    return True


def accept_order(session: Session, principal: Principal, body: PlaceOrderIn) -> Accepted:
    """Store the order ``validating`` (not committed: the caller numbers a new one with
    ``stamp_change`` and commits it with its key)."""
    found = look_up(session, body)
    unit = check_unit(principal, body, found)
    assert found is not None
    check_references(principal, body, found)
    order_id = order_id_of(body.document)
    now = utcnow()
    values: dict[str, Any] = {
        "municipality_id": principal.municipality_id,
        "unit_id": unit.id,
        "supplier_id": body.supplier_id,
        "agreement_id": body.agreement_id,
        "client_order_id": order_id,
        "created_by": principal.user_id,
        "state": OrderState.VALIDATING.value,
        "currency": body.currency,
        "total": parse_money(body.total, "total"),
        "cost_centre": body.accounting.cost_centre,
        "account": body.accounting.account,
        "project": body.accounting.project,
        "off_agreement_reason": body.off_agreement_reason,
        "requested_delivery_date": None,  # read from the document by the validator
        "document": body.document,
        "note": "",
        "created_at": now,
        "updated_at": now,
        "change_seq": UNNUMBERED,  # numbered last, by stamp_change
    }
    try:
        stored = insert_order(session, values)
        if stored is None and _drop_refused(session, principal, order_id):
            stored = insert_order(session, values)
        if stored is None:
            return _same_order_again(session, principal, body, unit.name, order_id)
    except IntegrityError as exc:  # e.g. the agreement deleted meanwhile
        raise _duplicate() from exc
    return Accepted(stored_row(stored, values, []), unit.name, new=True)
