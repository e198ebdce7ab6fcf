"""The same order document posted concurrently under different keys: one order, one 202
(or replays of it for its orderer), clean 409s; never a 500."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from central_api.models import OrderRow
from desktop.domain.reference import Supplier
from tests.central_api.helpers import bearer, sign_in
from tests.fixtures.orders_api import key, order_body


def test_the_same_document_posted_30_times_at_once(client: TestClient) -> None:
    token = sign_in(client, "orderer")["access_token"]
    items = client.get("/suppliers", headers=bearer(token)).json()["items"]
    coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))
    order, body = order_body(coffee)

    def post(_n: int) -> Any:
        return client.post("/orders", json=body, headers={**bearer(token), **key()})

    with ThreadPoolExecutor(30) as pool:
        answers = list(pool.map(post, range(30)))
    statuses = sorted(a.status_code for a in answers)
    assert all(s in (202, 409) for s in statuses), [a.text for a in answers if a.status_code >= 500]
    created = [a.json() for a in answers if a.status_code == 202]
    assert created and {c["id"] for c in created} == {created[0]["id"]}
    for refused in (a for a in answers if a.status_code == 409):
        assert refused.json()["code"] == "order_duplicate"
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        count = session.scalar(
            select(func.count()).select_from(OrderRow).where(OrderRow.client_order_id == order.id)
        )
    assert count == 1
