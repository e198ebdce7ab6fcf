"""The conditional reads every installation makes every minute, at the cost of one query.

``ReferenceReader`` (a dependency) checks the bearer token exactly like ``CurrentUser``
(the same :func:`~central_api.services.tokens.check_access_token` rules) and reads the
reference-data version in the same statement, on a pooled connection given back in the
same worker thread: no ORM session, no principal, no second query. The routes compare the
ETag on the event loop and build the list (with a session, in the threadpool) only when
the client's copy is stale. The usual answer, a 304, does not even reach the routes:
``central_api.not_modified`` answers it in front of the FastAPI stack with the same
statement and the same ETag (:func:`reference_etag`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from sqlalchemy import Engine, any_, bindparam, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from central_api import __version__
from central_api.authz import BearerToken
from central_api.errors import unauthorized
from central_api.etag import CACHE_HEADERS, if_none_match_hits, json_bytes, strong_etag
from central_api.front_batch import HASHES_PARAMETER, group_check
from central_api.front_pool import FrontPool, FrontSql
from central_api.models import ReferenceVersionRow, TokenRow, UserRow
from central_api.models.base import stored_utc
from central_api.security import token_hash
from central_api.services.tokens import ACCESS, check_access_token

_REFERENCE_VERSION = (
    select(ReferenceVersionRow.value).where(ReferenceVersionRow.id == 1).scalar_subquery()
)
_TOKEN_AND_VERSION_COLUMNS = select(
    TokenRow.kind,
    TokenRow.revoked_at,
    TokenRow.expires_at,
    UserRow.active,
    UserRow.municipality_id,
    _REFERENCE_VERSION,
).join(UserRow, UserRow.id == TokenRow.user_id)
_TOKEN_AND_VERSION = _TOKEN_AND_VERSION_COLUMNS.where(TokenRow.token_hash == bindparam("hash"))
# The same for many tokens at once, each row ending with its hash: the front's group check.
_TOKENS_AND_VERSION_SQL = FrontSql.of(
    _TOKEN_AND_VERSION_COLUMNS.add_columns(TokenRow.token_hash).where(
        TokenRow.token_hash == any_(bindparam(HASHES_PARAMETER))
    )
)


@dataclass(frozen=True)
class ReferenceRead:
    """Who may read (their municipality) and the reference-data version now."""

    municipality_id: str
    version: int
    sessions: sessionmaker[Session]


READ_SCOPE_KEY = "avrop.reference_read"  # set by ``not_modified`` when it passes a request on


def read_reference(state: Any, token: str) -> ReferenceRead:
    """The signed-in user's municipality and the version, in one query, for the app whose
    ``app.state`` is ``state``; 401 like ``CurrentUser`` for an unknown, revoked or
    expired token or an inactive user. Blocking: call it in the threadpool."""
    engine: Engine = state.read_engine  # no BEGIN/ROLLBACK round trips
    with engine.connect() as connection:
        found = connection.execute(_TOKEN_AND_VERSION, {"hash": token_hash(token)}).first()
    return _checked_read(state, None if found is None else tuple(found))


async def read_reference_front(pool: FrontPool, state: Any, token: str) -> ReferenceRead:
    """:func:`read_reference` on the front's asynchronous pool (PostgreSQL), the same
    statement and checks, joined with the concurrent requests' (``front_batch``);
    ``FrontDbError`` when the database fails or is too slow."""
    rows = await group_check(pool, _TOKENS_AND_VERSION_SQL).rows(token_hash(token))
    if not rows:
        return _checked_read(state, None)
    kind, revoked_at, expires_at, active, municipality_id, version = rows[0]
    found = (kind, stored_utc(revoked_at), stored_utc(expires_at), active, municipality_id, version)
    return _checked_read(state, found)


def _checked_read(state: Any, found: tuple[Any, ...] | None) -> ReferenceRead:
    """The read of a found row (token, user, version), or 401 by the token rules."""
    if found is None:
        raise unauthorized("token_invalid", f"Unknown {ACCESS} token")
    kind, revoked_at, expires_at, active, municipality_id, version = found
    check_access_token(kind, revoked_at, expires_at, active)
    return ReferenceRead(municipality_id, int(version or 0), state.sessions)


def reference_read(request: Request, token: BearerToken) -> ReferenceRead:
    """:func:`read_reference` for a route (a dependency), unless ``not_modified`` read it
    for this request already (then: no second query)."""
    found: ReferenceRead | None = request.scope.get(READ_SCOPE_KEY)
    return found if found is not None else read_reference(request.app.state, token)


ReferenceReader = Annotated[ReferenceRead, Depends(reference_read)]


def reference_etag(resource: str, read: ReferenceRead) -> str:
    """The ETag of ``resource`` (units, agreements, suppliers) as ``read`` sees it."""
    return _etag(resource, read.municipality_id, read.version)


@functools.lru_cache(maxsize=4096)
def _etag(resource: str, municipality_id: str, version: int) -> str:
    tag = f"{resource}:{municipality_id}:{version}|{__version__}"
    return strong_etag(tag.encode())


async def versioned_list(
    request: Request, read: ReferenceRead, resource: str, build: Callable[[Session, str], Any]
) -> Response:
    """304 when ``If-None-Match`` names the current ETag of ``resource`` (compared before
    anything is built), else 200 with ``build(session, municipality_id)`` as JSON."""
    etag = reference_etag(resource, read)
    headers = {"ETag": etag, **CACHE_HEADERS}
    if if_none_match_hits(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)

    def body() -> bytes:
        with read.sessions() as session:
            return json_bytes(build(session, read.municipality_id))

    return Response(await run_in_threadpool(body), media_type="application/json", headers=headers)
