"""Call-offs made outside e-commerce, recorded so they count as on-agreement.

The spend figures read :class:`~central_api.models.find.RecordedCallOffRow`: one row per
call-off with unit, agreement, supplier, ``amount`` (excl. VAT) and ``ordered_on``.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.authz import Principal, check_unit_access
from central_api.errors import ApiError
from central_api.models import AgreementRow, UserRow, utcnow
from central_api.models.find import RecordedCallOffRow
from central_api.schemas.find import CallOffIn, CallOffOut
from central_api.services.find_idempotency import body_hash, key_reused
from central_api.services.reference import agreement_from_row
from desktop.domain.errors import AvropError
from desktop.domain.guidance_calloff import RecordedCallOff, validate_calloff
from desktop.domain.reference import Role

RECORDING_ROLES = (Role.ORDERER, Role.MANAGER)


def _out(row: RecordedCallOffRow, username: str) -> CallOffOut:
    return CallOffOut(
        id=row.id,
        unit_id=row.unit_id,
        agreement_id=row.agreement_id,
        supplier_id=row.supplier_id,
        amount=f"{row.amount:f}",
        currency=row.currency,
        description=row.description,
        ordered_on=row.ordered_on,
        cascade_reason=row.cascade_reason,
        recorded_by=username,
        recorded_at=row.recorded_at,
    )


def _replay(row: RecordedCallOffRow, principal: Principal, digest: str) -> CallOffOut:
    if row.body_hash != digest or row.recorded_by != principal.user_id:
        raise key_reused()
    return _out(row, principal.username)


def record_calloff(
    session: Session, principal: Principal, body: CallOffIn, key: str
) -> tuple[CallOffOut, bool]:
    """The recorded call-off and whether it was a replay of an identical earlier post."""
    payload = body.model_dump(mode="json")
    digest = body_hash(payload)
    existing = session.scalar(
        select(RecordedCallOffRow).where(RecordedCallOffRow.idempotency_key == key)
    )
    if existing is not None:
        return _replay(existing, principal, digest), True
    check_unit_access(session, principal, body.unit_id, RECORDING_ROLES)
    if not principal.certified:
        raise ApiError(403, "not_certified", "Only certified orderers may record call-offs")
    row = session.get(AgreementRow, body.agreement_id)
    if row is None or row.municipality_id != principal.municipality_id:
        raise ApiError(422, "calloff_agreement_unknown", "Unknown agreement", "agreement_id")
    agreement = agreement_from_row(row)
    if agreement.in_ecommerce:
        raise ApiError(
            422,
            "calloff_agreement_in_ecommerce",
            "This agreement's items are in e-commerce: order them in Avrop",
            "agreement_id",
        )
    calloff = RecordedCallOff.from_json(payload)
    # A call-off may carry the orderer's local date, up to a day ahead of UTC.
    latest_day = (utcnow() + timedelta(days=1)).date()
    try:
        validate_calloff(calloff, agreement, latest_day)
    except AvropError as exc:
        raise ApiError(422, exc.code, exc.message, exc.field) from exc
    if session.get(RecordedCallOffRow, calloff.id) is not None:
        raise ApiError(422, "validation_error", "This call-off id is already used", "id")
    session.add(
        RecordedCallOffRow(
            id=calloff.id,
            municipality_id=principal.municipality_id,
            unit_id=calloff.unit_id,
            agreement_id=calloff.agreement_id,
            supplier_id=calloff.supplier_id,
            amount=calloff.amount,
            currency=calloff.currency,
            description=calloff.description,
            ordered_on=calloff.ordered_on,
            cascade_reason=calloff.cascade_reason,
            recorded_by=principal.user_id,
            recorded_at=utcnow(),
            idempotency_key=key,
            body_hash=digest,
        )
    )
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        again = session.scalar(
            select(RecordedCallOffRow).where(RecordedCallOffRow.idempotency_key == key)
        )
        if again is None:
            raise
        return _replay(again, principal, digest), True
    stored = session.get(RecordedCallOffRow, calloff.id)
    assert stored is not None
    return _out(stored, principal.username), False


def list_calloffs(session: Session, principal: Principal, unit_id: str | None) -> list[CallOffOut]:
    """Recorded call-offs of ``unit_id`` (or of every unit the user reaches), newest first."""
    if unit_id is not None:
        check_unit_access(session, principal, unit_id)
        units = [unit_id]
    else:
        units = sorted(principal.unit_ids)
    rows = session.execute(
        select(RecordedCallOffRow, UserRow.username)
        .join(UserRow, UserRow.id == RecordedCallOffRow.recorded_by)
        .where(
            RecordedCallOffRow.municipality_id == principal.municipality_id,
            RecordedCallOffRow.unit_id.in_(units),
        )
        .order_by(RecordedCallOffRow.ordered_on.desc(), RecordedCallOffRow.id)
    )
    return [_out(row, username) for row, username in rows]
