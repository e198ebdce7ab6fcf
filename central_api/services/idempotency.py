"""The ``Idempotency-Key`` contract (after Stripe and the IETF httpapi draft).

* a request without a key: 400 ``idempotency_key_missing``;
* the first request with a key: recorded as *in progress* (committed at once), handled,
  and its answer stored with the order in the same transaction as the order itself;
* a repeat with the same key and body: the first answer again (``Idempotent-Replayed``);
* the same key with another body: 422 ``idempotency_key_reused``;
* a repeat while the first is still being handled: 409 ``idempotency_in_progress``.

An answer that creates nothing (a 4xx, or a crash) releases the key, so that a corrected
request may use it. A first request whose process died leaves its key in progress only
for the lease (``AVROP_IDEMPOTENCY_LEASE_S``, default 30 s); then a repeat takes it over.
Keys are per user and live as long as their order.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.errors import ApiError
from central_api.models import IdempotencyKeyRow, utcnow

IN_PROGRESS = "in_progress"
DONE = "done"
MAX_KEY_LENGTH = 255
DEFAULT_LEASE_S = 30.0


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
    """The stored first answer to send again."""

    status: int
    body: Any


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


def begin(session: Session, user_id: int, key: str, fingerprint: str) -> Replay | Claim:
    """Look the key up: the first answer to replay, or a claim for this request.

    Commits the claim before returning so that concurrent repeats see it.
    """
    for _ in range(3):
        row = session.scalar(
            select(IdempotencyKeyRow).where(
                IdempotencyKeyRow.user_id == user_id, IdempotencyKeyRow.key == key
            )
        )
        now = utcnow()
        if row is None:
            row = IdempotencyKeyRow(
                user_id=user_id,
                key=key,
                request_hash=fingerprint,
                state=IN_PROGRESS,
                locked_at=now,
                created_at=now,
            )
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()  # a concurrent first request won the race: look again
                continue
            return Claim(row.id, now)
        if row.request_hash != fingerprint:
            session.rollback()
            raise _reused()
        if row.state == DONE and row.response_status is not None:
            body = json.loads(row.response_body or "null")
            status = row.response_status
            session.rollback()
            return Replay(status, body)
        if now - row.locked_at < lease():
            session.rollback()
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


def complete(session: Session, claim: Claim, order_id: int, status: int, body: Any) -> None:
    """Store the answer with the order (in the caller's transaction, not committed here)."""
    session.execute(
        update(IdempotencyKeyRow)
        .where(IdempotencyKeyRow.id == claim.key_id)
        .values(
            state=DONE,
            order_id=order_id,
            response_status=status,
            response_body=json.dumps(body, ensure_ascii=False),
        )
    )


def release(session: Session, claim: Claim) -> None:
    """Forget a key whose request created nothing (best effort, own transaction)."""
    session.rollback()
    session.execute(
        delete(IdempotencyKeyRow).where(
            IdempotencyKeyRow.id == claim.key_id, IdempotencyKeyRow.state == IN_PROGRESS
        )
    )
    session.commit()
