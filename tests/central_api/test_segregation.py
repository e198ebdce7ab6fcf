"""Segregation of duties: no one approves their own order over the limit."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from central_api.models import UserRow, UserUnitRow, utcnow
from central_api.security import hash_password
from desktop.domain.order_wire import RemoteOrder
from desktop.domain.reference import Supplier
from tests.central_api.helpers import bearer, placed, sign_in
from tests.fixtures.orders_api import key, order_body

UNIT = "u-forskola-solrosen"


def _add_manager(client: TestClient, username: str, display_name: str) -> None:
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        row = UserRow(
            municipality_id="m-ekby",
            username=username,
            display_name=display_name,
            role="manager",
            password_hash=hash_password("demo", fast=True),
            certified=True,
            language="sv",
            active=True,
            created_at=utcnow(),
        )
        row.units = [UserUnitRow(unit_id=UNIT)]
        session.add(row)
        session.commit()


@pytest.fixture
def coffee(client: TestClient) -> Supplier:
    token = sign_in(client, "orderer")["access_token"]
    items = client.get("/suppliers", headers=bearer(token)).json()["items"]
    return Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))


def _place(client: TestClient, user: str, supplier: Supplier) -> dict[str, Any]:
    _order, body = order_body(supplier, quantity="100")  # over the 5 000 limit
    token = sign_in(client, user)["access_token"]
    order = placed(client, body, {**bearer(token), **key()})
    assert order["state"] == "awaiting_approval"
    return order


def _approve(client: TestClient, user: str, order_id: str) -> Any:
    token = sign_in(client, user)["access_token"]
    return client.post(
        f"/orders/{order_id}/approval", json={"approve": True}, headers=bearer(token)
    )


def test_a_manager_cannot_approve_their_own_order(client: TestClient, coffee: Supplier) -> None:
    placed = _place(client, "manager", coffee)
    refused = _approve(client, "manager", placed["id"])
    assert refused.status_code == 403, refused.text
    assert refused.json()["code"] == "forbidden" and "own order" in refused.json()["message"]
    token = sign_in(client, "manager")["access_token"]
    still = client.get(f"/orders/{placed['id']}", headers=bearer(token)).json()
    assert still["state"] == "awaiting_approval" and still["approval"] is None


def test_the_only_managers_order_goes_to_the_procurement_office(
    client: TestClient, coffee: Supplier
) -> None:
    placed = _place(client, "manager", coffee)
    assert placed["approvers"] == ["Petra Ek"]  # the office: no other manager of the unit
    assert RemoteOrder.from_json(placed).approvers == ("Petra Ek",)
    approved = _approve(client, "procurement", placed["id"])
    assert approved.status_code == 200, approved.text
    assert approved.json()["state"] == "sent" and approved.json()["approvers"] == []
    assert approved.json()["approval"]["by"] == "Petra Ek"


def test_another_manager_of_the_unit_approves_and_the_office_then_may_not(
    client: TestClient, coffee: Supplier
) -> None:
    _add_manager(client, "manager2", "Mats Ågren")
    placed = _place(client, "manager", coffee)
    assert placed["approvers"] == ["Mats Ågren"]
    assert _approve(client, "procurement", placed["id"]).status_code == 403
    assert _approve(client, "manager", placed["id"]).status_code == 403
    approved = _approve(client, "manager2", placed["id"])
    assert approved.status_code == 200 and approved.json()["approval"]["by"] == "Mats Ågren"


def test_an_orderers_order_names_the_unit_manager(client: TestClient, coffee: Supplier) -> None:
    placed = _place(client, "orderer", coffee)
    assert placed["approvers"] == ["Maria Lindqvist"]
    assert _approve(client, "procurement", placed["id"]).status_code == 403
    assert _approve(client, "manager", placed["id"]).status_code == 200
