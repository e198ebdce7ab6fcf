"""``POST /orders`` stays cheap: a new order costs a fixed, small number of statements
(the load benchmark's order throughput is mostly round trips and the official rules),
and the answer needs no look-up after the order is stored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, func, select, update

from central_api.models import AgreementRow, AgreementSupplierRow, OrderRow, SupplierRow
from tests.central_api.helpers import bearer, coffee_supplier, sign_in
from tests.central_api.statement_trace import traced
from tests.fixtures.orders_api import key, order_body

# token, key claim, unit, supplier + agreement + link, same order?, change counter,
# order, lines, answer stored with the key
MAX_STATEMENTS = 9


def test_a_new_order_costs_a_fixed_small_number_of_statements(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    coffee = coffee_supplier(client, auth)
    _order, body = order_body(coffee)
    with traced(client) as trace:
        placed = client.post("/orders", json=body, headers={**auth, **key()})
    seen = trace.statements
    assert placed.status_code == 201, placed.text
    assert placed.json()["unit_name"] == "Förskolan Solrosen"  # named without a look-up
    assert len(seen) <= MAX_STATEMENTS, "\n".join(seen)
    assert not any(s.startswith("SELECT agreement_cpv_codes") for s in seen)


def test_a_repeat_under_another_key_is_still_one_order_named_as_before(
    client: TestClient,
) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    first = client.post("/orders", json=body, headers={**auth, **key()})
    again = client.post("/orders", json=body, headers={**auth, **key()})
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["unit_name"] == first.json()["unit_name"] == "Förskolan Solrosen"


def _change(client: TestClient, statement: Any) -> None:
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        session.execute(statement)
        session.commit()


PAST = date(2000, 1, 1)
FUTURE = date(2999, 1, 1)
CASES: dict[str, tuple[Any, dict[str, Any]]] = {
    "supplier_unknown": (None, {"supplier_id": "s-nowhere"}),
    "supplier_not_in_ecommerce": (
        update(SupplierRow).where(SupplierRow.id == "s-coffee-1").values(in_ecommerce=False),
        {},
    ),
    "off_agreement_reason_missing": (None, {"agreement_id": None, "off_agreement_reason": " "}),
    "agreement_unknown": (None, {"agreement_id": "a-nowhere"}),
    "agreement_unknown ": (  # another municipality's agreement is not revealed
        update(AgreementRow).where(AgreementRow.id == "a-coffee").values(municipality_id="m-andby"),
        {},
    ),
    "agreement_not_yet_valid": (
        update(AgreementRow).where(AgreementRow.id == "a-coffee").values(valid_from=FUTURE),
        {},
    ),
    "agreement_expired": (
        update(AgreementRow).where(AgreementRow.id == "a-coffee").values(valid_to=PAST),
        {},
    ),
    "supplier_not_on_agreement": (
        delete(AgreementSupplierRow).where(
            AgreementSupplierRow.agreement_id == "a-coffee",
            AgreementSupplierRow.supplier_id == "s-coffee-1",
        ),
        {},
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_the_supplier_and_agreement_checks_refuse_in_one_look_up(
    client: TestClient, code: str
) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    statement, changes = CASES[code]
    if statement is not None:
        _change(client, statement)
    before = _orders(client)
    refused = client.post("/orders", json={**body, **changes}, headers={**auth, **key()})
    assert refused.status_code == 422, refused.text
    assert refused.json()["code"] == code.strip()
    assert _orders(client) == before  # nothing stored


def _orders(client: TestClient) -> int:
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(OrderRow)) or 0)
