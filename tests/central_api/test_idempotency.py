"""One ``Idempotency-Key`` rule set for everything created with a key (DESIGN.md):
no key 400; same key and body, the first answer again; same key, other body 422; a
repeat while the first is handled 409; the key stays with what it created. And the
keys of requests and call-offs stored before s0006 still hold after it."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import select

from central_api.config import DATABASE_FILE
from central_api.db import alembic_config, create_db_engine, upgrade_to_head
from central_api.models import IdempotencyKeyRow, UserRow, utcnow
from desktop.domain.reference import Supplier
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import app_from_template, bearer, sign_in
from tests.fixtures.orders_api import order_body

UNIT = "u-forskola-solrosen"
Body = Callable[[TestClient, dict[str, str]], dict[str, Any]]


def _order(client: TestClient, auth: dict[str, str]) -> dict[str, Any]:
    items = client.get("/suppliers", headers=auth).json()["items"]
    coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))
    return order_body(coffee)[1]


def _request(_client: TestClient, _auth: dict[str, str]) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "unit_id": UNIT,
        "need": "Sittdynor till samlingen",
        "created_at": datetime.now(UTC).isoformat(),
        "urgency": "within_week",
        "quantity": "20",
    }


def _calloff(_client: TestClient, _auth: dict[str, str]) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "unit_id": UNIT,
        "agreement_id": "a-taxi",
        "supplier_id": "s-taxi-1",
        "amount": "420.00",
        "description": "Taxi till badhuset",
        "ordered_on": (datetime.now(UTC) - timedelta(days=1)).date().isoformat(),
    }


ENDPOINTS: dict[str, tuple[str, Body, str]] = {
    "orders": ("/orders", _order, "order"),
    "requests": ("/requests", _request, "request"),
    "calloffs": ("/calloffs", _calloff, "calloff"),
}
CREATED = {"orders": 202, "requests": 201, "calloffs": 201}  # an order is checked after


def _other(body: dict[str, Any]) -> dict[str, Any]:
    if "document" in body:
        return {**body, "total": "1.00"}
    return {**body, "id": str(uuid.uuid4())}


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_one_rule_set_for_every_endpoint(client: TestClient, name: str) -> None:
    path, make_body, resource = ENDPOINTS[name]
    auth = bearer(sign_in(client, "orderer")["access_token"])
    body = make_body(client, auth)

    missing = client.post(path, json=body, headers=auth)
    assert (missing.status_code, missing.json()["code"]) == (400, "idempotency_key_missing")
    too_long = client.post(path, json=body, headers={**auth, "Idempotency-Key": "k" * 256})
    assert (too_long.status_code, too_long.json()["field"]) == (400, "Idempotency-Key")

    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = client.post(path, json=body, headers={**auth, **key})
    created = CREATED[name]
    assert first.status_code == created, first.text
    again = client.post(path, json=body, headers={**auth, **key})
    assert (again.status_code, again.json()) == (created, first.json())
    assert again.headers["Idempotent-Replayed"] == "true"
    reused = client.post(path, json=_other(body), headers={**auth, **key})
    assert (reused.status_code, reused.json()["code"]) == (422, "idempotency_key_reused")

    sessions = client.app.state.sessions  # type: ignore[attr-defined]
    with sessions() as session:
        user = session.scalar(select(UserRow).where(UserRow.username == "orderer"))
        assert user is not None
        row = session.scalar(
            select(IdempotencyKeyRow).where(
                IdempotencyKeyRow.user_id == user.id,
                IdempotencyKeyRow.key == key["Idempotency-Key"],
            )
        )
        assert row is not None and row.resource == resource
        assert row.resource_id == str(first.json()["id"])  # the key stays with the object
        busy = "busy-" + str(uuid.uuid4())
        now = utcnow()
        session.add(
            IdempotencyKeyRow(
                user_id=user.id,
                key=busy,
                request_hash=row.request_hash,  # the same body, still being handled
                state="in_progress",
                locked_at=now,
                created_at=now,
            )
        )
        session.commit()
    running = client.post(path, json=body, headers={**auth, "Idempotency-Key": busy})
    assert (running.status_code, running.json()["code"]) == (409, "idempotency_in_progress")


def _migrate(database: Path, revision: str) -> None:
    engine = create_db_engine(f"sqlite:///{database}")
    try:
        if revision == "head":
            upgrade_to_head(engine)
            return
        with engine.begin() as connection:
            config = alembic_config(f"sqlite:///{database}")
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


@pytest.mark.skipif(
    on_postgres(),
    reason="a SQLite store file's round trip; PostgreSQL migrations: test_migrations",
)
def test_keys_of_requests_and_calloffs_survive_s0006(seeded_database: Path, tmp_path: Path) -> None:
    made: dict[str, tuple[dict[str, Any], str, dict[str, Any]]] = {}
    with TestClient(app_from_template(seeded_database, tmp_path / "before")) as client:
        auth = bearer(sign_in(client, "orderer")["access_token"])
        for name in ("requests", "calloffs"):
            path, make_body, _ = ENDPOINTS[name]
            body, key = make_body(client, auth), str(uuid.uuid4())
            answer = client.post(path, json=body, headers={**auth, "Idempotency-Key": key})
            assert answer.status_code == 201, answer.text
            made[name] = (body, key, answer.json())
        client.app.state.engine.dispose()  # type: ignore[attr-defined]
    stored = tmp_path / "stored.sqlite3"
    shutil.copyfile(tmp_path / "before" / DATABASE_FILE, stored)
    _migrate(stored, "s0004")  # the keys go back onto their rows, as before s0006
    _migrate(stored, "head")  # and move into idempotency_keys again

    with TestClient(app_from_template(stored, tmp_path / "after")) as client:
        auth = bearer(sign_in(client, "orderer")["access_token"])
        for name, (body, key, first) in made.items():
            path = ENDPOINTS[name][0]
            again = client.post(path, json=body, headers={**auth, "Idempotency-Key": key})
            assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
            assert again.json()["id"] == first["id"]
            other = client.post(path, json=_other(body), headers={**auth, "Idempotency-Key": key})
            assert (other.status_code, other.json()["code"]) == (422, "idempotency_key_reused")
            listed = client.get(f"{path}?unit={UNIT}", headers=auth).json()["items"]
            assert [i["id"] for i in listed].count(first["id"]) == 1
