"""Questions to the office and recorded call-offs: kept here, sent through an outbox.

Queuing writes the item and its outbox entry in one transaction, so a request placed
offline survives a crash and is sent once (same body, same ``Idempotency-Key``) when
the server can be reached. The sender's bookkeeping mirrors the order outbox.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from desktop.domain.guidance_calloff import RecordedCallOff
from desktop.domain.office_request import OfficeRequest, RequestStatus
from desktop.storage.database import Database
from desktop.storage.guidance_models import (
    OfficeRequestRow,
    RecordedCallOffRow,
    SubmissionOutboxRow,
)


class SubmissionKind(StrEnum):
    REQUEST = "request"  # POST /requests
    CALLOFF = "calloff"  # POST /calloffs


class CallOffState(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    REFUSED = "refused"


@dataclass(frozen=True)
class Refusal:
    """Why the server refused a submission (a 4xx answer)."""

    code: str
    message: str
    field: str | None = None


@dataclass(frozen=True)
class LocalRequest:
    request: OfficeRequest
    refusal: Refusal | None
    answer_unseen: bool


@dataclass(frozen=True)
class LocalCallOff:
    calloff: RecordedCallOff
    state: CallOffState
    refusal: Refusal | None


@dataclass(frozen=True)
class SubmissionEntry:
    """One submission to send: its exact body and key, and how sending went so far."""

    id: str
    kind: SubmissionKind
    idempotency_key: str
    username: str
    body: bytes
    attempts: int
    in_flight: bool  # before this claim: an earlier attempt may have reached the server
    next_attempt_at: datetime


def _refusal(data: dict[str, Any] | None) -> Refusal | None:
    if data is None:
        return None
    return Refusal(str(data.get("code")), str(data.get("message")), data.get("field"))


def _entry(row: SubmissionOutboxRow, in_flight: bool | None = None) -> SubmissionEntry:
    return SubmissionEntry(
        row.id,
        SubmissionKind(row.kind),
        row.idempotency_key,
        row.username,
        row.body,
        row.attempts,
        row.in_flight if in_flight is None else in_flight,
        row.next_attempt_at,
    )


def _body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class SubmissionRepository:
    """Requests, call-offs and their outbox; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- queuing ----------------------------------------------------------------------

    def queue_request(self, request: OfficeRequest, username: str, now: datetime) -> None:
        with self._db.session() as session:
            session.add(
                OfficeRequestRow(
                    id=request.id,
                    username=username,
                    unit_id=request.unit_id,
                    status=RequestStatus.QUEUED.value,
                    payload=request.to_full_json(),
                    refusal=None,
                    answer_unseen=False,
                    created_at=now,
                    updated_at=now,
                )
            )
            session.add(
                self._outbox_row(
                    request.id, SubmissionKind.REQUEST, username, request.to_json(), now
                )
            )

    def queue_calloff(self, calloff: RecordedCallOff, username: str, now: datetime) -> None:
        with self._db.session() as session:
            session.add(
                RecordedCallOffRow(
                    id=calloff.id,
                    username=username,
                    unit_id=calloff.unit_id,
                    state=CallOffState.QUEUED.value,
                    payload=calloff.to_json(),
                    refusal=None,
                    created_at=now,
                )
            )
            session.add(
                self._outbox_row(
                    calloff.id, SubmissionKind.CALLOFF, username, calloff.to_json(), now
                )
            )

    @staticmethod
    def _outbox_row(
        ident: str, kind: SubmissionKind, username: str, payload: dict[str, Any], now: datetime
    ) -> SubmissionOutboxRow:
        return SubmissionOutboxRow(
            id=ident,
            kind=kind.value,
            idempotency_key=ident,
            username=username,
            body=_body(payload),
            attempts=0,
            in_flight=False,
            next_attempt_at=now,
            last_error=None,
            created_at=now,
        )

    # -- reading ----------------------------------------------------------------------

    def requests(self, username: str) -> list[LocalRequest]:
        """``username``'s requests, newest first."""
        with self._db.session() as session:
            rows = session.scalars(
                select(OfficeRequestRow)
                .where(OfficeRequestRow.username == username)
                .order_by(OfficeRequestRow.created_at.desc(), OfficeRequestRow.id)
            )
            return [
                LocalRequest(
                    OfficeRequest.from_json(r.payload), _refusal(r.refusal), r.answer_unseen
                )
                for r in rows
            ]

    def request(self, request_id: str) -> LocalRequest | None:
        with self._db.session() as session:
            row = session.get(OfficeRequestRow, request_id)
            if row is None:
                return None
            return LocalRequest(
                OfficeRequest.from_json(row.payload), _refusal(row.refusal), row.answer_unseen
            )

    def calloffs(self, username: str) -> list[LocalCallOff]:
        with self._db.session() as session:
            rows = session.scalars(
                select(RecordedCallOffRow)
                .where(RecordedCallOffRow.username == username)
                .order_by(RecordedCallOffRow.created_at.desc(), RecordedCallOffRow.id)
            )
            return [
                LocalCallOff(
                    RecordedCallOff.from_json(r.payload), CallOffState(r.state), _refusal(r.refusal)
                )
                for r in rows
            ]

    def merge_remote_requests(
        self, username: str, items: Sequence[OfficeRequest], now: datetime
    ) -> list[str]:
        """Take the office's view of ``username``'s requests; ids newly answered."""
        answered: list[str] = []
        with self._db.session() as session:
            for item in items:
                row = session.get(OfficeRequestRow, item.id)
                if row is None:
                    row = OfficeRequestRow(
                        id=item.id,
                        username=username,
                        unit_id=item.unit_id,
                        refusal=None,
                        answer_unseen=False,
                        created_at=item.created_at,
                    )
                    session.add(row)
                elif row.username != username:
                    continue
                was_answered = row.status == RequestStatus.ANSWERED.value
                row.status = item.status.value
                row.payload = item.to_full_json()
                row.updated_at = now
                if item.status is RequestStatus.ANSWERED and not was_answered:
                    row.answer_unseen = True
                    answered.append(item.id)
        return answered

    def mark_answers_seen(self, ids: Sequence[str]) -> None:
        with self._db.session() as session:
            for row in session.scalars(
                select(OfficeRequestRow).where(OfficeRequestRow.id.in_(ids))
            ):
                row.answer_unseen = False

    # -- the sender's side -------------------------------------------------------------

    def count(self, username: str | None = None) -> int:
        query = select(func.count()).select_from(SubmissionOutboxRow)
        if username is not None:
            query = query.where(SubmissionOutboxRow.username == username)
        with self._db.session() as session:
            return int(session.scalar(query) or 0)

    def due(self, username: str, now: datetime, limit: int = 50) -> list[SubmissionEntry]:
        with self._db.session() as session:
            rows = session.scalars(
                select(SubmissionOutboxRow)
                .where(
                    SubmissionOutboxRow.username == username,
                    SubmissionOutboxRow.next_attempt_at <= now,
                )
                .order_by(SubmissionOutboxRow.created_at, SubmissionOutboxRow.id)
                .limit(limit)
            )
            return [_entry(row) for row in rows]

    def next_due_at(self, username: str) -> datetime | None:
        with self._db.session() as session:
            return session.scalar(
                select(func.min(SubmissionOutboxRow.next_attempt_at)).where(
                    SubmissionOutboxRow.username == username
                )
            )

    def claim(self, entry_id: str) -> SubmissionEntry | None:
        """Mark the entry in flight before an attempt; None if it is gone meanwhile."""
        with self._db.session() as session:
            row = session.get(SubmissionOutboxRow, entry_id)
            if row is None:
                return None
            before = row.in_flight
            row.in_flight = True
            row.attempts += 1
            session.flush()
            return _entry(row, before)

    def record_sent(self, entry_id: str, answer: dict[str, Any], now: datetime) -> bool:
        """The server has it: out of the outbox, keep the server's view. False if gone."""
        with self._db.session() as session:
            row = session.get(SubmissionOutboxRow, entry_id)
            if row is None:
                return False
            kind = SubmissionKind(row.kind)
            session.delete(row)
            if kind is SubmissionKind.REQUEST:
                request = OfficeRequest.from_json(answer)
                req_row = session.get(OfficeRequestRow, entry_id)
                if req_row is not None:
                    req_row.status = request.status.value
                    req_row.payload = request.to_full_json()
                    req_row.updated_at = now
            else:
                call_row = session.get(RecordedCallOffRow, entry_id)
                if call_row is not None:
                    call_row.state = CallOffState.SENT.value
            return True

    def record_retry(
        self, entry_id: str, *, may_have_arrived: bool, next_attempt_at: datetime, error: str
    ) -> None:
        with self._db.session() as session:
            row = session.get(SubmissionOutboxRow, entry_id)
            if row is not None:
                row.in_flight = may_have_arrived
                row.next_attempt_at = next_attempt_at
                row.last_error = error[:500]

    def record_refusal(self, entry_id: str, refusal: Refusal) -> None:
        """The server refused it (4xx) and kept nothing: the user sees why."""
        data = {"code": refusal.code, "message": refusal.message, "field": refusal.field}
        with self._db.session() as session:
            row = session.get(SubmissionOutboxRow, entry_id)
            if row is None:
                return
            session.delete(row)
            req_row = session.get(OfficeRequestRow, entry_id)
            if req_row is not None:
                req_row.refusal = data
                req_row.updated_at = datetime.now(UTC)
            call_row = session.get(RecordedCallOffRow, entry_id)
            if call_row is not None:
                call_row.state = CallOffState.REFUSED.value
                call_row.refusal = data

    def reset_backoff(self, username: str, now: datetime) -> int:
        with self._db.session() as session:
            rows = list(
                session.scalars(
                    select(SubmissionOutboxRow).where(
                        SubmissionOutboxRow.username == username,
                        SubmissionOutboxRow.next_attempt_at > now,
                    )
                )
            )
            for row in rows:
                row.next_attempt_at = now
            return len(rows)
