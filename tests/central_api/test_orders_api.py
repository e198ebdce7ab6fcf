"""``POST /orders`` and the follow-up endpoints on the real app (in-process, real SQLite)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from central_api.models import IdempotencyKeyRow, UserRow, utcnow
from desktop.domain.reference import Supplier
from tests.central_api.helpers import bearer, placed, refusal_of, settled, sign_in
from tests.fixtures.orders_api import key, order_body

UNIT = "u-forskola-solrosen"


@pytest.fixture
def api(client: TestClient) -> Any:
    class Api:
        def __init__(self) -> None:
            self.client = client
            self.tokens = {
                u: sign_in(client, u)["access_token"]
                for u in ("orderer", "manager", "superuser", "procurement")
            }
            items = client.get("/suppliers", headers=self.auth("orderer")).json()["items"]
            self.coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))

        def auth(self, user: str) -> dict[str, str]:
            return bearer(self.tokens[user])

        def place(self, user: str = "orderer", **kw: Any) -> tuple[Any, dict[str, Any]]:
            order, body = order_body(self.coffee, **kw)
            return order, placed(client, body, {**self.auth(user), **key()})

    return Api()


def test_an_order_is_stored_with_its_document(api: Any) -> None:
    order, body = order_body(api.coffee, lines=2)
    headers = {**api.auth("orderer"), **key()}
    response = api.client.post("/orders", json=body, headers=headers)
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["client_order_id"] == order.id and accepted["state"] == "validating"
    assert accepted["lines"] == [] and accepted["refusal"] is None
    assert response.headers["Location"] == f"/orders/{accepted['id']}"
    done = settled(api.client, headers, accepted["id"])
    assert done["state"] == "sent" and done["refusal"] is None
    assert done["created_by"] == "orderer" and done["total"] == "589.00"
    assert done["accounting"] == {"cost_centre": "3410", "account": "6110", "project": None}
    assert [ln["line_id"] for ln in done["lines"]] == ["1", "2"]
    assert int(done["number"].split("-")[1]) == int(accepted["id"])
    again = api.client.get(f"/orders/{accepted['id']}", headers=api.auth("manager"))
    assert again.json() == done
    document = api.client.get(f"/orders/{accepted['id']}/document", headers=api.auth("orderer"))
    assert document.headers["content-type"].startswith("application/xml")
    assert document.text == body["document"]


def test_a_repeat_with_the_same_key_gets_the_first_answer(api: Any) -> None:
    _order, body = order_body(api.coffee)
    headers = {**api.auth("orderer"), **key()}
    first = api.client.post("/orders", json=body, headers=headers)
    second = api.client.post("/orders", json=body, headers=headers)
    assert first.status_code == second.status_code == 202
    assert second.json() == first.json() and first.json()["state"] == "validating"
    assert second.headers["Idempotent-Replayed"] == "true"
    listed = api.client.get(f"/orders?unit={UNIT}", headers=api.auth("orderer")).json()["items"]
    assert [o["id"] for o in listed].count(first.json()["id"]) == 1


def test_the_same_key_with_another_body_is_refused(api: Any) -> None:
    headers = {**api.auth("orderer"), **key()}
    _a, body = order_body(api.coffee)
    _b, other = order_body(api.coffee, quantity="11")
    assert api.client.post("/orders", json=body, headers=headers).status_code == 202
    refused = api.client.post("/orders", json=other, headers=headers)
    assert refused.status_code == 422 and refused.json()["code"] == "idempotency_key_reused"


def test_no_key_is_refused(api: Any) -> None:
    _order, body = order_body(api.coffee)
    refused = api.client.post("/orders", json=body, headers=api.auth("orderer"))
    assert refused.status_code == 400
    assert refused.json() == {
        "code": "idempotency_key_missing",
        "message": "Send an Idempotency-Key header",
        "field": "Idempotency-Key",
    }


def _claim(
    client: TestClient, username: str, idem: str, body: dict[str, Any], age_s: float
) -> None:
    from central_api.services.idempotency import IN_PROGRESS, request_hash

    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        user_id = session.scalar(select(UserRow.id).where(UserRow.username == username))
        when = utcnow() - timedelta(seconds=age_s)
        session.add(
            IdempotencyKeyRow(
                user_id=user_id,
                key=idem,
                request_hash=request_hash(body),
                state=IN_PROGRESS,
                locked_at=when,
                created_at=when,
            )
        )
        session.commit()


def test_a_repeat_while_the_first_is_handled_gets_409_then_takes_over(api: Any) -> None:
    _order, body = order_body(api.coffee)
    idem = key()
    _claim(api.client, "orderer", idem["Idempotency-Key"], body, age_s=0)
    busy = api.client.post("/orders", json=body, headers={**api.auth("orderer"), **idem})
    assert busy.status_code == 409 and busy.json()["code"] == "idempotency_in_progress"
    stale = key()
    _claim(api.client, "orderer", stale["Idempotency-Key"], body, age_s=3600)
    taken = api.client.post("/orders", json=body, headers={**api.auth("orderer"), **stale})
    assert taken.status_code == 202, taken.text


def test_keys_are_per_user_and_kept_with_the_order(api: Any) -> None:
    _order, body = order_body(api.coffee)
    idem = key()
    mine = api.client.post("/orders", json=body, headers={**api.auth("orderer"), **idem})
    assert mine.status_code == 202
    with api.client.app.state.sessions() as session:
        row = session.scalar(
            select(IdempotencyKeyRow).where(IdempotencyKeyRow.key == idem["Idempotency-Key"])
        )
        assert row is not None and row.state == "done" and row.order_id == int(mine.json()["id"])


def test_a_request_refused_at_once_releases_its_key(api: Any) -> None:
    _order, body = order_body(api.coffee)
    idem = key()
    bad = {**body, "supplier_id": "s-nope"}
    refused = api.client.post("/orders", json=bad, headers={**api.auth("orderer"), **idem})
    assert refused.status_code == 422 and refused.json()["code"] == "supplier_unknown"
    fixed = api.client.post("/orders", json=body, headers={**api.auth("orderer"), **idem})
    assert fixed.status_code == 202


def test_a_corrected_order_replaces_its_refused_one(api: Any) -> None:
    """A refusal keeps its key (its answer was the 202) but not the Order ID: the order
    sent again under a new key replaces the refused one."""
    _order, body = order_body(api.coffee)
    headers = {**api.auth("orderer"), **key()}
    refused = placed(api.client, {**body, "total": "1.00"}, headers)
    assert refused["refusal"]["code"] == "document_mismatch"
    again = api.client.post("/orders", json={**body, "total": "1.00"}, headers=headers)
    assert again.headers["Idempotent-Replayed"] == "true"
    fixed = placed(api.client, body, {**api.auth("orderer"), **key()})
    assert fixed["state"] == "sent" and fixed["client_order_id"] == refused["client_order_id"]
    listed = api.client.get("/orders", headers=api.auth("orderer")).json()["items"]
    same_id = [o for o in listed if o["client_order_id"] == refused["client_order_id"]]
    assert [o["state"] for o in same_id] == ["sent"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"document": "<Order/>"}, "document_invalid"),
        ({"document": "<!DOCTYPE x [<!ENTITY a 'b'>]><Order>&a;</Order>"}, "document_invalid"),
        ({"supplier_id": "s-nope"}, "supplier_unknown"),
        ({"agreement_id": "a-nope"}, "agreement_unknown"),
    ],
)
def test_what_cannot_be_stored_is_refused_at_once(
    api: Any, change: dict[str, Any], code: str
) -> None:
    _order, body = order_body(api.coffee)
    response = api.client.post(
        "/orders", json={**body, **change}, headers={**api.auth("orderer"), **key()}
    )
    assert response.status_code == 422, response.text
    assert response.json()["code"] == code


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"currency": "EUR"}, "document_mismatch"),
        ({"agreement_id": "a-bakery"}, "supplier_not_on_agreement"),
        (
            {"accounting": {"cost_centre": "3410", "account": "6420", "project": None}},
            "document_mismatch",
        ),
    ],
)
def test_what_does_not_fit_is_refused_in_plain_codes(
    api: Any, change: dict[str, Any], code: str
) -> None:
    _order, body = order_body(api.coffee)
    refusal = refusal_of(api.client, {**body, **change}, {**api.auth("orderer"), **key()})
    assert refusal["code"] == code and set(refusal) >= {"code", "message", "field"}


def test_only_ordering_roles_for_their_units(api: Any) -> None:
    _order, body = order_body(api.coffee, unit_id="u-skola-norr")
    foreign = api.client.post("/orders", json=body, headers={**api.auth("orderer"), **key()})
    assert foreign.status_code == 403
    _order, body = order_body(api.coffee)
    response = api.client.post("/orders", json=body, headers={**api.auth("procurement"), **key()})
    assert response.status_code == 403
    # Superusers order on behalf of the units they support, and of no other.
    _order, body = order_body(api.coffee, unit_id="u-skola-norr")
    response = api.client.post("/orders", json=body, headers={**api.auth("superuser"), **key()})
    assert response.status_code == 403


def test_an_expired_agreement_is_refused(api: Any) -> None:
    agreements = api.client.get("/agreements", headers=api.auth("orderer")).json()["items"]
    expired = next(a for a in agreements if a["valid_to"] and a["valid_to"] < "2025-03-15")
    suppliers = api.client.get("/suppliers", headers=api.auth("orderer")).json()["items"]
    supplier = next(s for s in suppliers if s["id"] == expired["supplier_ids"][0])
    _order, body = order_body(Supplier.from_json(supplier), agreement_id=expired["id"])
    refusal = refusal_of(api.client, body, {**api.auth("orderer"), **key()})
    assert refusal["code"] == "agreement_expired"


def test_over_the_limit_the_manager_decides(api: Any) -> None:
    _order, placed = api.place(quantity="100")  # 5 490.00 > 5 000.00
    assert placed["state"] == "awaiting_approval"
    path = f"/orders/{placed['id']}/approval"
    assert (
        api.client.post(path, json={"approve": True}, headers=api.auth("orderer")).status_code
        == 403
    )
    no_reason = api.client.post(path, json={"approve": False}, headers=api.auth("manager"))
    assert no_reason.status_code == 422 and no_reason.json()["code"] == "reason_required"
    approved = api.client.post(
        path, json={"approve": True, "reason": ""}, headers=api.auth("manager")
    )
    assert approved.status_code == 200 and approved.json()["state"] == "sent"
    assert approved.json()["approval"]["approved"] is True
    again = api.client.post(path, json={"approve": True}, headers=api.auth("manager"))
    assert again.status_code == 409 and again.json()["code"] == "order_state_invalid"
    _order, other = api.place(quantity="100")
    declined = api.client.post(
        f"/orders/{other['id']}/approval",
        json={"approve": False, "reason": "Vänta till april"},
        headers=api.auth("manager"),
    )
    assert declined.json()["state"] == "declined"
    assert declined.json()["approval"]["reason"] == "Vänta till april"


def test_goods_arrive_in_parts(api: Any) -> None:
    _order, placed = api.place(lines=2)
    path = f"/orders/{placed['id']}/receipt"
    part = api.client.post(
        path, json={"lines": [{"line_id": "1", "quantity": "4"}]}, headers=api.auth("orderer")
    )
    assert part.status_code == 200 and part.json()["state"] == "partly_delivered"
    too_much = api.client.post(
        path, json={"lines": [{"line_id": "1", "quantity": "7"}]}, headers=api.auth("orderer")
    )
    assert too_much.status_code == 422 and too_much.json()["code"] == "receipt_above_ordered"
    rest = api.client.post(
        path,
        json={"lines": [{"line_id": "1", "quantity": "6"}, {"line_id": "2", "quantity": "2"}]},
        headers=api.auth("manager"),
    )
    assert rest.json()["state"] == "delivered"
    assert [ln["received_quantity"] for ln in rest.json()["lines"]] == ["10", "2"]
    assert (
        api.client.post(
            path,
            json={"lines": [{"line_id": "1", "quantity": "1"}]},
            headers=api.auth("procurement"),
        ).status_code
        == 403
    )


def test_the_change_cursor_gives_only_what_changed(api: Any) -> None:
    first = api.client.get(f"/orders?unit={UNIT}", headers=api.auth("manager")).json()
    _order, placed = api.place()
    changed = api.client.get(
        f"/orders?unit={UNIT}&since={first['cursor']}", headers=api.auth("manager")
    ).json()
    assert [o["id"] for o in changed["items"]] == [placed["id"]] and changed["more"] is False
    after = api.client.get(f"/orders?since={changed['cursor']}", headers=api.auth("manager"))
    assert after.json()["items"] == [] and after.json()["cursor"] == changed["cursor"]
    api.client.post(
        f"/orders/{placed['id']}/receipt",
        json={"lines": [{"line_id": "1", "quantity": "1"}]},
        headers=api.auth("orderer"),
    )
    moved = api.client.get(f"/orders?since={changed['cursor']}", headers=api.auth("manager"))
    assert [o["state"] for o in moved.json()["items"]] == ["partly_delivered"]


def test_orderers_see_their_own_orders_managers_the_units(api: Any) -> None:
    _order, by_manager = api.place("manager")
    orderer_sees = api.client.get("/orders", headers=api.auth("orderer")).json()["items"]
    manager_sees = api.client.get("/orders", headers=api.auth("manager")).json()["items"]
    assert by_manager["id"] not in [o["id"] for o in orderer_sees]
    assert by_manager["id"] in [o["id"] for o in manager_sees]
    hidden = api.client.get(f"/orders/{by_manager['id']}", headers=api.auth("orderer"))
    assert hidden.status_code == 403
    assert api.client.get("/orders/99999", headers=api.auth("orderer")).status_code == 404


def test_order_settings_count_new_orders_against_the_budget(api: Any) -> None:
    path = f"/units/{UNIT}/order-settings"
    before = api.client.get(path, headers=api.auth("orderer")).json()
    assert before["agreement_accounts"]["a-coffee"] == "6110"
    assert before["hub_drop_days"] == [1, 3] and before["buyer"]["endpoint_id"] == "2120000001"
    api.place()
    after = api.client.get(path, headers=api.auth("orderer")).json()

    def spent(data: dict[str, Any]) -> float:
        return next(a for a in data["accounts"] if a["account"] == "6110")["spent"]

    from decimal import Decimal

    assert Decimal(spent(after)) - Decimal(spent(before)) == Decimal("549.00")


def test_a_concurrent_repeat_gets_409_while_the_first_is_handled(
    api: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from central_api.routes import orders as routes

    started, release = threading.Event(), threading.Event()
    real = routes.accept_order

    def slow(*args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(routes, "accept_order", slow)
    _order, body = order_body(api.coffee)
    headers = {**api.auth("orderer"), **key()}
    answers: list[Any] = []
    first = threading.Thread(
        target=lambda: answers.append(api.client.post("/orders", json=body, headers=headers))
    )
    first.start()
    assert started.wait(20)
    monkeypatch.setattr(routes, "accept_order", real)
    repeat = api.client.post("/orders", json=body, headers=headers)
    release.set()
    first.join(20)
    assert repeat.status_code == 409 and repeat.json()["code"] == "idempotency_in_progress"
    assert repeat.headers["Retry-After"] == "1"
    assert answers[0].status_code == 202
    after = api.client.post("/orders", json=body, headers=headers)
    assert after.status_code == 202 and after.json() == answers[0].json()
