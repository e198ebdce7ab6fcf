"""The minute sync's 304s, answered in front of the FastAPI stack (``central_api.front``).

Every installation asks ``GET /units``, ``/agreements`` and ``/suppliers`` with
``If-None-Match`` every minute, and the answer is nearly always 304. Through FastAPI that
costs the middleware, the routing over every route and the dependency solving, several
times the one statement it needs. :func:`answer_not_modified` answers such a request
instead: the same statement as the routes' ``ReferenceReader`` (token checked
against the database on every request, version read beside it), the same ETag, the same
304 bytes. Anything else passes on unchanged to FastAPI: another path or method, a query
string, no ``If-None-Match``, a token that is not a live access token (the route answers
its 401), a database error (the route reports it as for any request) and a stale ETag
(the route builds the 200 from the read made here, without a second query). On
PostgreSQL the statement runs on the event loop with the front's asynchronous pool
(``central_api.front_pool``), one statement for the checks of all the 304s in flight
together (``central_api.front_batch``); on SQLite in the threadpool.
"""

from __future__ import annotations

from typing import Any

from fastapi.security.utils import get_authorization_scheme_param
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.types import Receive, Scope, Send

from central_api.errors import ApiError
from central_api.etag import if_none_match_hits, send_not_modified
from central_api.fast_reads import (
    READ_SCOPE_KEY,
    ReferenceRead,
    read_reference,
    read_reference_front,
    reference_etag,
)
from central_api.front_pool import FrontDbError, FrontPool

RESOURCE_BY_PATH = {"/units": "units", "/agreements": "agreements", "/suppliers": "suppliers"}


async def answer_not_modified(state: Any, scope: Scope, receive: Receive, send: Send) -> bool:
    """Whether the request was a conditional reference read still current (answered 304
    here); otherwise nothing is sent and the request goes on to FastAPI."""
    resource = _conditional_reference_read(scope)
    if resource is None:
        return False
    if_none_match, token = request_conditions(scope)
    if not if_none_match or token is None:
        return False
    try:
        read = await _read(state, token)
    except (ApiError, SQLAlchemyError, FrontDbError):
        return False  # the route answers as it does for any request
    etag = reference_etag(resource, read)
    if not if_none_match_hits(if_none_match, etag):
        scope[READ_SCOPE_KEY] = read
        return False
    await send_not_modified(send, etag)
    return True


async def _read(state: Any, token: str) -> ReferenceRead:
    """The token check and version: on the loop with the front's pool (PostgreSQL),
    else one blocking call in the threadpool."""
    pool: FrontPool | None = state.front_pool
    if pool is not None:
        return await read_reference_front(pool, state, token)
    return await run_in_threadpool(read_reference, state, token)


def _conditional_reference_read(scope: Scope) -> str | None:
    """The resource of a plain ``GET`` of a reference list, else None."""
    if scope["type"] != "http" or scope["method"] != "GET" or scope.get("query_string"):
        return None
    return RESOURCE_BY_PATH.get(scope["path"])


def request_conditions(scope: Scope) -> tuple[str | None, str | None]:
    """The first ``If-None-Match`` and the bearer token (as ``HTTPBearer`` reads it: the
    first ``Authorization``), each None when missing."""
    if_none_match: str | None = None
    authorization: str | None = None
    for name, value in scope["headers"]:
        if name == b"if-none-match" and if_none_match is None:
            if_none_match = value.decode("latin-1")
        elif name == b"authorization" and authorization is None:
            authorization = value.decode("latin-1")
    scheme, credentials = get_authorization_scheme_param(authorization)
    if not (authorization and credentials) or scheme.lower() != "bearer":
        return if_none_match, None
    return if_none_match, credentials
