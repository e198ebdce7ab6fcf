"""The ``Idempotency-Key`` contract (after Stripe and the IETF httpapi draft): the one
module, and the one rule set, for everything created with a key (orders, office
requests, recorded call-offs, and what later issues add).

* a request without a key: 400 ``idempotency_key_missing``;
* the first request with a key: recorded as *in progress*, handled, and its answer
  stored with the object in the same transaction as the object itself. On PostgreSQL
  the claim is that same transaction (one commit per request): it holds a transaction
  advisory lock on (user, key) until its commit, and a repeat that cannot take the lock
  is answered 409; a request that dies rolls everything back, key included. SQLite (no
  advisory locks; one writer, whose lock would make a repeat wait, not answer) commits
  the claim first, on its own;
* a repeat with the same key and body: the first answer again (``Idempotent-Replayed``);
* the same key with another body: 422 ``idempotency_key_reused``;
* a repeat while the first is still being handled: 409 ``idempotency_in_progress``.

An answer that creates nothing (a 4xx, or a crash) releases the key, so that a corrected
request may use it. A first request whose process died leaves its key in progress only
for the lease (``AVROP_IDEMPOTENCY_LEASE_S``, default 30 s); then a repeat takes it over.
Keys are per user (printable ASCII, at most 255 characters) and are stored with the
object they created (``resource``, ``resource_id``) for as long as it exists (an order's
key is deleted with the order). ``run`` is the whole dance for a route.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import Header
from sqlalchemy import Integer, String, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import psycopg
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.errors import ApiError
from central_api.models import IdempotencyKeyRow, UtcDateTime, utcnow

log = logging.getLogger(__name__)

_KEYS: Table = IdempotencyKeyRow.__table__  # type: ignore[assignment]  # Core: no ORM flush
_CLAIM = insert(_KEYS).returning(_KEYS.c.id)  # statements built once, values bound per call
_ANSWER = ("state", "order_id", "resource", "resource_id", "response_status", "response_body")
_COMPLETE = (
    update(_KEYS)
    .where(_KEYS.c.id == bindparam("claimed_id"))
    .values({name: bindparam(name) for name in _ANSWER})
)
_COMPLETE_PSYCOPG = str(_COMPLETE.compile(dialect=psycopg.dialect()))  # type: ignore[no-untyped-call]
# PostgreSQL, one round trip: try the (user, key) advisory lock for this transaction and,
# only when taken, insert the key unless it exists (committed). Answers (got, new id).
_LOCK = select(
    func.pg_try_advisory_xact_lock(
        bindparam("user_id", type_=Integer), func.hashtext(bindparam("key", type_=String))
    ).label("got")
).cte("key_lock")
_CLAIMED = (
    postgresql.insert(_KEYS)
    .from_select(
        ["user_id", "key", "request_hash", "state", "locked_at", "created_at"],
        select(
            bindparam("user_id", type_=Integer),
            bindparam("key", type_=String),
            bindparam("request_hash", type_=String),
            bindparam("state", type_=String),
            bindparam("locked_at", type_=UtcDateTime()),
            bindparam("created_at", type_=UtcDateTime()),
        ).where(_LOCK.c.got),
    )
    .on_conflict_do_nothing(index_elements=["user_id", "key"])
    .returning(_KEYS.c.id)
    .cte("claimed")
)
_LOCKED_CLAIM = select(
    select(_LOCK.c.got).scalar_subquery(), select(_CLAIMED.c.id).scalar_subquery()
)
IN_PROGRESS = "in_progress"
DONE = "done"
MAX_KEY_LENGTH = 255
DEFAULT_LEASE_S = 30.0

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="Client-generated unique key (a UUID), the same for every retry; a "
        "repeat with the same key and body gets the first answer again",
    ),
]


def lease() -> timedelta:
    try:
        seconds = float(os.environ.get("AVROP_IDEMPOTENCY_LEASE_S", DEFAULT_LEASE_S))
    except ValueError:
        seconds = DEFAULT_LEASE_S
    return timedelta(seconds=max(seconds, 0.1))


def request_hash(body: Any) -> str:
    """A fingerprint of the request body (its JSON, keys sorted: formatting ignored)."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_key(key: str | None) -> str:
    if key is None or not key.strip():
        raise ApiError(
            400, "idempotency_key_missing", "Send an Idempotency-Key header", "Idempotency-Key"
        )
    key = key.strip()
    if len(key) > MAX_KEY_LENGTH or not key.isascii() or not key.isprintable():
        raise ApiError(
            400,
            "validation_error",
            f"The Idempotency-Key must be printable ASCII, at most {MAX_KEY_LENGTH} characters",
            "Idempotency-Key",
        )
    return key


