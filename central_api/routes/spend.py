"""``GET /units/{unit_id}/spend``: a unit's spend figures for managers and the office."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from central_api.authz import UnitAccess, unit_scope
from central_api.deps import Config, DbSession
from central_api.errors import ApiError
from central_api.etag import json_with_etag
from central_api.schemas.common import AUTHENTICATED_ERRORS, error_responses
from central_api.schemas.input import Day
from central_api.schemas.spend import SpendReportOut
from central_api.services.spend import spend_report
from desktop.domain.reference import Role
from desktop.domain.spend import add_months

router = APIRouter(tags=["spend"])

MAX_MONTHS = 36  # a longer period is refused (the answer lists every invoice)
SPEND_ROLES = (Role.MANAGER, Role.SUPERUSER, Role.PROCUREMENT)
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"headers": {"ETag": {"description": "Strong ETag", "schema": {"type": "string"}}}},
    304: {"description": "Not modified: `If-None-Match` matched the current ETag"},
    **error_responses(*AUTHENTICATED_ERRORS, 403, 404, 422),
}


def default_period(today: date) -> tuple[date, date]:
    """The twelve whole months before the current one."""
    last = add_months(today, 0) - timedelta(days=1)
    return add_months(last, -11), last


@router.get("/units/{unit_id}/spend", response_model=SpendReportOut, responses=_RESPONSES)
def unit_spend(
    request: Request,
    session: DbSession,
    config: Config,
    access: Annotated[UnitAccess, Depends(unit_scope(*SPEND_ROLES))],
    first: Annotated[
        Day | None, Query(alias="from", description="First day (default: 12 months back)")
    ] = None,
    last: Annotated[
        Day | None, Query(alias="to", description="Last day (default: end of last month)")
    ] = None,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """Spend by month, category and supplier; e-handelsgrad, agreement compliance, savings
    realised and missed (with the covering agreement), budget per account, and the other
    units' figures for comparison. Managers see their own unit, superusers the units they
    support, the procurement office every unit; anyone else gets 403."""
    default_first, default_last = default_period(config.demo_today or date.today())
    first = first or (add_months(last, -11) if last else default_first)
    last = last or default_last
    if first > last:
        raise ApiError(422, "validation_error", "from must not be after to", "from")
    if (last.year - first.year) * 12 + last.month - first.month >= MAX_MONTHS:
        raise ApiError(422, "validation_error", f"At most {MAX_MONTHS} months at a time", "from")
    report = spend_report(session, access.unit, first, last)
    return json_with_etag(request, report.to_json())
