"""Call-offs made outside e-commerce, recorded so they count as on-agreement.

The spend figures read :class:`~central_api.models.find.RecordedCallOffRow`: one row per
call-off with unit, agreement, supplier, ``amount`` (excl. VAT) and ``ordered_on``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.authz import Principal, check_unit_access
from central_api.errors import ApiError
from central_api.models import AgreementRow, UserRow, utcnow
from central_api.models.find import RecordedCallOffRow
from central_api.schemas.find import CallOffIn, CallOffOut
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


def record_calloff(session: Session, principal: Principal, body: CallOffIn) -> CallOffOut:
    """Validate and add the call-off (not committed: ``idempotency.run`` commits it with
    its key)."""
    payload = body.model_dump(mode="json")
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
    stored = RecordedCallOffRow(
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
    )
    session.add(stored)
    session.flush()
    return _out(stored, principal.username)


def shown_calloff(
    session: Session, principal: Principal, calloff_id: str | None
) -> dict[str, Any] | None:
    """A call-off as it is now (the answer to a key kept from before s0006)."""
    row = session.get(RecordedCallOffRow, calloff_id) if calloff_id else None
    return _out(row, principal.username).model_dump(mode="json") if row is not None else None


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
