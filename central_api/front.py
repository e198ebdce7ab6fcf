"""The app class, :class:`CentralApi`: FastAPI with the minute sync answered up front.

Every installation asks, every minute, for its reference lists with ``If-None-Match``
(``central_api.not_modified``: a 304) and for its orders changed since its cursor
(``GET /orders?since=``: nearly always an empty page). Through FastAPI each costs the
middleware, the routing over every route and the dependency solving, more than the
statements they need. Such requests are answered here with the routes' own parts (the
same token check, page and response class, so the same bytes); anything unusual passes on
unchanged to FastAPI, which answers it as before: another path, method or query
parameter, a parameter the route would refuse, no bearer token, any error (401, 403, 404,
422, a database error). On PostgreSQL their statements run on the event loop with the
front's asynchronous pool (``central_api.front_pool``, ``central_api.front_orders``): no
threadpool hop, and the token checks of concurrent requests share one statement
(``central_api.front_batch``); SQLite keeps one threadpool hop per request.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.types import Receive, Scope, Send

from central_api.authz import principal_of_token
from central_api.errors import ApiError
from central_api.front_orders import front_order_page
from central_api.front_pool import FrontDbError, FrontPool
from central_api.not_modified import answer_not_modified, request_conditions
from central_api.services.order_sync import order_page

ORDER_PAGE_PARAMETERS = frozenset({"unit", "since"})
MAX_CURSOR_DIGITS = 18  # the route's ``since`` pattern: ^\d{1,18}$


class CentralApi(FastAPI):
    """The central API's app (see the module's docstring)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            if await answer_not_modified(self.state, scope, receive, send):
                return
            if await answer_order_page(self.state, scope, receive, send):
                return
        await super().__call__(scope, receive, send)


async def answer_order_page(state: Any, scope: Scope, receive: Receive, send: Send) -> bool:
    """Whether the request was a plain ``GET /orders?unit=&since=`` answered here (as the
    route ``central_api.routes.orders.get_orders`` answers it); otherwise nothing is sent."""
    query = _order_page_query(scope)
    if query is None:
        return False
    unit, since = query
    _if_none_match, token = request_conditions(scope)
    if token is None:
        return False
    try:
        body = await _order_page(state, token, unit, since)
    except (ApiError, SQLAlchemyError, FrontDbError):
        return False  # the route answers as it does for any request
    if body is None:
        return False
    await JSONResponse(body)(scope, receive, send)
    return True


async def _order_page(
    state: Any, token: str, unit: str | None, since: int
) -> dict[str, object] | None:
    """The route's page: on PostgreSQL with the front's pool (None when the route must
    answer), else in one threadpool hop."""
    pool: FrontPool | None = state.front_pool
    sessions: sessionmaker[Session] = state.read_sessions  # no transaction on PostgreSQL
    if pool is not None:
        return await front_order_page(pool, sessions, token, unit, since)

    def page() -> dict[str, object]:
        with sessions() as session:
            return order_page(session, principal_of_token(session, token), unit, since)

    return await run_in_threadpool(page)


def _order_page_query(scope: Scope) -> tuple[str | None, int] | None:
    """``unit`` (None when absent) and ``since`` (``0`` when absent) of a ``GET /orders``
    whose query the route would take as it is, else None."""
    if scope["path"] != "/orders":
        return None
    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    values = dict(pairs)
    if len(values) != len(pairs) or not values.keys() <= ORDER_PAGE_PARAMETERS:
        return None  # a repeated or unknown parameter
    unit = values.get("unit")
    since = values.get("since", "0")
    if unit is not None and (not unit or "\x00" in unit):
        return None  # the URL guard's 400, or the route's own answer to an empty unit
    if not (since.isascii() and since.isdigit() and len(since) <= MAX_CURSOR_DIGITS):
        return None  # the route's 422
    return unit, int(since)
