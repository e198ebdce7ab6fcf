"""The outbox sender against the real central API (a process on loopback), with the
fault proxy of the fault suite in between where a fault is needed."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest
import requests

from desktop.domain.office_request import OfficeRequest, Urgency
from desktop.domain.order import OrderState
from desktop.domain.reference import Supplier
from desktop.remote.errors import ApiError, NetworkError
from desktop.remote.http import ApiClient
from desktop.remote.outbox_sender import OutboxSender, Outcome
from desktop.remote.send_policy import Backoff, Verdict, may_have_arrived, verdict
from desktop.storage.database import Database
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.storage.order_repo import OrderRepository
from desktop.storage.outbox_repo import OutboxRepository
from tests.e2e.fault_proxy import Fault, FaultProxy
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.orders_api import StaticToken, follow_up, new_order
from tests.fixtures.qt_app import free_port

FAST = Backoff(base_s=0.01, cap_s=0.05)
T = TypeVar("T")


@pytest.fixture
def proxy(orders_server: RunningServer) -> Iterator[FaultProxy]:
    proxy = FaultProxy(orders_server.url).start()
    yield proxy
    proxy.stop()


def sender_for(
    db: Database, url: str, server: RunningServer, timeout: float = 10, backoff: Backoff = FAST
) -> OutboxSender:
    api = ApiClient(url, StaticToken(server), timeout=(2.0, timeout))
    return OutboxSender(
        OutboxRepository(db), api, lambda: "orderer", backoff=backoff, rng=random.Random(1)
    )


def on_server(server: RunningServer, client_order_id: str) -> list[dict[str, Any]]:
    token = server.token("orderer")
    items: list[dict[str, Any]] = []
    cursor = "0"
    while True:
        data = requests.get(
            f"{server.url}/orders",
            params={"since": cursor},
            timeout=10,
            headers={"Authorization": f"Bearer {token}"},
        ).json()
        items += [o for o in data["items"] if o["client_order_id"] == client_order_id]
        cursor = data["cursor"]
        if not data["more"]:
            return items


def place(db: Database, supplier: Supplier, **kw: Any) -> str:
    new = new_order(supplier, **kw)
    OrderRepository(db).place([new], "orderer")
    return new.order.id


def test_a_queued_order_is_sent_once_and_the_app_learns_its_state(
    order_store: Database, orders_server: RunningServer, coffee_supplier: Supplier
) -> None:
    order_id = place(order_store, coffee_supplier)
    big_id = place(order_store, coffee_supplier, quantity="100")
    sender = sender_for(order_store, orders_server.url, orders_server)
    report = sender.send_due()
    assert (report.sent, report.retried, report.refused) == (2, 0, 0)
    entry = OrderRepository(order_store).entry(order_id)
    # 202: delivered (out of the outbox, never sent again); the server checks it now
    assert entry is not None and entry.outbox is None
    assert entry.order.state is OrderState.VALIDATING and entry.order.lines
    assert sender.send_due().sent == 0
    follow_up(order_store, orders_server)
    entry = OrderRepository(order_store).entry(order_id)
    assert entry is not None and entry.order.state is OrderState.SENT
    (remote,) = on_server(orders_server, order_id)
    assert entry.order.server_id == remote["id"] and entry.order.number == remote["number"]
    big = OrderRepository(order_store).entry(big_id)
    assert big is not None and big.order.state is OrderState.AWAITING_APPROVAL


def test_an_order_the_servers_checks_refuse_needs_fixing_with_their_findings(
    order_store: Database, orders_server: RunningServer, coffee_supplier: Supplier
) -> None:
    """Refused after the 202, the order is the app's *needs fix* with the server's
    findings, kept and shown as a refused send's; changed, it goes again and is sent."""
    order_id = place(order_store, coffee_supplier, quantity="0")
    assert sender_for(order_store, orders_server.url, orders_server).send_due().sent == 1
    follow_up(order_store, orders_server)
    repo = OrderRepository(order_store)
    entry = repo.entry(order_id)
    assert entry is not None and entry.order.state is OrderState.NEEDS_FIX
    assert entry.refusal is not None and entry.refusal.code == "quantity_not_positive"
    assert entry.refusal.message and entry.unseen and entry.order.editable
    (remote,) = on_server(orders_server, order_id)
    assert remote["state"] == "refused" and remote["refusal"]["code"] == entry.refusal.code
    fixed = new_order(coffee_supplier, order_id=order_id)
    repo.replace_queued(fixed.order, fixed.body)
    assert sender_for(order_store, orders_server.url, orders_server).send_due().sent == 1
    follow_up(order_store, orders_server)
    entry = repo.entry(order_id)
    assert entry is not None and entry.order.state is OrderState.SENT and entry.refusal is None
    assert [o["state"] for o in on_server(orders_server, order_id)] == ["sent"]


