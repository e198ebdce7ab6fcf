"""On PostgreSQL ``avrop-central-api`` checks orders in validator processes of their own
(``--validators``, default 1), not in the HTTP workers: a paused validator process
leaves every accepted order ``validating``; a killed one is replaced, and each order is
still checked exactly once."""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import psutil
import pytest
from sqlalchemy import create_engine, func, select

from central_api.models import OrderLineRow
from central_api.validator_supervisor import MODULE
from desktop.domain.reference import Supplier
from tests.central_api.databases import create_database, drop_database, on_postgres
from tests.central_api.helpers import settled
from tests.fixtures.central_api_server import RunningServer, StartCentralApi
from tests.fixtures.orders_api import order_body

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not on_postgres(), reason="validator processes: PostgreSQL"),
]
TIMEOUT_S = 30.0


@pytest.fixture
def database_url() -> Iterator[str]:
    url = create_database()
    yield url
    drop_database(url)


@pytest.fixture
def server(start_central_api: StartCentralApi, database_url: str) -> RunningServer:
    return start_central_api(database_url=database_url)


def _validators(server: RunningServer) -> list[psutil.Process]:
    assert server.process is not None
    found = []
    for child in psutil.Process(server.process.pid).children(recursive=True):
        try:
            if MODULE in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:  # e.g. the killed one, not yet reaped
            continue
    return found


def _replaced(server: RunningServer, gone: int) -> psutil.Process:
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        found = [p for p in _validators(server) if p.pid != gone]
        if found:
            return found[0]
        assert time.monotonic() < deadline, "the killed validator was never replaced"
        time.sleep(0.05)


def _place(client: httpx.Client, auth: dict[str, str], coffee: Supplier) -> str:
    headers = {**auth, "Idempotency-Key": str(uuid.uuid4())}
    accepted = client.post("/orders", json=order_body(coffee)[1], headers=headers)
    assert accepted.status_code == 202, accepted.text
    return str(accepted.json()["id"])


def _session(server: RunningServer) -> tuple[httpx.Client, dict[str, str], Supplier]:
    client = httpx.Client(base_url=server.url, timeout=30)
    auth = {"Authorization": f"Bearer {server.token('orderer')}"}
    items = client.get("/suppliers", headers=auth).json()["items"]
    coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))
    return client, auth, coffee


def _wait_listening(client: httpx.Client, auth: dict[str, str], coffee: Supplier) -> None:
    """Until the validator process has started (it settles an order)."""
    settled(client, auth, _place(client, auth, coffee))


def test_orders_are_checked_in_the_validator_process_not_the_worker(
    server: RunningServer,
) -> None:
    (validator,) = _validators(server)
    client, auth, coffee = _session(server)
    _wait_listening(client, auth, coffee)
    assert validator.nice() > psutil.Process(server.process.pid).nice()  # type: ignore[union-attr]
    os.kill(validator.pid, signal.SIGSTOP)
    try:
        order_id = _place(client, auth, coffee)
        waited = time.monotonic() + 2.0  # a worker checking it would take milliseconds
        while time.monotonic() < waited:
            assert client.get(f"/orders/{order_id}", headers=auth).json()["state"] == "validating"
            time.sleep(0.1)
    finally:
        os.kill(validator.pid, signal.SIGCONT)
    assert settled(client, auth, order_id)["state"] == "sent"
    client.close()


def test_a_killed_validator_process_is_replaced_and_no_order_is_checked_twice(
    server: RunningServer, database_url: str
) -> None:
    (validator,) = _validators(server)
    client, auth, coffee = _session(server)
    ids = [_place(client, auth, coffee) for _ in range(12)]
    validator.kill()  # mid-burst: a claim in progress rolls back with its connection
    replacement = _replaced(server, validator.pid)
    ids += [_place(client, auth, coffee) for _ in range(4)]
    assert {settled(client, auth, i)["state"] for i in ids} == {"sent"}
    client.close()  # the session's client, whose pool holds the socket
    engine = create_engine(database_url)
    with engine.connect() as connection:
        lines: Any = connection.execute(
            select(OrderLineRow.order_id, func.count()).group_by(OrderLineRow.order_id)
        ).all()
    engine.dispose()
    per_order = {str(order_id): count for order_id, count in lines}
    assert [per_order.get(i) for i in ids] == [1] * len(ids)  # each checked once
    assert replacement.is_running()
