"""The reads every installation makes every minute stay cheap: ``GET /orders?since=``
names the orders without looking up what it knows already (the orderer asking), an empty
page costs two statements, and on PostgreSQL neither it nor a conditional 304 opens a
transaction (a ``BEGIN`` and a ``ROLLBACK`` round trip around a read that guards nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from desktop.domain.reference import Supplier
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import bearer, sign_in
from tests.fixtures.orders_api import key, order_body

# token with user and units, the page with its approvals, its lines, responses, unit names
MAX_SYNC_STATEMENTS = 5
EMPTY_SYNC_STATEMENTS = 2  # token with user and units, the page


@contextmanager
def _statements(client: TestClient) -> Iterator[list[tuple[str, Any]]]:
    """Each statement the server runs, and the connection's transaction state after it."""
    seen: list[tuple[str, Any]] = []

    def note(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        info = getattr(conn.connection.dbapi_connection, "info", None)
        status = getattr(info, "transaction_status", None)
        seen.append((" ".join(statement.split())[:80], status))

    engine = client.app.state.engine  # type: ignore[attr-defined]
    event.listen(engine, "after_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "after_cursor_execute", note)


def _place(client: TestClient, auth: dict[str, str]) -> None:
    items = client.get("/suppliers", headers=auth).json()["items"]
    coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))
    for _ in range(2):
        _order, body = order_body(coffee)
        assert client.post("/orders", json=body, headers={**auth, **key()}).status_code == 201


def test_a_unit_sync_names_its_orders_without_a_look_up(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _place(client, auth)
    with _statements(client) as seen:
        page = client.get("/orders?unit=u-forskola-solrosen&since=0", headers=auth)
    assert page.status_code == 200, page.text
    items = page.json()["items"]
    assert len(items) == 2
    assert {(o["unit_name"], o["created_by"]) for o in items} == {("Förskolan Solrosen", "orderer")}
    assert items[0]["placed_by_name"] == "Olivia Berg"
    statements = [s for s, _status in seen]
    assert len(statements) <= MAX_SYNC_STATEMENTS, "\n".join(statements)
    assert not any(s.startswith("SELECT users.id, users.username") for s in statements)


def test_an_empty_unit_sync_costs_the_token_check_and_the_page(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _place(client, auth)
    cursor = client.get("/orders?unit=u-forskola-solrosen", headers=auth).json()["cursor"]
    with _statements(client) as seen:
        page = client.get(f"/orders?unit=u-forskola-solrosen&since={cursor}", headers=auth)
    assert page.json() == {"items": [], "cursor": cursor, "more": False}
    assert len(seen) == EMPTY_SYNC_STATEMENTS, seen


def test_a_sync_of_every_unit_still_names_the_orders(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _place(client, auth)
    items = client.get("/orders", headers=auth).json()["items"]
    assert {(o["unit_name"], o["placed_by_name"]) for o in items} == {
        ("Förskolan Solrosen", "Olivia Berg")
    }


@pytest.mark.skipif(not on_postgres(), reason="a PostgreSQL round trip (BEGIN / ROLLBACK)")
def test_the_minute_sync_opens_no_transaction_on_postgresql(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _place(client, auth)
    etag = client.get("/suppliers", headers=auth).headers["etag"]
    with _statements(client) as seen:
        unchanged = client.get("/suppliers", headers={**auth, "If-None-Match": etag})
        page = client.get("/orders?unit=u-forskola-solrosen&since=0", headers=auth)
    assert (unchanged.status_code, page.status_code) == (304, 200)
    assert len(page.json()["items"]) == 2
    assert seen
    opened = [s for s, status in seen if status != 0]  # psycopg TransactionStatus.IDLE == 0
    assert opened == [], opened
