"""The reads every installation makes every minute stay cheap: ``GET /orders?since=``
names the orders without looking up what it knows already (the orderer asking), an empty
page costs two statements, and on PostgreSQL neither it nor a conditional 304 opens a
transaction (a ``BEGIN`` and a ``ROLLBACK`` round trip around a read that guards nothing)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.central_api.databases import on_postgres
from tests.central_api.helpers import bearer, coffee_supplier, placed, sign_in
from tests.central_api.statement_trace import COMMIT, traced
from tests.fixtures.orders_api import key, order_body

# token with user and units, the page with its approvals, its lines, responses, unit names;
# on PostgreSQL the front asks first whether there is anything to list (``front_orders``:
# so that the usual empty page needs no threadpool hop)
MAX_SYNC_STATEMENTS = 6 if on_postgres() else 5
EMPTY_SYNC_STATEMENTS = 2  # token with user and units, the page


def place_two_orders(client: TestClient, auth: dict[str, str]) -> None:
    """Two orders of the demo orderer (Förskolan Solrosen), placed through the API."""
    coffee = coffee_supplier(client, auth)
    for _ in range(2):
        _order, body = order_body(coffee)
        assert placed(client, body, {**auth, **key()})["state"] == "sent"


def test_a_unit_sync_names_its_orders_without_a_look_up(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    place_two_orders(client, auth)
    with traced(client) as trace:
        page = client.get("/orders?unit=u-forskola-solrosen&since=0", headers=auth)
    assert page.status_code == 200, page.text
    items = page.json()["items"]
    assert len(items) == 2
    assert {(o["unit_name"], o["created_by"]) for o in items} == {("Förskolan Solrosen", "orderer")}
    assert items[0]["placed_by_name"] == "Olivia Berg"
    statements = trace.statements
    assert len(statements) <= MAX_SYNC_STATEMENTS, "\n".join(statements)
    assert not any(s.startswith("SELECT users.id, users.username") for s in statements)


def test_an_empty_unit_sync_costs_the_token_check_and_the_page(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    place_two_orders(client, auth)
    cursor = client.get("/orders?unit=u-forskola-solrosen", headers=auth).json()["cursor"]
    with traced(client) as trace:
        page = client.get(f"/orders?unit=u-forskola-solrosen&since={cursor}", headers=auth)
    assert page.json() == {"items": [], "cursor": cursor, "more": False}
    assert len(trace.statements) == EMPTY_SYNC_STATEMENTS, trace


def test_a_sync_of_every_unit_still_names_the_orders(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    place_two_orders(client, auth)
    items = client.get("/orders", headers=auth).json()["items"]
    assert {(o["unit_name"], o["placed_by_name"]) for o in items} == {
        ("Förskolan Solrosen", "Olivia Berg")
    }


@pytest.mark.skipif(not on_postgres(), reason="a PostgreSQL round trip (BEGIN / ROLLBACK)")
def test_the_minute_sync_opens_no_transaction_on_postgresql(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    place_two_orders(client, auth)
    etag = client.get("/suppliers", headers=auth).headers["etag"]
    with traced(client) as trace:
        unchanged = client.get("/suppliers", headers={**auth, "If-None-Match": etag})
        page = client.get("/orders?unit=u-forskola-solrosen&since=0", headers=auth)
    assert (unchanged.status_code, page.status_code) == (304, 200)
    assert len(page.json()["items"]) == 2
    assert trace.statements
    opened = [
        t.text for t in trace if t.text != COMMIT and t.status != 0
    ]  # psycopg TransactionStatus.IDLE == 0
    assert opened == [], opened