@dataclass(frozen=True)
class Replay:
    """The stored first answer to send again (``body`` None: a key kept from before the
    answers were stored with it; the caller shows ``resource_id`` as it is now)."""

    status: int
    body: Any
    resource: str
    resource_id: str | None


@dataclass(frozen=True)
class Claim:
    """This request holds the key: finish with ``complete`` or ``release``."""

    key_id: int
    locked_at: datetime


def _reused() -> ApiError:
    return ApiError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was used for a different request",
        "Idempotency-Key",
    )


def _in_progress() -> ApiError:
    return ApiError(
        409,
        "idempotency_in_progress",
        "A request with this Idempotency-Key is still being handled; retry shortly",
        "Idempotency-Key",
        headers={"Retry-After": "1"},
    )


def _claim_values(user_id: int, key: str, fingerprint: str, now: datetime) -> dict[str, Any]:
    """A new key's row: in progress, locked from ``now``."""
    return {
        "user_id": user_id,
        "key": key,
        "request_hash": fingerprint,
        "state": IN_PROGRESS,
        "locked_at": now,
        "created_at": now,
    }


def _claim_new(session: Session, user_id: int, key: str, fingerprint: str) -> Claim | None:
    """Record a key not seen before as in progress (committed); None when it exists (a
    repeat, or a concurrent first request that won the race)."""
    now = utcnow()
    try:
        key_id = session.execute(
            _CLAIM,
            _claim_values(user_id, key, fingerprint, now),
        ).scalar_one()
        session.commit()
    except IntegrityError:
        session.rollback()
        return None
    return Claim(int(key_id), now)


def _stored(session: Session, user_id: int, key: str) -> IdempotencyKeyRow | None:
    return session.scalar(
        select(IdempotencyKeyRow).where(
            IdempotencyKeyRow.user_id == user_id, IdempotencyKeyRow.key == key
        )
    )


def _replay_or_refuse(row: IdempotencyKeyRow, fingerprint: str) -> Replay | None:
    """A stored key's first answer to replay; 422 for another body; None while it is
    still in progress (the caller decides between 409 and taking an old lease over)."""
    if row.request_hash != fingerprint:
        raise _reused()
    if row.state == DONE and row.response_status is not None:
        body = json.loads(row.response_body) if row.response_body is not None else None
        return Replay(row.response_status, body, row.resource, row.resource_id)
    return None


def _begin_locked(session: Session, user_id: int, key: str, fingerprint: str) -> Replay | Claim:
    """PostgreSQL: claim the key in the request's own transaction (nothing committed
    here), holding its advisory lock until that transaction ends."""
    now = utcnow()
    got, key_id = session.execute(
        _LOCKED_CLAIM,
        _claim_values(user_id, key, fingerprint, now),
    ).one()
    if got and key_id is not None:
        return Claim(int(key_id), now)
    row = _stored(session, user_id, key)  # committed by an earlier request, or none yet
    try:
        replay = None if row is None else _replay_or_refuse(row, fingerprint)
    except ApiError:
        session.rollback()
        raise
    if replay is not None:
        session.rollback()
        return replay
    if not got or row is None or now - row.locked_at < lease():
        session.rollback()  # another request holds the key (its lock, or a fresh lease)
        raise _in_progress()
    # A key claimed in a committed transaction of its own whose lease ran out (a server
    # that claimed the SQLite way and died): this request, holding the lock, takes it.
    session.execute(
        update(IdempotencyKeyRow).where(IdempotencyKeyRow.id == row.id).values(locked_at=now)
    )
    return Claim(row.id, now)


def locks_in_transaction(session: Session) -> bool:
    """The key is claimed in the request's own transaction (PostgreSQL), not committed
    first on its own (SQLite)."""
    return session.get_bind().dialect.name == "postgresql"


