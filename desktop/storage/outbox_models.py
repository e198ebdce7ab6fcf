"""The one outbox table (migration ``0007``): everything sent with an ``Idempotency-Key``.

An entry holds the exact request (method, path, body) and its key, so every retry sends
the same bytes under the same key; ``kind`` and ``subject_id`` say what it concerns (an
order, an office request, a call-off, …) so that the answer lands in the right place.
The entry is deleted once the server has answered (accepted or refused).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, Integer, LargeBinary, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.storage.models import Base


class OutboxRow(Base):
    """One request waiting to reach the server."""

    __tablename__ = "outbox"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String)  # "order", "office_request", "calloff", …
    subject_id: Mapped[str] = mapped_column(String, index=True)  # the order's id, …
    method: Mapped[str] = mapped_column(String)
    path: Mapped[str] = mapped_column(String)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    idempotency_key: Mapped[str] = mapped_column(String, unique=True)
    username: Mapped[str] = mapped_column(String, index=True)
    # "queued" (waiting or retrying) or "error" (an unexpected fault; retried with backoff)
    state: Mapped[str] = mapped_column(String)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # An attempt may have reached the server: what it concerns can no longer be changed,
    # and it is retried with the same key until the server's answer is known.
    in_flight: Mapped[bool] = mapped_column(Boolean, default=False)
    next_attempt_at: Mapped[datetime] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(String, nullable=True)
    created_at: Mapped[datetime] = mapped_column()


class EntryKind(StrEnum):
    """What an outbox entry concerns (its ``subject_id`` is that thing's id)."""

    ORDER = "order"  # POST /orders
    REQUEST = "request"  # POST /requests: a "can't find it" question to the office
    CALLOFF = "calloff"  # POST /calloffs: a call-off made by phone or e-mail


class EntryState(StrEnum):
    QUEUED = "queued"
    ERROR = "error"


def new_outbox_row(
    kind: EntryKind,
    subject_id: str,
    path: str,
    body: bytes,
    username: str,
    now: datetime,
    *,
    key: str | None = None,
    method: str = "POST",
) -> OutboxRow:
    """A fresh entry, due now, under a new key (or ``key``); add it in the caller's
    transaction, beside the thing it sends."""
    key = key or str(uuid.uuid4())
    return OutboxRow(
        id=str(uuid.uuid4()),
        kind=kind.value,
        subject_id=subject_id,
        method=method,
        path=path,
        body=body,
        idempotency_key=key,
        username=username,
        state=EntryState.QUEUED.value,
        attempts=0,
        in_flight=False,
        next_attempt_at=now,
        last_error=None,
        created_at=now,
    )


def outbox_row_of(session: Session, kind: EntryKind, subject_id: str) -> OutboxRow | None:
    """The entry waiting for ``subject_id`` (of ``kind``), if any."""
    return session.scalars(
        select(OutboxRow)
        .where(OutboxRow.kind == kind.value, OutboxRow.subject_id == subject_id)
        .order_by(OutboxRow.created_at)
        .limit(1)
    ).first()