@pytest.mark.parametrize("fault", [Fault.DROP_AFTER, Fault.ERROR_AFTER, Fault.SLOW_AFTER])
def test_a_lost_answer_is_retried_under_the_same_key_and_not_duplicated(
    order_store: Database,
    orders_server: RunningServer,
    coffee_supplier: Supplier,
    proxy: FaultProxy,
    fault: Fault,
) -> None:
    order_id = place(order_store, coffee_supplier)
    faults = iter([fault])
    proxy.plan = lambda method, _path: next(faults, Fault.PASS) if method == "POST" else Fault.PASS
    proxy.slow_s = 1.0
    sender = sender_for(order_store, proxy.url, orders_server, timeout=0.5)
    first = sender.send_due()
    assert first.retried == 1 and first.sent == 0
    entry = OrderRepository(order_store).entry(order_id)
    assert entry is not None and entry.order.state is OrderState.SENDING
    assert entry.outbox is not None and entry.outbox.in_flight and not entry.order.editable
    assert len(on_server(orders_server, order_id)) == 1  # the server has it already
    OutboxRepository(order_store).reset_backoff("orderer")
    assert sender.send_due().sent == 1
    assert proxy.replayed == 1
    assert len(on_server(orders_server, order_id)) == 1


def test_a_refused_connection_leaves_the_order_editable(
    order_store: Database, orders_server: RunningServer, coffee_supplier: Supplier
) -> None:
    order_id = place(order_store, coffee_supplier)
    down = f"http://127.0.0.1:{free_port()}"
    tried_at = datetime.now(UTC)
    report = sender_for(order_store, down, orders_server, backoff=Backoff()).send_due()
    assert report.retried == 1 and report.pause_s > 0
    entry = OrderRepository(order_store).entry(order_id)
    assert entry is not None and entry.order.state is OrderState.QUEUED and entry.order.editable
    # the next try waits at least half the first backoff step (measured from the try, not
    # from now: a loaded machine may take longer than that to get here)
    assert entry.outbox is not None
    assert entry.outbox.next_attempt_at >= tried_at + timedelta(seconds=Backoff().base_s / 2)


def test_a_4xx_stops_and_says_what_to_fix_then_a_fixed_order_goes(
    order_store: Database, orders_server: RunningServer, coffee_supplier: Supplier
) -> None:
    order_id = place(order_store, coffee_supplier, unit_id="u-skola-norr")  # not the orderer's
    report = sender_for(order_store, orders_server.url, orders_server).send_due()
    assert report.refused == 1
    entry = OrderRepository(order_store).entry(order_id)
    assert entry is not None and entry.order.state is OrderState.NEEDS_FIX
    assert entry.refusal is not None and entry.refusal.code == "forbidden"
    assert entry.outbox is None and on_server(orders_server, order_id) == []
    fixed = new_order(coffee_supplier, order_id=order_id)
    OrderRepository(order_store).replace_queued(fixed.order, fixed.body)
    assert sender_for(order_store, orders_server.url, orders_server).send_due().sent == 1
    assert len(on_server(orders_server, order_id)) == 1


def test_only_the_signed_in_users_orders_are_sent(
    order_store: Database, orders_server: RunningServer, coffee_supplier: Supplier
) -> None:
    order_id = place(order_store, coffee_supplier)
    api = ApiClient(orders_server.url, StaticToken(orders_server))
    outbox = OutboxRepository(order_store)
    signed_out = OutboxSender(outbox, api, lambda: None)
    assert signed_out.send_due().signed_out and outbox.count() == 1
    someone_else = OutboxSender(outbox, api, lambda: "manager")
    assert someone_else.send_due().sent == 0 and outbox.count() == 1
    assert OutboxSender(outbox, api, lambda: "orderer").send_due().sent == 1
    assert len(on_server(orders_server, order_id)) == 1


@pytest.mark.parametrize("fault", [Fault.BUSY_BEFORE, Fault.ERROR_BEFORE])
def test_in_progress_and_server_errors_are_retried(
    order_store: Database,
    orders_server: RunningServer,
    coffee_supplier: Supplier,
    proxy: FaultProxy,
    fault: Fault,
) -> None:
    order_id = place(order_store, coffee_supplier)
    calls: list[str] = []

    def plan(method: str, _path: str) -> Fault:
        calls.append(method)
        return fault if len(calls) == 1 else Fault.PASS

    proxy.plan = plan
    sender = sender_for(order_store, proxy.url, orders_server)
    assert sender.send_due().retried == 1
    entry = OrderRepository(order_store).entry(order_id)
    assert entry is not None and entry.order.state is OrderState.SENDING
    OutboxRepository(order_store).reset_backoff("orderer")
    assert sender.send_due().sent == 1
    assert len(on_server(orders_server, order_id)) == 1


