"""What the outbox's events mean for the thing an entry concerns, per kind.

The outbox repository calls a kind's handler inside its own transaction: when an entry
is claimed for an attempt, answered, retried or refused. A new kind of entry (an order
change, a cancellation, …) adds a handler here; the sender stays as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from desktop.domain.office_request import OfficeRequest
from desktop.domain.order import OrderState
from desktop.domain.order_wire import RemoteOrder, merge_remote
from desktop.domain.refusal import Refusal
from desktop.storage.guidance_models import OfficeRequestRow, RecordedCallOffRow
from desktop.storage.guidance_submissions import CallOffState
from desktop.storage.order_codec import order_from_json
from desktop.storage.order_models import OrderRow
from desktop.storage.order_repo import keep_refusal, write_order
from desktop.storage.outbox_models import EntryKind


class OutboxKindHandler(Protocol):
    """Keeps the thing an entry concerns in step with the entry (same transaction)."""

    def claimed(self, session: Session, subject_id: str, now: datetime) -> None: ...

    def answered(self, session: Session, subject_id: str, answer: Any, now: datetime) -> None:
        """The server's 2xx answer; raise ``ValueError`` (or ``ValueFormatError``,
        ``KeyError``, ``TypeError``) when it cannot be read: the entry is retried."""

    def retrying(
        self, session: Session, subject_id: str, may_have_arrived: bool, now: datetime
    ) -> None: ...

    def refused(
        self, session: Session, subject_id: str, refusal: Refusal, now: datetime
    ) -> None: ...


class OrderHandler:
    """An order is *sending* while an attempt may have reached the server, *queued*
    while it certainly has not, takes the server's view when answered and *needs fix*
    (with the refusal, as news for its orderer) when refused."""

    def _move(self, session: Session, order_id: str, state: OrderState, now: datetime) -> None:
        row = session.get(OrderRow, order_id)
        if row is not None and row.state != state.value:
            write_order(row, order_from_json(row.payload).moved_to(state), now)

    def claimed(self, session: Session, subject_id: str, now: datetime) -> None:
        self._move(session, subject_id, OrderState.SENDING, now)

    def answered(self, session: Session, subject_id: str, answer: Any, now: datetime) -> None:
        remote = RemoteOrder.from_json(answer)
        row = session.get(OrderRow, subject_id)
        if row is not None:
            write_order(row, merge_remote(order_from_json(row.payload), remote), now)
            keep_refusal(row, remote)  # a 202 is validating (none), a repeat may be refused

    def retrying(
        self, session: Session, subject_id: str, may_have_arrived: bool, now: datetime
    ) -> None:
        state = OrderState.SENDING if may_have_arrived else OrderState.QUEUED
        self._move(session, subject_id, state, now)

    def refused(self, session: Session, subject_id: str, refusal: Refusal, now: datetime) -> None:
        row = session.get(OrderRow, subject_id)
        if row is not None:
            self._move(session, subject_id, OrderState.NEEDS_FIX, now)
            row.refusal = refusal.to_json()
            row.unseen = True


class OfficeRequestHandler:
    """A question to the office takes the office's view when answered and keeps the
    refusal (shown beside it) when refused."""

    def claimed(self, session: Session, subject_id: str, now: datetime) -> None:
        return None

    def answered(self, session: Session, subject_id: str, answer: Any, now: datetime) -> None:
        request = OfficeRequest.from_json(answer)
        row = session.get(OfficeRequestRow, subject_id)
        if row is not None:
            row.status = request.status.value
            row.payload = request.to_full_json()
            row.updated_at = now

    def retrying(
        self, session: Session, subject_id: str, may_have_arrived: bool, now: datetime
    ) -> None:
        return None

    def refused(self, session: Session, subject_id: str, refusal: Refusal, now: datetime) -> None:
        row = session.get(OfficeRequestRow, subject_id)
        if row is not None:
            row.refusal = refusal.to_json()
            row.updated_at = now


class CallOffHandler:
    """A recorded call-off is *sent* once answered, *refused* (with why) when refused."""

    def claimed(self, session: Session, subject_id: str, now: datetime) -> None:
        return None

    def answered(self, session: Session, subject_id: str, answer: Any, now: datetime) -> None:
        if not isinstance(answer, dict):
            raise ValueError("the answer to a call-off is not an object")
        row = session.get(RecordedCallOffRow, subject_id)
        if row is not None:
            row.state = CallOffState.SENT.value

    def retrying(
        self, session: Session, subject_id: str, may_have_arrived: bool, now: datetime
    ) -> None:
        return None

    def refused(self, session: Session, subject_id: str, refusal: Refusal, now: datetime) -> None:
        row = session.get(RecordedCallOffRow, subject_id)
        if row is not None:
            row.state = CallOffState.REFUSED.value
            row.refusal = refusal.to_json()


DEFAULT_HANDLERS: Mapping[str, OutboxKindHandler] = {
    EntryKind.ORDER.value: OrderHandler(),
    EntryKind.REQUEST.value: OfficeRequestHandler(),
    EntryKind.CALLOFF.value: CallOffHandler(),
}
