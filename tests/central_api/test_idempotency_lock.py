"""PostgreSQL claims an ``Idempotency-Key`` in the request's own transaction: a request
still running holds the key's advisory lock (a repeat gets 409 at once, never waits),
and a request whose process dies leaves nothing behind, its key free at once (no lease
to wait out)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text

from central_api.models import IdempotencyKeyRow, OrderRow, UserRow
from central_api.services import idempotency
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import bearer, coffee_supplier, sign_in
from tests.fixtures.orders_api import key, order_body

pytestmark = pytest.mark.skipif(not on_postgres(), reason="advisory locks: PostgreSQL")


def test_a_dead_request_leaves_nothing_and_frees_its_key_at_once(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    order, body = order_body(coffee_supplier(client, auth))
    idem = key()
    sessions = client.app.state.sessions  # type: ignore[attr-defined]
    with sessions() as dying, sessions() as watcher:
        user_id = watcher.scalar(select(UserRow.id).where(UserRow.username == "orderer"))
        assert user_id is not None
        fingerprint = idempotency.request_hash(body)
        claim = idempotency.begin(dying, user_id, idem["Idempotency-Key"], fingerprint)
        assert isinstance(claim, idempotency.Claim)  # in progress, in its transaction
        busy = client.post("/orders", json=body, headers={**auth, **idem})
        assert (busy.status_code, busy.json()["code"]) == (409, "idempotency_in_progress")
        keys = select(func.count()).select_from(IdempotencyKeyRow)
        assert watcher.scalar(keys.where(IdempotencyKeyRow.user_id == user_id)) == 0
        backend = dying.scalar(text("SELECT pg_backend_pid()"))
        watcher.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        watcher.commit()
        dying.invalidate()  # its connection is gone: the process "died" mid-request
    placed = client.post("/orders", json=body, headers={**auth, **idem})
    assert placed.status_code == 202, placed.text  # at once, not after the lease
    again = client.post("/orders", json=body, headers={**auth, **idem})
    assert again.headers.get("Idempotent-Replayed") == "true" and again.json() == placed.json()
    with sessions() as session:
        same = select(OrderRow.id).where(OrderRow.client_order_id == order.id)
        assert [str(i) for i in session.scalars(same)] == [placed.json()["id"]]


def test_a_repeat_of_a_finished_request_replays_while_another_repeat_runs(
    client: TestClient,
) -> None:
    """Two repeats at once of a finished request: the one that cannot take the lock
    still replays the stored answer (it is committed), never a 409."""
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    idem = key()
    placed = client.post("/orders", json=body, headers={**auth, **idem})
    assert placed.status_code == 202, placed.text
    sessions = client.app.state.sessions  # type: ignore[attr-defined]
    with sessions() as other:
        user_id = other.scalar(select(UserRow.id).where(UserRow.username == "orderer"))
        assert user_id is not None
        fingerprint = idempotency.request_hash(body)
        other.execute(
            text("SELECT pg_advisory_xact_lock(:u, hashtext(:k))"),
            {"u": user_id, "k": idem["Idempotency-Key"]},
        )
        again = client.post("/orders", json=body, headers={**auth, **idem})
        assert again.status_code == 202 and again.json() == placed.json()
        assert again.headers.get("Idempotent-Replayed") == "true"
        reused = client.post("/orders", json={**body, "total": "1.00"}, headers={**auth, **idem})
        assert reused.json()["code"] == "idempotency_key_reused"
        assert isinstance(
            idempotency.begin(other, user_id, idem["Idempotency-Key"], fingerprint),
            idempotency.Replay,
        )
