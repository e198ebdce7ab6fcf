"""Questions to the office and recorded call-offs: kept here, sent through the outbox.

Queuing writes the item and its entry in the one outbox in one transaction, so a
request placed offline survives a crash and is sent once (same body, same
``Idempotency-Key``) when the server can be reached. What the server's answer changes
here is in ``outbox_kinds``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from desktop.domain.guidance_calloff import RecordedCallOff
from desktop.domain.office_request import OfficeRequest, RequestStatus
from desktop.domain.refusal import Refusal
from desktop.storage.database import Database
from desktop.storage.guidance_models import OfficeRequestRow, RecordedCallOffRow
from desktop.storage.outbox_models import EntryKind, OutboxRow, new_outbox_row

PATHS = {EntryKind.REQUEST: "/requests", EntryKind.CALLOFF: "/calloffs"}


class CallOffState(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    REFUSED = "refused"


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


_refusal = Refusal.from_json


def _body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _queued(
    kind: EntryKind, ident: str, username: str, payload: dict[str, Any], now: datetime
) -> OutboxRow:
    """The outbox entry that sends ``payload``; its key is the item's own id."""
    return new_outbox_row(kind, ident, PATHS[kind], _body(payload), username, now, key=ident)


class SubmissionRepository:
    """Requests and call-offs; every method is one transaction."""

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
            session.add(_queued(EntryKind.REQUEST, request.id, username, request.to_json(), now))

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
            session.add(_queued(EntryKind.CALLOFF, calloff.id, username, calloff.to_json(), now))

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
