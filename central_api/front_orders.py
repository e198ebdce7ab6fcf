"""The minute sync's ``GET /orders?since=`` page with the front's asynchronous pool
(PostgreSQL, ``central_api.front_pool``): the token with its user and units, then whether
any order the route would list changed after ``since``, both on the event loop.

Nearly every minute sync finds nothing new, and the route's empty page is
``{"items": [], "cursor": since, "more": false}``: answered with no threadpool hop. When
there are orders to list, the route's own ``order_page`` builds the page in the
threadpool with the principal read here. A unit the user does not reach, a cursor out of
range, a token that is not a live access token or a database error are left to the route.
"""

from __future__ import annotations

from sqlalchemy import any_, bindparam, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from central_api.authz import (
    MUNICIPALITY_UNITS,
    TOKENS_USER_UNITS,
    Principal,
    principal_of_rows,
    procurement_municipality,
)
from central_api.front_batch import group_check
from central_api.front_pool import FrontPool, FrontSql
from central_api.models import OrderRow
from central_api.models.base import stored_utc
from central_api.security import token_hash
from central_api.services.order_sync import MAX_CURSOR, order_page
from central_api.services.order_views import sees_only_own

_TOKENS_USER_UNITS_SQL = FrontSql.of(TOKENS_USER_UNITS)
_MUNICIPALITY_UNITS_SQL = FrontSql.of(MUNICIPALITY_UNITS)
# One order ``services.order_views.list_orders`` would list, if any (its filter).
_CHANGED = select(OrderRow.change_seq).where(
    OrderRow.municipality_id == bindparam("municipality"),
    OrderRow.unit_id == any_(bindparam("units")),
    OrderRow.change_seq > bindparam("since"),
)
_ANY_CHANGED_SQL = FrontSql.of(_CHANGED.limit(1))
_ANY_OWN_CHANGED_SQL = FrontSql.of(
    _CHANGED.where(OrderRow.created_by == bindparam("user")).limit(1)
)


async def front_order_page(
    pool: FrontPool, sessions: sessionmaker[Session], token: str, unit_id: str | None, since: int
) -> dict[str, object] | None:
    """The route's page; None when the route must answer. ``ApiError`` (401) for a token
    that is not a live access token, ``FrontDbError`` when the database fails or is too
    slow. ``sessions``: read sessions, for a page that lists orders."""
    if since > MAX_CURSOR:
        return None  # the route's 422
    principal = await _principal(pool, token)
    if unit_id is not None and not principal.reaches_unit(unit_id):
        return None  # the route's 403 or 404
    units = [unit_id] if unit_id is not None else sorted(principal.unit_ids)
    values: dict[str, object] = {
        "municipality": principal.municipality_id,
        "units": units,
        "since": since,
    }
    statement = _ANY_CHANGED_SQL
    if sees_only_own(principal):
        statement, values["user"] = _ANY_OWN_CHANGED_SQL, principal.user_id
    if not await pool.fetch(statement, statement.params(**values)):
        return {"items": [], "cursor": str(since), "more": False}

    def page() -> dict[str, object]:
        with sessions() as session:
            return order_page(session, principal, unit_id, since)

    return await run_in_threadpool(page)


async def _principal(pool: FrontPool, token: str) -> Principal:
    """``authz.principal_of_token`` on the front's pool, the token joined with the
    concurrent requests' (``front_batch``)."""
    found = await group_check(pool, _TOKENS_USER_UNITS_SQL).rows(token_hash(token))
    rows = [(row[0], stored_utc(row[1]), stored_utc(row[2]), *row[3:]) for row in found]
    municipality = procurement_municipality(rows)
    if municipality is None:
        return principal_of_rows(rows, None)
    params = _MUNICIPALITY_UNITS_SQL.params(municipality=municipality)
    units = frozenset(row[0] for row in await pool.fetch(_MUNICIPALITY_UNITS_SQL, params))
    return principal_of_rows(rows, units)
