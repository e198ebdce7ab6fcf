"""A store of the guidance release (schema 0005) with queued work in BOTH old outboxes
(orders; office requests and call-offs) upgrades into the one outbox with nothing lost,
and that work then reaches the real server exactly once."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import requests

from desktop.domain.legacy_codes import official_units_in_xml
from desktop.domain.order import OrderState
from desktop.remote.http import ApiClient
from desktop.remote.outbox_sender import OutboxSender
from desktop.storage.database import open_database
from desktop.storage.guidance_submissions import CallOffState, SubmissionRepository
from desktop.storage.order_repo import OrderRepository
from desktop.storage.outbox_repo import OutboxEntry, OutboxRepository
from tests.desktop.storage.fixtures.make_outbox_fixtures import (
    CALLOFF_ID,
    IN_FLIGHT_ORDER,
    QUEUED_ORDER,
    REQUEST_ID,
    TARGET,
    UNIT,
)
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.orders_api import StaticToken, follow_up

KEPT = ("idempotency_key", "username", "body", "attempts", "in_flight", "last_error")


def _old_rows(path: Path) -> dict[str, dict[str, Any]]:
    """Every queued entry of both old tables, read straight from the 0005 file."""
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        rows = {
            r["order_id"]: {**dict(r), "kind": "order", "path": "/orders"}
            for r in con.execute("SELECT * FROM outbox")
        }
        paths = {"request": "/requests", "calloff": "/calloffs"}
        for r in con.execute("SELECT * FROM submission_outbox"):
            rows[r["id"]] = {**dict(r), "path": paths[r["kind"]]}
        return rows
    finally:
        con.close()


def _expected_body(old: dict[str, Any]) -> bytes:
    """The 0005 body; an order never attempted has its units moved to the official codes
    by 0006 first (one that may have reached the server keeps its exact bytes)."""
    body: bytes = old["body"]
    if old["kind"] != "order" or old["attempts"] or old["in_flight"]:
        return body
    data = json.loads(body)
    document = official_units_in_xml(data["document"])
    if document == data["document"]:
        return body
    data["document"] = document
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _upgraded(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    store = folder / TARGET.name
    shutil.copyfile(TARGET, store)
    return store


def test_both_outboxes_upgrade_into_one_with_nothing_lost(tmp_path: Path) -> None:
    store = _upgraded(tmp_path)
    before = _old_rows(store)
    assert set(before) == {QUEUED_ORDER, IN_FLIGHT_ORDER, REQUEST_ID, CALLOFF_ID}
    db = open_database(store)
    try:
        after: dict[str, OutboxEntry] = {e.subject_id: e for e in OutboxRepository(db).entries()}
        assert set(after) == set(before)
        for subject, old in before.items():
            new = after[subject]
            assert (new.kind, new.method, new.path) == (old["kind"], "POST", old["path"])
            assert [getattr(new, name) for name in KEPT] == [
                old["idempotency_key"],
                old["username"],
                _expected_body(old),
                old["attempts"],
                bool(old["in_flight"]),
                old["last_error"],
            ]
            assert new.next_attempt_at == datetime.fromisoformat(old["next_attempt_at"])
            assert new.state == "queued"
        assert OutboxRepository(db).count("orderer") == 4  # the one count: every kind
        in_flight = OrderRepository(db).entry(IN_FLIGHT_ORDER)
        assert in_flight is not None and in_flight.outbox is not None
        assert in_flight.outbox.in_flight and not in_flight.order.editable
    finally:
        db.close()
    con = sqlite3.connect(store)
    try:
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master")}
        (version,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    assert "submission_outbox" not in tables and "order_outbox_0003" not in tables
    assert version >= "0007"
    assert len(list(tmp_path.glob(f"{store.name}.backup-0005-*"))) == 1


def _get(server: RunningServer, path: str) -> Any:
    answer = requests.get(
        f"{server.url}{path}",
        timeout=10,
        headers={"Authorization": f"Bearer {server.token('orderer')}"},
    )
    answer.raise_for_status()
    return answer.json()


def _states_on_server(server: RunningServer, client_id: str) -> list[str]:
    """The state of each order the server holds with this client id."""
    found: list[str] = []
    cursor = "0"
    while True:
        data = _get(server, f"/orders?since={cursor}")
        found += [o["state"] for o in data["items"] if o["client_order_id"] == client_id]
        cursor = data["cursor"]
        if not data["more"]:
            return found


def _send_all(store: Path, server: RunningServer) -> None:
    db = open_database(store)
    try:
        outbox = OutboxRepository(db)
        api = ApiClient(server.url, StaticToken(server))
        outbox.reset_backoff("orderer")  # the in-flight order waits out its backoff
        report = OutboxSender(outbox, api, lambda: "orderer").send_due()
        # The in-flight order may have reached the server before the upgrade, so 0006 kept
        # its exact bytes (unit "PK"); this server never saw it and accepts it (202), then
        # its official rules refuse "PK": the follow-up brings the refusal and the order
        # waits, kept, for the orderer to fix and resend.
        assert (report.sent, report.refused, report.retried, report.faults) == (4, 0, 0, 0)
        assert outbox.count() == 0
        follow_up(db, server)
        entry = OrderRepository(db).entry(QUEUED_ORDER)
        assert entry is not None and entry.order.server_id is not None
        assert entry.order.state not in (OrderState.QUEUED, OrderState.SENDING)
        kept = OrderRepository(db).entry(IN_FLIGHT_ORDER)
        assert kept is not None and kept.order.state is OrderState.NEEDS_FIX
        submissions = SubmissionRepository(db)
        (calloff,) = submissions.calloffs("orderer")
        assert calloff.state is CallOffState.SENT
        local = submissions.request(REQUEST_ID)
        assert local is not None and local.request.status.value != "queued"
    finally:
        db.close()


def test_the_upgraded_entries_reach_the_real_server_exactly_once(
    tmp_path: Path, orders_server: RunningServer
) -> None:
    _send_all(_upgraded(tmp_path / "first"), orders_server)
    # The same store again, as if every answer had been lost: same keys, same bytes.
    _send_all(_upgraded(tmp_path / "again"), orders_server)
    (queued,) = _states_on_server(orders_server, QUEUED_ORDER)
    assert queued != "refused"
    # stored once (the second send replaced the refused one), refused, kept locally to fix
    assert _states_on_server(orders_server, IN_FLIGHT_ORDER) == ["refused"]
    asked = [r for r in _get(orders_server, "/requests")["items"] if r["id"] == REQUEST_ID]
    recorded = [c for c in _get(orders_server, f"/calloffs?unit={UNIT}")["items"]]
    assert len(asked) == 1
    assert len([c for c in recorded if c["id"] == CALLOFF_ID]) == 1
