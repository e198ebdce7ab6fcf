"""``GET /orders?since=``: the page of orders an installation syncs every minute.

The names the orders show are known without a look-up when the page is one unit's (its
name was read by the access check) and the orders are the reader's own (an orderer's).
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
    if unit_id is not None:
        unit = check_unit_access(session, principal, unit_id)
        units = [unit_id]
        known.units[unit.id] = unit.name
    else:
        units = sorted(principal.unit_ids)
    if since > MAX_CURSOR:
        raise ApiError(422, "validation_error", "The cursor is out of range", "since")
    rows, cursor, more = list_orders(session, principal, units, since)
    return {"items": orders_json(session, rows, known), "cursor": str(cursor), "more": more}
