"""An order's change number and its commit reach PostgreSQL in one round trip, so the
counter row's lock (which serialises every order change) never waits for the client;
and an accept wakes the validator processes with a NOTIFY delivered at its commit."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from central_api.services.order_numbering import VALIDATING_CHANNEL
from central_api.services.order_validator import validate_next, validator_of
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import TEST_TODAY, bearer, coffee_supplier, settled, sign_in
from tests.fixtures.orders_api import key, order_body

pytestmark = pytest.mark.skipif(not on_postgres(), reason="psycopg pipelines: PostgreSQL")


@contextmanager
def wire_trace(client: TestClient) -> Iterator[list[str]]:
    """libpq's trace of every connection the app checks out in the block: one line per
    protocol message, ``F`` from the client, ``B`` from the server."""
    engine = client.app.state.engine  # type: ignore[attr-defined]
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        out = (Path(scratch) / "wire.trace").open("w")
        flags = psycopg.pq.Trace.SUPPRESS_TIMESTAMPS | psycopg.pq.Trace.REGRESS_MODE

        def traced(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
            dbapi_connection.pgconn.trace(out.fileno())
            dbapi_connection.pgconn.set_trace_flags(flags)

        def untraced(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.pgconn.untrace()

        event.listen(engine, "checkout", traced)
        event.listen(engine, "checkin", untraced)
        try:
            yield lines
        finally:
            event.remove(engine, "checkout", traced)
            event.remove(engine, "checkin", untraced)
            out.close()
            lines.extend((Path(scratch) / "wire.trace").read_text().splitlines())


def _server_spoke_between_number_and_commit(
    lines: list[str], first: str = "order_change_counter"
) -> list[str]:
    """What the server sent between the numbering statement (or ``first``) and the
    COMMIT after it."""
    start = next(i for i, ln in enumerate(lines) if first in ln)
    end = next(i for i, ln in enumerate(lines[start:], start) if '"COMMIT"' in ln)
    assert lines[end].startswith("F"), lines[end]
    return [ln for ln in lines[start:end] if ln.startswith("B")]


def _held(client: TestClient) -> Any:
    validator = validator_of(client.app)
    assert validator is not None
    validator.hold.clear()
    return validator.hold


def test_an_accept_numbers_and_commits_in_one_round_trip(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    hold = _held(client)
    with wire_trace(client) as lines:
        placed = client.post("/orders", json=body, headers={**auth, **key()})
    assert placed.status_code == 202, placed.text
    assert _server_spoke_between_number_and_commit(lines) == []
    # the answer stored with the key goes in the same pipeline, first
    assert _server_spoke_between_number_and_commit(lines, "UPDATE idempotency_keys") == []
    since = client.get("/orders?since=0", headers=auth).json()["items"]
    assert placed.json()["id"] in {o["id"] for o in since}  # numbered: synced
    hold.set()
    assert settled(client, auth, placed.json()["id"])["state"] == "sent"


def test_a_validator_numbers_and_commits_its_outcome_in_one_round_trip(
    client: TestClient,
) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    hold = _held(client)
    order_id = client.post("/orders", json=body, headers={**auth, **key()}).json()["id"]
    sessions = client.app.state.sessions  # type: ignore[attr-defined]
    with wire_trace(client) as lines:
        assert validate_next(sessions, lambda: TEST_TODAY)
    assert _server_spoke_between_number_and_commit(lines) == []
    hold.set()
    assert settled(client, auth, order_id)["state"] == "sent"


def test_an_accept_notifies_the_validators_once_at_its_commit(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    _order, body = order_body(coffee_supplier(client, auth))
    hold = _held(client)
    url = client.app.state.engine.url  # type: ignore[attr-defined]
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as listener:
        listener.execute(f"LISTEN {VALIDATING_CHANNEL}")
        headers = {**auth, **key()}
        assert client.post("/orders", json=body, headers=headers).status_code == 202
        woken = list(listener.notifies(timeout=10, stop_after=1))
        assert [n.channel for n in woken] == [VALIDATING_CHANNEL]
        replay = client.post("/orders", json=body, headers=headers)
        assert replay.headers["Idempotent-Replayed"] == "true"  # stores nothing new
        assert list(listener.notifies(timeout=0.5)) == []
    hold.set()
