"""The outbox bookkeeping the sender relies on for exactly-once delivery."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from desktop.domain.order import OrderState
from desktop.domain.order_wire import RemoteLine, RemoteOrder
from desktop.domain.refusal import Refusal
from desktop.storage.database import Database
from desktop.storage.order_repo import OrderRepository
from desktop.storage.outbox_repo import OutboxRepository
from tests.fixtures.orders import SAMPLE_NOW, sample_new_order

LATER = SAMPLE_NOW + timedelta(seconds=30)


def remote_for(order_id: str, state: OrderState = OrderState.SENT) -> RemoteOrder:
    new = sample_new_order()
    order = new.order
    return RemoteOrder(
        id="41",
        number="2025-000041",
        client_order_id=order_id,
        unit_id=order.unit_id,
        supplier_id=order.supplier_id,
        agreement_id=order.agreement_id,
        state=state,
        currency="SEK",
        total=order.total,
        created_by="orderer",
        created_at=SAMPLE_NOW,
        updated_at=SAMPLE_NOW,
        requested_delivery_date=None,
        accounting=order.accounting,
        lines=tuple(RemoteLine.from_line(line) for line in order.lines),
    )


def placed(db: Database) -> str:
    new = sample_new_order()
    OrderRepository(db).place([new], "orderer", SAMPLE_NOW)
    return new.order.id


def entry_id(outbox: OutboxRepository, order_id: str) -> str:
    """The id of the outbox entry that sends ``order_id``."""
    (entry,) = [e for e in outbox.entries() if e.kind == "order" and e.subject_id == order_id]
    return entry.id


def test_a_claim_survives_as_in_flight(order_store: Database) -> None:
    outbox = OutboxRepository(order_store)
    order_id = placed(order_store)
    first = outbox.claim(entry_id(outbox, order_id), SAMPLE_NOW)
    second = outbox.claim(
        entry_id(outbox, order_id), SAMPLE_NOW
    )  # as after a crash: the claim was committed
    assert first is not None and second is not None
    assert not first.in_flight and second.in_flight and second.attempts == 2


def test_the_answer_takes_the_order_out_of_the_outbox(order_store: Database) -> None:
    outbox, repo = OutboxRepository(order_store), OrderRepository(order_store)
    order_id = placed(order_store)
    ident = entry_id(outbox, order_id)
    outbox.claim(ident, SAMPLE_NOW)
    remote = remote_for(order_id, OrderState.AWAITING_APPROVAL).to_json()
    assert outbox.record_answer(ident, remote, SAMPLE_NOW)
    assert not outbox.record_answer(ident, remote, SAMPLE_NOW)  # a second time: no-op
    entry = repo.entry(order_id)
    assert entry is not None and entry.outbox is None
    assert entry.order.state is OrderState.AWAITING_APPROVAL
    assert (entry.order.server_id, entry.order.number) == ("41", "2025-000041")
    assert outbox.count() == 0


def test_a_retry_keeps_the_lock_only_when_it_may_have_arrived(order_store: Database) -> None:
    outbox, repo = OutboxRepository(order_store), OrderRepository(order_store)
    order_id = placed(order_store)
    outbox.claim(entry_id(outbox, order_id), SAMPLE_NOW)
    outbox.record_retry(
        entry_id(outbox, order_id), may_have_arrived=False, next_attempt_at=LATER, error="refused"
    )
    entry = repo.entry(order_id)
    assert entry is not None and entry.order.state is OrderState.QUEUED and entry.order.editable
    assert entry.outbox is not None and entry.outbox.last_error == "refused"
    assert outbox.due("orderer", SAMPLE_NOW) == [] and outbox.next_due_at("orderer") == LATER
    assert len(outbox.due("orderer", LATER)) == 1
    outbox.claim(entry_id(outbox, order_id), LATER)
    outbox.record_retry(
        entry_id(outbox, order_id), may_have_arrived=True, next_attempt_at=LATER, error="timeout"
    )
    entry = repo.entry(order_id)
    assert entry is not None and entry.order.state is OrderState.SENDING
    assert entry.outbox is not None and entry.outbox.in_flight


def test_a_refusal_says_what_to_fix_and_frees_the_order(order_store: Database) -> None:
    outbox, repo = OutboxRepository(order_store), OrderRepository(order_store)
    order_id = placed(order_store)
    outbox.claim(entry_id(outbox, order_id), SAMPLE_NOW)
    outbox.record_refusal(
        entry_id(outbox, order_id), Refusal("agreement_expired", "Expired", "agreement_id")
    )
    entry = repo.entry(order_id)
    assert entry is not None and entry.order.state is OrderState.NEEDS_FIX and entry.unseen
    assert entry.refusal == Refusal("agreement_expired", "Expired", "agreement_id")
    assert entry.outbox is None and entry.order.editable
    resent = repo.replace_queued(entry.order, b"{}", LATER)
    assert resent.order.state is OrderState.QUEUED and resent.refusal is None
    assert repo.pending_total("u-forskola-solrosen") == Decimal("549.00")


def test_reset_backoff_makes_everything_due_now(order_store: Database) -> None:
    outbox = OutboxRepository(order_store)
    order_id = placed(order_store)
    outbox.record_retry(
        entry_id(outbox, order_id), may_have_arrived=False, next_attempt_at=LATER, error="x"
    )
    assert outbox.reset_backoff("orderer", SAMPLE_NOW) == 1
    assert len(outbox.due("orderer", SAMPLE_NOW)) == 1
