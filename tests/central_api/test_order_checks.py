"""Order checks: the unit's own cost centre, something to order, certified staff only."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from central_api.models import UnitRow, UserRow
from desktop.domain.reference import Supplier
from tests.central_api.authz_matrix import Call, _calloff
from tests.central_api.helpers import bearer, refusal_of, sign_in
from tests.fixtures.orders_api import key, order_body


@pytest.fixture
def orderer(client: TestClient) -> dict[str, str]:
    return bearer(sign_in(client, "orderer")["access_token"])


def _coffee(client: TestClient, headers: dict[str, str]) -> Supplier:
    items = client.get("/suppliers", headers=headers).json()["items"]
    return Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))


def _refusal(client: TestClient, headers: dict[str, str], body: dict[str, Any]) -> Any:
    return refusal_of(client, body, {**headers, **key()})


def test_another_units_cost_centre_is_refused(client: TestClient, orderer: dict[str, str]) -> None:
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        other = session.scalar(select(UnitRow.cost_centre).where(UnitRow.id == "u-forskola-eken"))
        own = session.scalar(select(UnitRow.cost_centre).where(UnitRow.id == "u-forskola-solrosen"))
    assert other and other != own
    _order, body = order_body(_coffee(client, orderer))
    document = body["document"].replace(f">{own}-6110<", f">{other}-6110<")
    assert document != body["document"]
    body = {
        **body,
        "document": document,
        "accounting": {**body["accounting"], "cost_centre": other},
    }
    refusal = _refusal(client, orderer, body)
    assert refusal["code"] == "cost_centre_mismatch"
    assert refusal["field"] == "accounting.cost_centre"


def test_a_zero_quantity_line_and_a_zero_total_are_refused(
    client: TestClient, orderer: dict[str, str]
) -> None:
    coffee = _coffee(client, orderer)
    _order, zero = order_body(coffee, quantity="0")
    assert _refusal(client, orderer, zero)["code"] in ("quantity_not_positive", "document_invalid")
    _order, free = order_body(coffee, price="0.00")
    assert _refusal(client, orderer, free)["code"] == "total_not_positive"


def test_an_uncertified_orderer_cannot_record_call_offs(
    client: TestClient, orderer: dict[str, str]
) -> None:
    call = Call(client, "orderer", "own", None, "", "orderer")
    assert (
        client.post("/calloffs", json=_calloff(call), headers={**orderer, **key()}).status_code
        == 201
    )
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        user = session.scalar(select(UserRow).where(UserRow.username == "orderer"))
        assert user is not None
        user.certified = False
        session.commit()
    answer = client.post("/calloffs", json=_calloff(call), headers={**orderer, **key()})
    assert answer.status_code == 403, answer.text
    assert answer.json()["code"] == "not_certified"