def begin(session: Session, user_id: int, key: str, fingerprint: str) -> Replay | Claim:
    """Look the key up: the first answer to replay, or a claim for this request.

    A first request (the common case) claims the key with one statement; only when the
    key exists already is it read. SQLite commits the claim before returning so that
    concurrent repeats see it; PostgreSQL holds the claim's lock until the request's
    commit instead.
    """
    if locks_in_transaction(session):
        return _begin_locked(session, user_id, key, fingerprint)
    for _ in range(3):
        claim = _claim_new(session, user_id, key, fingerprint)
        if claim is not None:
            return claim
        row = _stored(session, user_id, key)
        now = utcnow()
        if row is None:
            session.rollback()  # released in between: claim it again
            continue
        try:
            replay = _replay_or_refuse(row, fingerprint)
        finally:
            session.rollback()
        if replay is not None:
            return replay
        if now - row.locked_at < lease():
            raise _in_progress()
        # The first request's process died (its lease ran out): take the key over.
        taken = session.execute(
            update(IdempotencyKeyRow)
            .where(IdempotencyKeyRow.id == row.id, IdempotencyKeyRow.locked_at == row.locked_at)
            .values(locked_at=now)
        )
        session.commit()
        if getattr(taken, "rowcount", 0) == 1:
            return Claim(row.id, now)
    raise _in_progress()


@dataclass(frozen=True)
class Created:
    """What the first request made: its answer and the object the key stays with."""

    status: int
    body: Any
    resource: str  # "order", "request", "calloff", …
    resource_id: str
    order_id: int | None = None  # an order's key is deleted with the order


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any
    replayed: bool


@dataclass(frozen=True)
class Completion:
    """The statement storing the first answer with its key, to run before the commit:
    ``run`` through the session, or ``psycopg_sql`` with ``params`` on the raw
    connection (PostgreSQL: sent in the commit's pipeline, no round trip of its own)."""

    params: dict[str, Any]
    psycopg_sql: str = _COMPLETE_PSYCOPG

    def run(self, session: Session) -> None:
        session.execute(_COMPLETE, self.params)


def completion(claim: Claim, created: Created) -> Completion:
    """Store the answer with the object (in the caller's transaction, not committed)."""
    params = {
        "claimed_id": claim.key_id,
        "state": DONE,
        "order_id": created.order_id,
        "resource": created.resource,
        "resource_id": created.resource_id,
        "response_status": created.status,
        "response_body": json.dumps(created.body, ensure_ascii=False),
    }
    return Completion(params)


def release(session: Session, claim: Claim) -> None:
    """Forget a key whose request created nothing (best effort, own transaction; on
    PostgreSQL the rollback is all: the claim was never committed)."""
    session.rollback()
    if locks_in_transaction(session):
        return
    session.execute(
        delete(IdempotencyKeyRow).where(
            IdempotencyKeyRow.id == claim.key_id, IdempotencyKeyRow.state == IN_PROGRESS
        )
    )
    session.commit()


def run(
    session: Session,
    user_id: int,
    raw_key: str | None,
    payload: Any,
    create: Callable[[], Created],
    show: Callable[[str, str | None], Any] | None = None,
    commit: Callable[[Session, Completion], None] | None = None,
) -> Answer:
    """The whole contract for one request: check the key, replay a repeat, or ``create``
    (which must not commit) and store its answer with the key in the same transaction.

    ``show(resource, resource_id)`` gives the object as it is now, for keys kept from
    before answers were stored (none for orders). ``commit(session, completion)`` runs
    ``completion`` (the answer stored with the key) and commits the created object with
    it (default: run it, then ``session.commit``; orders number themselves there, last).
    """
    key = check_key(raw_key)
    started = begin(session, user_id, key, request_hash(payload))
    if isinstance(started, Replay):
        body = started.body
        if body is None and show is not None:
            body = show(started.resource, started.resource_id)
        return Answer(started.status, body, True)
    try:
        created = create()
        stored = completion(started, created)
        if commit is None:
            stored.run(session)
            session.commit()
        else:
            commit(session, stored)
    except BaseException:
        try:
            release(session, started)
        except Exception:
            log.warning("could not release idempotency key", exc_info=True)
        raise
    return Answer(created.status, created.body, False)
