"""'Can't find it' requests to the procurement office: create, list, answer."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.authz import Principal, check_unit_access
from central_api.errors import ApiError, not_found
from central_api.models import AgreementRow, SupplierRow, utcnow
from central_api.models.find import OfficeRequestRow
from central_api.schemas.find import OfficeAnswerIn, OfficeRequestIn
from central_api.services.find_idempotency import body_hash, key_reused
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


def _replay(row: OfficeRequestRow, principal: Principal, digest: str) -> OfficeRequest:
    if row.body_hash != digest or row.user_id != principal.user_id:
        raise key_reused()
    return request_from_row(row)


def create_request(
    session: Session, principal: Principal, body: OfficeRequestIn, key: str
) -> tuple[OfficeRequest, bool]:
    """The stored request and whether it was a replay of an earlier identical post."""
    payload = body.model_dump(mode="json")
    digest = body_hash(payload)
    existing = session.scalar(
        select(OfficeRequestRow).where(OfficeRequestRow.idempotency_key == key)
    )
    if existing is not None:
        return _replay(existing, principal, digest), True
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
    session.add(
        OfficeRequestRow(
            id=request.id,
            municipality_id=principal.municipality_id,
            unit_id=request.unit_id,
            user_id=principal.user_id,
            username=principal.username,
            idempotency_key=key,
            body_hash=digest,
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
    )
    try:
        session.commit()
    except IntegrityError:
        # A concurrent repeat with the same key won the race: answer as it did.
        session.rollback()
        again = session.scalar(
            select(OfficeRequestRow).where(OfficeRequestRow.idempotency_key == key)
        )
        if again is None:
            raise
        return _replay(again, principal, digest), True
    row = session.get(OfficeRequestRow, request.id)
    assert row is not None
    return request_from_row(row), False


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
