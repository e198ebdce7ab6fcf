"""``POST /orders/{id}/response``: the supplier's PEPPOL Order Response (AB, AP, RE, CA)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient

from desktop.domain.order_followup import LineChange, OrderAnswer, ResponseCode
from desktop.domain.reference import Supplier
from desktop.peppol.order_mapping import answer_xml
from desktop.peppol.parties import Party
from tests.central_api.helpers import bearer, sign_in
from tests.central_api.helpers import placed as placed_order
from tests.fixtures.orders_api import key, order_body

BUYER = Party("2120000001", "0007", "Ekby kommun", "SE")
XML = {"Content-Type": "application/xml"}


@pytest.fixture
def placed(client: TestClient) -> Any:
    orderer = bearer(sign_in(client, "orderer")["access_token"])
    office = bearer(sign_in(client, "procurement")["access_token"])
    items = client.get("/suppliers", headers=orderer).json()["items"]
    coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))
    seller = Party(coffee.endpoint_id, coffee.endpoint_scheme, coffee.name, coffee.country)

    def place(quantity: str = "10") -> tuple[str, str]:
        order, body = order_body(coffee, quantity=quantity, lines=2)
        return order.id, placed_order(client, body, {**orderer, **key()})["id"]

    def respond(
        client_id: str, server_id: str, answer: OrderAnswer, who: Any = None, currency: str = "SEK"
    ) -> Any:
        data = answer_xml(client_id, answer, seller, BUYER, currency=currency)
        return client.post(
            f"/orders/{server_id}/response", content=data, headers={**(who or office), **XML}
        )

    return place, respond, orderer


def _answer(code: ResponseCode, *changes: LineChange, note: str = "") -> OrderAnswer:
    return OrderAnswer(code, datetime.now(UTC), note, changes)


@pytest.mark.parametrize(
    ("code", "state"),
    [
        (ResponseCode.RECEIVED, "acknowledged"),
        (ResponseCode.ACCEPTED, "accepted"),
        (ResponseCode.REJECTED, "rejected"),
    ],
)
def test_an_answer_moves_the_order(placed: Any, code: ResponseCode, state: str) -> None:
    place, respond, _ = placed
    client_id, server_id = place()
    response = respond(client_id, server_id, _answer(code, note="Tack"))
    assert response.status_code == 200, response.text
    assert response.json()["state"] == state
    assert [(r["code"], r["note"]) for r in response.json()["responses"]] == [(code.value, "Tack")]


def test_a_changed_answer_keeps_old_and_new_per_line(placed: Any) -> None:
    place, respond, _ = placed
    client_id, server_id = place()
    answer = _answer(
        ResponseCode.CHANGED,
        LineChange("1", Decimal("6"), Decimal("52.00")),
        LineChange("2", Decimal("0")),
        note="Slut i lager",
    )
    changed = respond(client_id, server_id, answer).json()
    assert changed["state"] == "changed"
    first, second = changed["lines"]
    assert (
        first["quantity"],
        first["changed_quantity"],
        first["price"],
        first["changed_price"],
    ) == ("10", "6", "54.90", "52.00")
    assert second["changed_quantity"] == "0"


def test_answers_about_another_order_or_out_of_turn_are_refused(
    placed: Any, client: TestClient
) -> None:
    place, respond, orderer = placed
    client_id, server_id = place()
    other_client_id, _ = place()
    wrong = respond(other_client_id, server_id, _answer(ResponseCode.ACCEPTED))
    assert wrong.status_code == 422 and wrong.json()["code"] == "document_mismatch"
    assert respond(client_id, server_id, _answer(ResponseCode.REJECTED)).status_code == 200
    late = respond(client_id, server_id, _answer(ResponseCode.ACCEPTED))
    assert late.status_code == 409 and late.json()["code"] == "response_not_expected"
    waiting_client, waiting_server = place(quantity="100")
    early = respond(waiting_client, waiting_server, _answer(ResponseCode.ACCEPTED))
    assert early.status_code == 409
    unknown_line = respond(client_id, server_id, _answer(ResponseCode.CHANGED, LineChange("9")))
    assert unknown_line.status_code in (409, 422)
    by_orderer = respond(client_id, server_id, _answer(ResponseCode.ACCEPTED), orderer)
    assert by_orderer.status_code == 403


def test_bad_documents_and_media_types(placed: Any, client: TestClient) -> None:
    place, _respond, _ = placed
    _client_id, server_id = place()
    office = bearer(sign_in(client, "procurement")["access_token"])
    bad = client.post(
        f"/orders/{server_id}/response", content=b"<OrderResponse/>", headers={**office, **XML}
    )
    assert bad.status_code == 422 and bad.json()["code"] == "document_invalid"
    json_body = client.post(f"/orders/{server_id}/response", json={"code": "AP"}, headers=office)
    assert json_body.status_code == 415


def test_a_substituted_item_is_kept_and_served_as_old_and_new(placed: Any) -> None:
    place, respond, _ = placed
    client_id, server_id = place()
    answer = _answer(
        ResponseCode.CHANGED,
        LineChange("1", Decimal("10"), None, "Ersätts", "K-00099", "Mellanrost 450 g"),
    )
    changed = respond(client_id, server_id, answer)
    assert changed.status_code == 200, changed.text
    first, second = changed.json()["lines"]
    assert (first["substitute_item_id"], first["substitute_name"]) == (
        "K-00099",
        "Mellanrost 450 g",
    )
    assert (second["substitute_item_id"], second["substitute_name"]) == ("", "")


def test_an_answer_in_another_currency_is_refused(placed: Any) -> None:
    place, respond, _ = placed
    client_id, server_id = place()
    changed = _answer(ResponseCode.CHANGED, LineChange("1", Decimal("6"), Decimal("5.00")))
    for answer in (_answer(ResponseCode.ACCEPTED), changed):
        refused = respond(client_id, server_id, answer, currency="EUR")
        assert refused.status_code == 422, refused.text
        assert refused.json()["code"] == "response_currency"
    accepted = respond(client_id, server_id, _answer(ResponseCode.ACCEPTED))
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"
