"""'Can't find it' requests to the procurement office: create, list, answer."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.authz import Principal, check_unit_access
from central_api.errors import ApiError, not_found
from central_api.models import AgreementRow, SupplierRow, utcnow
from central_api.models.find import OfficeRequestRow
from central_api.schemas.find import OfficeAnswerIn, OfficeRequestIn
from desktop.domain.errors import AvropError
from desktop.domain.office_request import (
    ItemRef,
    OfficeAnswer,
    OfficeRequest,
    RequestStatus,
    Urgency,
    validate_request,
)
from desktop.domain.reference import Role


def request_from_row(row: OfficeRequestRow) -> OfficeRequest:
    answer = None
    if row.answer_text is not None and row.answered_at is not None:
        item = None
        if row.answer_supplier_id and row.answer_seller_item_id:
            item = ItemRef(row.answer_supplier_id, row.answer_seller_item_id)
        answer = OfficeAnswer(
            text=row.answer_text,
            answered_at=row.answered_at,
            answered_by=row.answered_by or "",
            agreement_id=row.answer_agreement_id,
            item=item,
        )
    return OfficeRequest(
        id=row.id,
        unit_id=row.unit_id,
        need=row.need,
        created_at=row.created_at,
        urgency=Urgency(row.urgency),
        quantity=row.quantity,
        estimated_amount=row.estimated_amount,
        currency=row.currency,
        search_text=row.search_text,
        agreement_id=row.agreement_id,
        status=RequestStatus(row.status),
        username=row.username,
        answer=answer,
    )


def _agreement_of_municipality(session: Session, principal: Principal, agreement_id: str) -> None:
    row = session.get(AgreementRow, agreement_id)
    if row is None or row.municipality_id != principal.municipality_id:
        raise ApiError(422, "validation_error", "Unknown agreement", "agreement_id")


def create_request(session: Session, principal: Principal, body: OfficeRequestIn) -> OfficeRequest:
    """Validate and add the request (not committed: ``idempotency.run`` commits it with
    its key)."""
    payload = body.model_dump(mode="json")
    check_unit_access(session, principal, body.unit_id)
    request = OfficeRequest.from_json(payload)
    try:
        validate_request(request, tuple(sorted(principal.unit_ids)))
    except AvropError as exc:
        raise ApiError(422, exc.code, exc.message, exc.field) from exc
    if request.agreement_id:
        _agreement_of_municipality(session, principal, request.agreement_id)
    if session.get(OfficeRequestRow, request.id) is not None:
        raise ApiError(422, "validation_error", "This request id is already used", "id")
    row = OfficeRequestRow(
        id=request.id,
        municipality_id=principal.municipality_id,
        unit_id=request.unit_id,
        user_id=principal.user_id,
        username=principal.username,
        need=request.need,
        quantity=request.quantity,
        estimated_amount=request.estimated_amount,
        currency=request.currency,
        urgency=request.urgency.value,
        search_text=request.search_text,
        agreement_id=request.agreement_id,
        created_at=request.created_at,
        received_at=utcnow(),
        status=RequestStatus.OPEN.value,
    )
    session.add(row)
    session.flush()
    return request_from_row(row)


def shown_request(session: Session, request_id: str | None) -> dict[str, Any] | None:
    """A request as it is now (the answer to a key kept from before s0006)."""
    row = session.get(OfficeRequestRow, request_id) if request_id else None
    return request_from_row(row).to_full_json() if row is not None else None


def list_requests(
    session: Session, principal: Principal, unit_id: str | None = None
) -> list[OfficeRequest]:
    """Requests of the units the user reaches (all of the municipality for procurement)."""
    query = select(OfficeRequestRow).where(
        OfficeRequestRow.municipality_id == principal.municipality_id
    )
    if unit_id is not None:
        check_unit_access(session, principal, unit_id)
        query = query.where(OfficeRequestRow.unit_id == unit_id)
    elif principal.role is not Role.PROCUREMENT:
        query = query.where(OfficeRequestRow.unit_id.in_(sorted(principal.unit_ids)))
    rows = session.scalars(query.order_by(OfficeRequestRow.received_at.desc(), OfficeRequestRow.id))
    return [request_from_row(r) for r in rows]


def answer_request(
    session: Session, principal: Principal, request_id: str, body: OfficeAnswerIn
) -> OfficeRequest:
    row = session.get(OfficeRequestRow, request_id)
    if row is None or row.municipality_id != principal.municipality_id:
        raise not_found("Unknown request", "request_id")
    if body.agreement_id:
        _agreement_of_municipality(session, principal, body.agreement_id)
    if body.item is not None:
        supplier = session.get(SupplierRow, body.item.supplier_id)
        if supplier is None or supplier.municipality_id != principal.municipality_id:
            raise ApiError(422, "validation_error", "Unknown supplier", "item.supplier_id")
    row.answer_text = body.text
    row.answered_at = utcnow()
    row.answered_by = principal.display_name or principal.username
    row.answer_agreement_id = body.agreement_id
    row.answer_supplier_id = body.item.supplier_id if body.item else None
    row.answer_seller_item_id = body.item.seller_item_id if body.item else None
    row.status = RequestStatus.ANSWERED.value
    session.commit()
    return request_from_row(row)
