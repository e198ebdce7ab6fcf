"""``--workers 2``: two processes on one database; idempotency holds across them.

Runs on PostgreSQL when ``AVROP_TEST_DATABASE_URL`` is set (CI), else on SQLite.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import psutil
import pytest

from desktop.domain.reference import Supplier
from tests.central_api.databases import create_database, drop_database, on_postgres
from tests.central_api.helpers import settled
from tests.fixtures.central_api_server import RunningServer, StartCentralApi
from tests.fixtures.orders_api import order_body

pytestmark = pytest.mark.e2e
CONNECTIONS = 12


@pytest.fixture
def two_workers(start_central_api: StartCentralApi) -> Iterator[RunningServer]:
    url = create_database() if on_postgres() else None
    yield start_central_api(database_url=url, workers=2)
    if url is not None:
        drop_database(url)


def _request(
    conn: http.client.HTTPConnection, method: str, path: str, body: Any = None, **headers: str
) -> tuple[int, dict[str, str], Any]:
    data = None if body is None else json.dumps(body).encode()
    conn.request(method, path, body=data, headers={"Content-Type": "application/json", **headers})
    response = conn.getresponse()
    payload = response.read()
    return (
        response.status,
        {k.lower(): v for k, v in response.getheaders()},
        json.loads(payload or b"null"),
    )


def _worker_of_each_connection(
    server: RunningServer, conns: list[http.client.HTTPConnection]
) -> list[int]:
    """The pid of the worker process that holds each (keep-alive) connection."""
    assert server.process is not None
    holders: dict[int, int] = {}
    for child in psutil.Process(server.process.pid).children():
        for c in child.net_connections(kind="tcp"):
            if c.raddr:
                holders[c.raddr.port] = child.pid
    return [holders[conn.sock.getsockname()[1]] for conn in conns]


def _connections_on_both_workers(server: RunningServer) -> list[http.client.HTTPConnection]:
    """Keep-alive connections, opened together until both workers hold some."""
    for _ in range(120):  # the second worker may still be starting (slow CI)
        conns = [
            http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            for _ in range(CONNECTIONS)
        ]

        def warm(conn: http.client.HTTPConnection) -> None:
            assert _request(conn, "GET", "/health")[0] == 200

        _run_together(warm, conns)
        if len(set(_worker_of_each_connection(server, conns))) == 2:
            return conns
        for conn in conns:
            conn.close()
        time.sleep(0.5)
    raise AssertionError("the connections never reached both workers")


def _run_together(
    work: Callable[[http.client.HTTPConnection], None], conns: list[http.client.HTTPConnection]
) -> None:
    """``work`` on every connection at once (threads released together)."""
    barrier = threading.Barrier(len(conns))

    def start(conn: http.client.HTTPConnection) -> None:
        barrier.wait()
        work(conn)

    threads = [threading.Thread(target=start, args=(c,)) for c in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_one_order_per_key_whichever_worker_answers(two_workers: RunningServer) -> None:
    server = two_workers
    auth = {"Authorization": f"Bearer {server.token('orderer')}"}
    conns = _connections_on_both_workers(server)
    try:
        _place_the_same_order_on_every_connection(conns, auth)
    finally:
        for conn in conns:
            conn.close()


def _place_the_same_order_on_every_connection(
    conns: list[http.client.HTTPConnection], auth: dict[str, str]
) -> None:
    suppliers = _request(conns[0], "GET", "/suppliers", **auth)[2]["items"]
    coffee = Supplier.from_json(next(s for s in suppliers if s["id"] == "s-coffee-1"))
    order, body = order_body(coffee)
    key = str(uuid.uuid4())
    answers: list[tuple[int, dict[str, str], Any]] = []

    def place(conn: http.client.HTTPConnection) -> None:
        answers.append(_request(conn, "POST", "/orders", body, **auth, **{"Idempotency-Key": key}))

    _run_together(place, conns)
    statuses = sorted(status for status, _, _ in answers)
    assert set(statuses) <= {202, 409} and 202 in statuses, statuses
    ids = {payload["id"] for status, _, payload in answers if status == 202}
    assert len(ids) == 1
    for conn in conns:  # every worker now replays the one answer
        status, headers, payload = _request(
            conn, "POST", "/orders", body, **auth, **{"Idempotency-Key": key}
        )
        assert (status, payload["id"]) == (202, *ids)
        assert headers.get("idempotent-replayed") == "true"
    listed = _request(conns[0], "GET", "/orders?unit=u-forskola-solrosen", **auth)[2]["items"]
    assert [o["id"] for o in listed if o["client_order_id"] == order.id] == list(ids)
    with httpx.Client(
        base_url=f"http://127.0.0.1:{conns[0].port}"
    ) as client:  # validated once, by one
        assert settled(client, auth, *ids)["state"] == "sent"
