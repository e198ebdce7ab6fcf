"""``POST /orders`` does each costly thing once, and the costly things after its answer:
the request parses the document once (safely, for its Order ID) and validates nothing;
the validator parses it once more and validates it against the UBL schema once (the
official rules and Avrop's reading share one tree). The request is one commit on
PostgreSQL (two on SQLite), no read-back, and the change counter is locked only at the
end."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from fastapi.testclient import TestClient

from central_api.services.order_validator import validator_of
from desktop.peppol import safe_xml
from desktop.peppol.schemas import SharedSchema
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import bearer, coffee_supplier, settled, sign_in
from tests.central_api.statement_trace import traced
from tests.fixtures.orders_api import key, order_body


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count ``parse_document`` calls wherever it was imported."""
    real = safe_xml.parse_document
    calls: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    for name, module in list(sys.modules.items()):
        if name.startswith(("desktop.", "central_api.")) and (
            getattr(module, "parse_document", None) is real
        ):
            monkeypatch.setattr(module, "parse_document", counted)
    return calls


def _hold(client: TestClient) -> Any:
    validator = validator_of(client.app)
    assert validator is not None
    validator.hold.clear()  # the request alone: the validator waits
    return validator.hold


def test_a_new_order_is_parsed_and_schema_validated_once(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    calls = _count_parses(monkeypatch)
    validations: list[int] = []
    real_validate = SharedSchema.validate

    def counted_validate(self: SharedSchema, element: Any) -> bool:
        validations.append(1)
        return real_validate(self, element)

    monkeypatch.setattr(SharedSchema, "validate", counted_validate)
    hold = _hold(client)
    placed = client.post("/orders", json=body, headers={**auth, **key()})
    assert placed.status_code == 202, placed.text
    assert (len(calls), len(validations)) == (1, 0)  # the answer: one safe parse, no XSD
    hold.set()
    assert settled(client, auth, placed.json()["id"])["state"] == "sent"
    assert (len(calls), len(validations)) == (2, 1)  # the validator: one parse, one XSD


def test_a_new_order_is_one_commit_on_postgres_and_numbered_last(client: TestClient) -> None:
    """PostgreSQL: the key's claim, the order, its change number and the stored answer
    commit together, once (the claim's advisory lock answers a concurrent repeat);
    SQLite commits the claim alone first. The change counter (whose row lock serialises
    every order change) is bumped last, after the answer is stored."""
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    hold = _hold(client)
    with traced(client) as trace:
        placed = client.post("/orders", json=body, headers={**auth, **key()})
    hold.set()
    seen = trace.texts
    assert placed.status_code == 202, placed.text
    assert seen.count("COMMIT") == (1 if on_postgres() else 2), "\n".join(seen)
    if on_postgres():
        # token, key claim, unit + supplier + agreement, order; the answer stored with the
        # key, the number and the commit go in one pipeline (test_order_numbering)
        assert len(seen) == 5 and seen[-1] == "COMMIT", "\n".join(seen)
        assert not any("order_change_counter" in s for s in seen)
    else:  # SQLite: token, key claim (committed), look-up, order, answer, counter, number
        assert len(seen) - 2 <= 7, "\n".join(seen)
        stored = next(i for i, s in enumerate(seen) if s.startswith("UPDATE idempotency_keys"))
        assert [s.split(" ", 3)[:3] for s in seen[stored + 1 :]] == [
            ["UPDATE", "order_change_counter", "SET"],
            ["UPDATE", "orders", "SET"],
            ["COMMIT"],
        ]
    assert not any(s.startswith("SELECT orders") for s in seen)  # no "same order?" look-up
    since = client.get("/orders?since=0", headers=auth).json()["items"]
    assert placed.json()["id"] in {o["id"] for o in since}  # numbered: synced as before


def test_a_new_order_takes_one_hop_to_the_threadpool(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sign-in check runs in the route's own hop (a sync dependency is one more)."""
    from anyio._backends._asyncio import AsyncIOBackend

    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    hold = _hold(client)
    real = AsyncIOBackend.run_sync_in_worker_thread
    hops: list[str] = []

    async def counted(func: Any, *args: Any, **kwargs: Any) -> Any:
        hops.append(getattr(func, "__qualname__", repr(func)))
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(AsyncIOBackend, "run_sync_in_worker_thread", counted)
    placed = client.post("/orders", json=body, headers={**auth, **key()})
    monkeypatch.undo()
    hold.set()
    assert placed.status_code == 202, placed.text
    assert len(hops) == 1, hops