def test_the_background_thread_sends_when_woken(
    order_store: Database, orders_server: RunningServer, coffee_supplier: Supplier
) -> None:
    changes: list[int] = []
    api = ApiClient(orders_server.url, StaticToken(orders_server))
    outbox = OutboxRepository(order_store)
    sender = OutboxSender(outbox, api, lambda: "orderer", on_change=lambda: changes.append(1))
    sender.start()
    try:
        order_id = place(order_store, coffee_supplier)
        sender.wake()
        deadline = datetime.now(UTC).timestamp() + 20
        while outbox.count() and datetime.now(UTC).timestamp() < deadline:
            import time

            time.sleep(0.05)
        assert outbox.count() == 0 and changes
    finally:
        sender.stop()
    assert not sender.running
    assert len(on_server(orders_server, order_id)) == 1


def test_backoff_grows_with_jitter_and_stays_under_the_cap() -> None:
    rng = random.Random(7)
    backoff = Backoff(base_s=1.0, cap_s=60.0)
    delays = [backoff.delay(n, rng) for n in range(1, 10)]
    assert 0.5 <= delays[0] <= 1.0 and 4 <= delays[3] <= 8
    assert all(30 <= d <= 60 for d in delays[6:])
    assert len({round(backoff.delay(3, rng), 6) for _ in range(5)}) > 1


def test_only_a_connection_never_made_counts_as_not_arrived() -> None:
    api = ApiClient(f"http://127.0.0.1:{free_port()}", timeout=(1.0, 1.0))
    with pytest.raises(NetworkError) as refused:
        api.request("POST", "/orders", data=b"{}")
    assert not may_have_arrived(refused.value)
    broken = NetworkError("reset")
    broken.__cause__ = requests.exceptions.ConnectionError("Connection aborted")
    assert may_have_arrived(broken)
    assert Outcome.SENT.value == "sent"


def _request(unit: str = "u-forskola-solrosen") -> OfficeRequest:
    return OfficeRequest(str(uuid.uuid4()), unit, "Sittdynor", datetime.now(UTC), Urgency.URGENT)


def test_when_the_network_returns_every_kind_goes_at_once(
    order_store: Database, orders_server: RunningServer, coffee_supplier: Supplier
) -> None:
    place(order_store, coffee_supplier)
    SubmissionRepository(order_store).queue_request(_request(), "orderer", datetime.now(UTC))
    outbox = OutboxRepository(order_store)
    down = f"http://127.0.0.1:{free_port()}"
    offline = sender_for(order_store, down, orders_server, backoff=Backoff(60.0, 60.0))
    assert offline.send_due().retried == 1  # the order: the server looks down, so the
    assert offline.send_due().retried == 1  # request waits for the next pass, and fails too
    assert outbox.due("orderer", datetime.now(UTC)) == []  # both back off (30-60 s)
    assert {e.kind for e in outbox.entries()} == {"order", "request"}
    sender = sender_for(order_store, orders_server.url, orders_server)
    assert sender.send_due().sent == 0  # still backing off
    sender.wake(reset_backoff=True)  # the connection came back
    report = sender.send_due()
    assert report.sent == 2 and outbox.count() == 0


def test_a_failing_pass_never_stops_the_background_sender(
    order_store: Database, orders_server: RunningServer, coffee_supplier: Supplier
) -> None:
    failures = iter([RuntimeError("the database thread is busy")])

    def flaky_run_db(fn: Callable[[], T]) -> T:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return fn()

    outbox = OutboxRepository(order_store)
    api = ApiClient(orders_server.url, StaticToken(orders_server))
    sender = OutboxSender(outbox, api, lambda: "orderer", run_db=flaky_run_db)
    place(order_store, coffee_supplier)
    sender.start()
    try:
        deadline = time.monotonic() + 20
        while outbox.count() and time.monotonic() < deadline:
            sender.wake()
            time.sleep(0.1)
        assert outbox.count() == 0 and sender.running
    finally:
        sender.stop()


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (500, "internal", Verdict.RETRY),
        (503, "unavailable", Verdict.RETRY),
        (429, "too_many", Verdict.RETRY),
        (409, "idempotency_in_progress", Verdict.RETRY),
        (200, "bad_response", Verdict.RETRY),
        (401, "token_invalid", Verdict.SIGN_IN),
        (422, "validation_error", Verdict.REFUSE),
        (409, "order_conflict", Verdict.REFUSE),
        (403, "forbidden", Verdict.REFUSE),
    ],
)
def test_one_retry_policy_for_every_kind(status: int, code: str, expected: Verdict) -> None:
    assert verdict(ApiError(status, code, "x")) is expected
