"""``GET /orders?since=``: the page of orders an installation syncs every minute.

A unit the reader reaches needs no look-up (an empty page, the usual answer, costs the
token check and the page); the reader's own name needs none either (an orderer's page
is their own orders).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from central_api.authz import Principal, check_unit_access
from central_api.errors import ApiError
from central_api.services.order_views import OrderPeople, list_orders, orders_json
from desktop.domain.reference import Role

MAX_CURSOR = 2**31 - 1  # orders.change_seq is a 32-bit INTEGER on both databases


def order_page(
    session: Session, principal: Principal, unit_id: str | None, since: int
) -> dict[str, object]:
    """Orders of ``unit_id`` (default every unit the principal reaches) changed after
    ``since``: ``{"items", "cursor", "more"}``."""
    reader = (principal.username, principal.display_name, principal.role is Role.SUPERUSER)
    known = OrderPeople({principal.user_id: reader})
    if unit_id is not None and principal.reaches_unit(unit_id):
        units = [unit_id]  # one of theirs: no look-up (the page is of their municipality)
    elif unit_id is not None:
        check_unit_access(session, principal, unit_id)  # 404 or 403
        units = [unit_id]
    else:
        units = sorted(principal.unit_ids)
    if since > MAX_CURSOR:
        raise ApiError(422, "validation_error", "The cursor is out of range", "since")
    rows, cursor, more = list_orders(session, principal, units, since)
    return {"items": orders_json(session, rows, known), "cursor": str(cursor), "more": more}
