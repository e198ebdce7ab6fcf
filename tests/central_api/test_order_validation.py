"""``POST /orders`` answers 202 before the checks; the background validator settles the
order (sent, awaiting approval, refused with the 422 findings), the outcome reaches
``GET /orders?since``, and a claim is a transaction: a validator that dies before its
commit leaves the order to the next, and two claimants never check one order twice."""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from central_api.models import OrderRow
from central_api.services import order_validator
from central_api.services.order_validator import claim, validate_next, validator_of
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import (
    TEST_TODAY,
    bearer,
    coffee_supplier,
    placed,
    settled,
    sign_in,
)
from tests.fixtures.orders_api import key, order_body


def _orderer(client: TestClient) -> dict[str, str]:
    return bearer(sign_in(client, "orderer")["access_token"])


def _held(client: TestClient) -> threading.Event:
    """The app's validator, paused before its next claim (``.set()`` lets it go)."""
    validator = validator_of(client.app)
    assert validator is not None
    validator.hold.clear()
    return validator.hold


def test_the_answer_does_not_wait_for_the_checks(client: TestClient) -> None:
    auth = _orderer(client)
    hold = _held(client)
    _order, body = order_body(coffee_supplier(client, auth))
    headers = {**auth, **key()}
    accepted = client.post("/orders", json=body, headers=headers)
    assert accepted.status_code == 202 and accepted.json()["state"] == "validating"
    assert accepted.headers["Location"] == f"/orders/{accepted.json()['id']}"
    still = client.get(accepted.headers["Location"], headers=auth).json()
    assert still["state"] == "validating" and still["lines"] == []
    repeat = client.post("/orders", json=body, headers=headers)
    assert repeat.status_code == 202 and repeat.json() == accepted.json()
    hold.set()
    done = settled(client, auth, accepted.json()["id"])
    assert done["state"] == "sent" and [ln["line_id"] for ln in done["lines"]] == ["1"]


def test_the_outcome_reaches_the_change_feed(client: TestClient) -> None:
    auth = _orderer(client)
    coffee = coffee_supplier(client, auth)
    before = client.get("/orders", headers=auth).json()["cursor"]
    hold = _held(client)
    _ok, good = order_body(coffee)
    _bad, bad = order_body(coffee, quantity="0")
    ok_id = client.post("/orders", json=good, headers={**auth, **key()}).json()["id"]
    bad_id = client.post("/orders", json=bad, headers={**auth, **key()}).json()["id"]
    accepted = client.get(f"/orders?since={before}", headers=auth).json()
    assert [(o["id"], o["state"]) for o in accepted["items"]] == [
        (ok_id, "validating"),
        (bad_id, "validating"),
    ]
    hold.set()
    settled(client, auth, bad_id)
    changed = client.get(f"/orders?since={accepted['cursor']}", headers=auth).json()
    states = {o["id"]: (o["state"], o["refusal"]) for o in changed["items"]}
    assert states[ok_id] == ("sent", None)
    state, refusal = states[bad_id]
    assert state == "refused" and refusal["code"] == "quantity_not_positive"
    assert set(refusal) == {"code", "message", "field"}


def test_a_refusal_by_the_rules_carries_their_findings(client: TestClient) -> None:
    auth = _orderer(client)
    _order, body = order_body(coffee_supplier(client, auth))
    broken = body["document"].replace('unitCode="XPK"', 'unitCode="PK"')  # not Rec 20
    assert broken != body["document"]
    order = placed(client, {**body, "document": broken}, {**auth, **key()})
    refusal = order["refusal"]
    assert order["state"] == "refused" and refusal["code"] == "document_invalid"
    assert refusal["field"] == "document" and refusal["errors"]
    assert {"id", "flag", "location", "line", "message", "source"} <= set(refusal["errors"][0])


