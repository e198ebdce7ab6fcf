"""POST/GET /requests and POST /requests/{id}/answer: the office's inbox."""

from __future__ import annotations

import uuid
from typing import Any

from desktop.domain.office_request import OfficeRequest, RequestStatus
from tests.fixtures.find_api import FindApi


def _body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "unit_id": "u-forskola-solrosen",
        "need": "Sittdynor till samlingen",
        "quantity": "20",
        "estimated_amount": "1500.00",
        "urgency": "within_week",
        "search_text": "sittdyna",
        "created_at": "2025-05-15T08:30:00+00:00",
    }
    body.update(changes)
    return body


def _post(api: FindApi, body: dict[str, Any], user: str = "orderer", key: str | None = None):  # type: ignore[no-untyped-def]
    headers = api.auth(user, **{"Idempotency-Key": key or body["id"]})
    return api.client.post("/requests", json=body, headers=headers)


def test_a_request_is_stored_once_and_a_repeat_gets_the_same_answer(find_api: FindApi) -> None:
    body = _body()
    first = _post(find_api, body)
    assert first.status_code == 201, first.text
    request = OfficeRequest.from_json(first.json())
    assert request.status is RequestStatus.OPEN and request.username == "orderer"
    repeat = _post(find_api, body)
    assert repeat.status_code == 201
    assert repeat.headers.get("Idempotent-Replayed") == "true"
    assert repeat.json() == first.json()
    listed = find_api.client.get("/requests", headers=find_api.auth("orderer")).json()["items"]
    assert [r["id"] for r in listed].count(body["id"]) == 1


def test_same_key_with_another_body_is_refused(find_api: FindApi) -> None:
    body = _body()
    assert _post(find_api, body).status_code == 201
    other = _post(find_api, {**body, "need": "Något annat"}, key=body["id"])
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_missing_idempotency_key_is_refused(find_api: FindApi) -> None:
    answer = find_api.client.post("/requests", json=_body(), headers=find_api.auth("orderer"))
    assert answer.status_code == 400 and answer.json()["code"] == "idempotency_key_missing"


def test_only_own_units(find_api: FindApi) -> None:
    answer = _post(find_api, _body(unit_id="u-skola-norr"))
    assert answer.status_code == 403 and answer.json()["field"] == "unit_id"
    unknown = _post(find_api, _body(unit_id="u-nowhere"))
    assert unknown.status_code == 404


def test_bad_fields_are_named(find_api: FindApi) -> None:
    blank = _post(find_api, _body(need="   "))
    assert blank.status_code == 422 and blank.json()["field"] == "need"
    amount = _post(find_api, _body(estimated_amount="12.345"))
    assert amount.status_code == 422 and amount.json()["field"] == "estimated_amount"
    agreement = _post(find_api, _body(agreement_id="a-nope"))
    assert agreement.status_code == 422 and agreement.json()["field"] == "agreement_id"


def test_the_office_answers_and_the_orderer_sees_it(find_api: FindApi) -> None:
    body = _body(need="Stolar till ateljén", agreement_id="a-furniture")
    assert _post(find_api, body).status_code == 201
    inbox = find_api.client.get("/requests", headers=find_api.auth("procurement")).json()
    assert body["id"] in {r["id"] for r in inbox["items"]}
    answer = find_api.client.post(
        f"/requests/{body['id']}/answer",
        json={
            "text": "Vi startar en förnyad konkurrensutsättning.",
            "agreement_id": "a-furniture",
            "item": {"supplier_id": "s-toys-1", "seller_item_id": "T-1"},
        },
        headers=find_api.auth("procurement"),
    )
    assert answer.status_code == 200, answer.text
    mine = find_api.client.get("/requests", headers=find_api.auth("orderer")).json()["items"]
    request = OfficeRequest.from_json(next(r for r in mine if r["id"] == body["id"]))
    assert request.status is RequestStatus.ANSWERED
    assert request.answer is not None and request.answer.agreement_id == "a-furniture"
    assert request.answer.item is not None and request.answer.item.supplier_id == "s-toys-1"


def test_answer_rules(find_api: FindApi) -> None:
    body = _body()
    assert _post(find_api, body).status_code == 201
    url = f"/requests/{body['id']}/answer"
    refused = find_api.client.post(url, json={"text": "x"}, headers=find_api.auth("orderer"))
    assert refused.status_code == 403
    missing = find_api.client.post(
        "/requests/nope/answer", json={"text": "x"}, headers=find_api.auth("procurement")
    )
    assert missing.status_code == 404
    bad_item = find_api.client.post(
        url,
        json={"text": "x", "item": {"supplier_id": "s-nope", "seller_item_id": "1"}},
        headers=find_api.auth("procurement"),
    )
    assert bad_item.status_code == 422 and bad_item.json()["field"] == "item.supplier_id"


def test_who_sees_which_requests(find_api: FindApi) -> None:
    body = _body(unit_id="u-forskola-eken")
    assert _post(find_api, body).status_code == 201

    def ids(user: str, query: str = "") -> set[str]:
        answer = find_api.client.get(f"/requests{query}", headers=find_api.auth(user))
        assert answer.status_code == 200, answer.text
        return {r["id"] for r in answer.json()["items"]}

    assert body["id"] in ids("orderer")
    assert body["id"] in ids("superuser")  # supports the kindergartens
    assert body["id"] not in ids("manager")  # manages Solrosen only
    assert body["id"] in ids("procurement")
    assert body["id"] not in ids("orderer", "?unit=u-forskola-solrosen")
    forbidden = find_api.client.get("/requests?unit=u-skola-norr", headers=find_api.auth("orderer"))
    assert forbidden.status_code == 403
