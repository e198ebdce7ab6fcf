"""Synchronous database work never runs on the event loop: a locked database stalls only
the request that waits for it, never ``/health``."""

from __future__ import annotations

import inspect
import sqlite3
import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from central_api.config import DATABASE_FILE
from central_api.fast_reads import reference_read
from desktop.domain.order_followup import OrderAnswer, ResponseCode
from desktop.domain.reference import Supplier
from desktop.peppol.order_mapping import answer_xml
from desktop.peppol.parties import Party
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import bearer, placed, sign_in
from tests.fixtures.orders_api import key, order_body

# Routes that must be ``async def`` (they stream the body to disk) and hand every piece
# of database work to the threadpool themselves.
DOC_PATHS = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}  # no database
STREAMING_ROUTES = {("PUT", "/suppliers/{supplier_id}/catalogue"), ("PUT", "/catalogue-snapshot")}
# The conditional reference reads: their one query runs in a sync dependency (threadpool),
# the 304 is answered on the loop, a 200's list is built in the threadpool.
CONDITIONAL_READS = {("GET", "/units"), ("GET", "/agreements"), ("GET", "/suppliers")}
# The every-minute order sync: its whole page, sign-in check included, in one threadpool hop.
ONE_HOP_READS = {("GET", "/orders")}


def test_no_async_route_but_the_streaming_ones(client: TestClient) -> None:
    routes = list(iter_route_contexts(client.app.routes))  # type: ignore[attr-defined]
    assert len(routes) > 30
    async_routes = {
        (method, route.path or "")
        for route in routes
        if inspect.iscoroutinefunction(route.endpoint) and route.path not in DOC_PATHS
        for method in route.methods or ()
    }
    assert async_routes == STREAMING_ROUTES | CONDITIONAL_READS | ONE_HOP_READS
    assert not inspect.iscoroutinefunction(reference_read)  # its query stays off the loop


def _placed_order(client: TestClient) -> tuple[str, str]:
    orderer = sign_in(client, "orderer")["access_token"]
    items = client.get("/suppliers", headers=bearer(orderer)).json()["items"]
    coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))
    order, body = order_body(coffee)
    return placed(client, body, {**bearer(orderer), **key()})["id"], order.id


@pytest.mark.skipif(
    on_postgres(), reason="locks the SQLite file; PostgreSQL locks rows, not the database"
)
def test_a_locked_database_does_not_stall_health(client: TestClient) -> None:
    server_id, client_order_id = _placed_order(client)
    office = sign_in(client, "procurement")["access_token"]
    answer = OrderAnswer(ResponseCode.ACCEPTED, datetime.now(UTC))
    xml = answer_xml(
        client_order_id,
        answer,
        Party("5566778899", "0007", "Kaffe AB", "SE"),
        Party("2120000001", "0007", "Ekby kommun", "SE"),
    )
    config = client.app.state.config  # type: ignore[attr-defined]
    lock = sqlite3.connect(config.data_dir / DATABASE_FILE, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # holds the write lock: the answer's write must wait
    answered: dict[str, Any] = {}

    def post_answer() -> None:
        answered["response"] = client.post(
            f"/orders/{server_id}/response",
            content=xml,
            headers={**bearer(office), "Content-Type": "application/xml"},
        )

    def get_health() -> None:
        answered["health"] = client.get("/health")

    writer = threading.Thread(target=post_answer)
    writer.start()
    try:
        writer.join(timeout=1.0)  # the answer now waits for the lock
        assert writer.is_alive(), "the answer should be waiting for the database lock"
        health = threading.Thread(target=get_health)
        health.start()
        health.join(timeout=10.0)
        assert not health.is_alive(), "/health waited for the locked database"
        assert answered["health"].status_code == 200
    finally:
        lock.execute("ROLLBACK")
        lock.close()
        writer.join(timeout=40.0)
    assert answered["response"].status_code == 200, answered["response"].text
    assert answered["response"].json()["state"] == "accepted"