def test_a_validator_dying_mid_claim_leaves_the_order_to_the_next(client: TestClient) -> None:
    auth = _orderer(client)
    hold = _held(client)
    _order, body = order_body(coffee_supplier(client, auth))
    order_id = client.post("/orders", json=body, headers={**auth, **key()}).json()["id"]
    sessions = client.app.state.sessions  # type: ignore[attr-defined]
    dying = sessions()
    claimed = claim(dying)
    assert claimed is not None and claimed.id == int(order_id)
    if on_postgres():  # held by the dying claimant: another skips it
        with sessions() as other:
            assert claim(other) is None
            other.rollback()
    dying.connection().invalidate()  # the process died: its connection is gone
    dying.close()
    # the database rolls the claim back once it notices the connection closed
    deadline = time.monotonic() + 30
    while not validate_next(sessions, lambda: TEST_TODAY):
        assert time.monotonic() < deadline, "the dead claimant's lock was never released"
        time.sleep(0.01)
    hold.set()
    assert settled(client, auth, order_id)["state"] == "sent"


@pytest.mark.skipif(not on_postgres(), reason="SKIP LOCKED claims: PostgreSQL")
def test_several_validators_check_each_order_once(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    auth = _orderer(client)
    coffee = coffee_supplier(client, auth)
    hold = _held(client)
    ids = [
        client.post("/orders", json=order_body(coffee)[1], headers={**auth, **key()}).json()["id"]
        for _ in range(24)
    ]
    checked: Counter[int] = Counter()
    real = order_validator.checked_order

    def counting(session: Any, row: OrderRow, today: Any) -> Any:
        checked[row.id] += 1
        return real(session, row, today)

    monkeypatch.setattr(order_validator, "checked_order", counting)
    sessions = client.app.state.sessions  # type: ignore[attr-defined]

    def drain() -> None:
        while validate_next(sessions, lambda: TEST_TODAY):
            pass

    workers = [threading.Thread(target=drain) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    hold.set()
    assert sorted(checked) == sorted(int(i) for i in ids)
    assert set(checked.values()) == {1}
    with sessions() as session:
        waiting = session.scalar(
            select(func.count()).select_from(OrderRow).where(OrderRow.state == "validating")
        )
    assert waiting == 0


def test_a_check_that_crashes_refuses_that_order_and_the_queue_goes_on(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    auth = _orderer(client)
    coffee = coffee_supplier(client, auth)
    real = order_validator.checked_order
    crashed: list[int] = []

    def once_broken(session: Any, row: OrderRow, today: Any) -> Any:
        if not crashed:
            crashed.append(row.id)
            raise RuntimeError("a bug in a check")
        return real(session, row, today)

    monkeypatch.setattr(order_validator, "checked_order", once_broken)
    broken = placed(client, order_body(coffee)[1], {**auth, **key()})
    after = placed(client, order_body(coffee)[1], {**auth, **key()})
    assert broken["state"] == "refused" and broken["refusal"]["code"] == "validation_failed"
    assert after["state"] == "sent"


def test_a_refused_order_spends_nothing_of_the_budget(client: TestClient) -> None:
    auth = _orderer(client)
    path = "/units/u-forskola-solrosen/order-settings"

    def spent() -> str:
        accounts = client.get(path, headers=auth).json()["accounts"]
        return str(next(a for a in accounts if a["account"] == "6110")["spent"])

    before = spent()
    _order, body = order_body(coffee_supplier(client, auth))
    refused = placed(client, {**body, "currency": "EUR"}, {**auth, **key()})
    assert refused["state"] == "refused"
    assert spent() == before


def test_what_the_database_refuses_refuses_that_order_and_the_queue_goes_on(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    auth = _orderer(client)
    coffee = coffee_supplier(client, auth)
    _order, twins = order_body(coffee, lines=2)
    twins["document"] = twins["document"].replace("<cbc:ID>2</cbc:ID>", "<cbc:ID>1</cbc:ID>")
    assert twins["document"].count("<cbc:ID>1</cbc:ID>") == 2
    assert placed(client, twins, {**auth, **key()})["state"] == "refused"  # lines by their ID
    real = order_validator.store_checked
    broken: list[int] = []

    def refused_by_the_database(session: Any, row: OrderRow, *args: Any) -> None:
        if not broken:
            broken.append(row.id)
            raise IntegrityError("INSERT INTO order_lines", None, ValueError("refused"))
        real(session, row, *args)

    monkeypatch.setattr(order_validator, "store_checked", refused_by_the_database)
    stuck = placed(client, order_body(coffee)[1], {**auth, **key()})
    after = placed(client, order_body(coffee)[1], {**auth, **key()})
    assert stuck["state"] == "refused" and stuck["refusal"]["code"] == "validation_failed"
    assert after["state"] == "sent"
