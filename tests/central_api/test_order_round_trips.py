"""``POST /orders`` stays cheap: accepting a new order costs a fixed, small number of
statements and the answer needs no look-up after the order is stored. The supplier and
agreement checks run on the one look-up: what the stored row could not refer to is
refused at once (422, nothing stored), the rest by the validator (``refused``)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, func, select, update

from central_api.models import (
    AgreementRow,
    AgreementSupplierRow,
    OrderLineRow,
    OrderRow,
    SupplierRow,
)
from tests.central_api.helpers import bearer, coffee_supplier, placed, refusal_of, sign_in
from tests.central_api.statement_trace import traced
from tests.fixtures.orders_api import key, order_body

# token, key claim, unit + supplier + agreement + link, order, change counter, answer
# stored with the key (the lines are the validator's)
MAX_STATEMENTS = 7


def test_a_new_order_costs_a_fixed_small_number_of_statements(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    coffee = coffee_supplier(client, auth)
    _order, body = order_body(coffee)
    validator = client.app.state.validator  # type: ignore[attr-defined]
    validator.hold.clear()  # the request's statements only
    with traced(client) as trace:
        accepted = client.post("/orders", json=body, headers={**auth, **key()})
    validator.hold.set()
    seen = trace.statements
    assert accepted.status_code == 202, accepted.text
    assert accepted.json()["unit_name"] == "Förskolan Solrosen"  # named without a look-up
    assert len(seen) <= MAX_STATEMENTS, "\n".join(seen)
    assert not any(s.startswith("SELECT agreement_cpv_codes") for s in seen)


def test_a_repeat_under_another_key_is_still_one_order_named_as_before(
    client: TestClient,
) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    first = placed(client, body, {**auth, **key()})
    again = placed(client, body, {**auth, **key()})
    assert again["id"] == first["id"] and again["state"] == first["state"] == "sent"
    assert again["unit_name"] == first["unit_name"] == "Förskolan Solrosen"


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
    "agreement_unknown ": (  # another municipality's agreement is not revealed (sic: key)
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
    before, lines_before = _orders(client), _lines(client)
    if code.strip() in AT_ONCE:  # the stored order could not refer to it
        refused = client.post("/orders", json={**body, **changes}, headers={**auth, **key()})
        assert refused.status_code == 422, refused.text
        assert refused.json()["code"] == code.strip()
        assert _orders(client) == before  # nothing stored
        return
    refusal = refusal_of(client, {**body, **changes}, {**auth, **key()})
    assert refusal["code"] == code.strip()
    assert _orders(client) == before + 1  # the refused order, without lines
    assert _lines(client) == lines_before


AT_ONCE = ("supplier_unknown", "agreement_unknown")


def _lines(client: TestClient) -> int:
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(OrderLineRow)) or 0)


def _orders(client: TestClient) -> int:
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(OrderRow)) or 0)
