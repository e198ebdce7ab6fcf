"""Helpers for the central API tests: a seeded app, sign-in, a second municipality."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from central_api.app import create_app
from central_api.config import DATABASE_FILE, ServerConfig
from central_api.models import (
    DeviceRow,
    MunicipalityRow,
    SupplierRow,
    TokenRow,
    UnitRow,
    UserRow,
    UserUnitRow,
    utcnow,
)
from central_api.security import hash_password, token_hash
from desktop.domain.reference import Supplier
from tests.central_api.databases import (
    create_database,
    fresh_database_url,
    on_postgres,
    release_database,
)

TEST_TODAY = date(2025, 3, 15)
OWN_UNIT = "u-forskola-solrosen"  # every demo user reaches it
FOREIGN_UNIT = "u-skola-norr"  # only procurement reaches it
OTHER_MUNICIPALITY_UNIT = "u-andby-skola"
# Strings that must never reach a user who may not see them.
FOREIGN_UNIT_SECRET = "device-norr-secret"
OTHER_MUNICIPALITY_SECRETS = ("u-andby-skola", "device-andby-secret", "Andby", "s-andby-1")


def build_seeded_database(directory: Path) -> Path | str:
    """A demo-seeded database (plus the test-only users and municipality): a SQLite file,
    or on PostgreSQL (``AVROP_TEST_DATABASE_URL``) the URL of a template database."""
    url = create_database() if on_postgres() else None
    config = ServerConfig(data_dir=directory, database_url=url, demo=True, demo_today=TEST_TODAY)
    app = create_app(config)
    with app.state.sessions() as session:
        add_foreign_data(session)
        session.commit()
    app.state.engine.dispose()
    return url if url is not None else directory / DATABASE_FILE


def app_from_template(template: Path | str, data_dir: Path, **options: Any) -> FastAPI:
    """An app on a fresh copy of ``template``; drop it with ``release_app`` when done."""
    url = fresh_database_url(template, data_dir)
    config = ServerConfig(data_dir=data_dir, database_url=url, demo=True, demo_today=TEST_TODAY)
    return create_app(replace(config, **options))


def release_app(app: FastAPI) -> None:
    """Close the app's connections and drop its database copy (PostgreSQL)."""
    app.state.engine.dispose()
    release_database(app.state.config.database_url)


def add_foreign_data(session: Any) -> None:
    """A user and device at Norrskolan, and a whole second municipality with its own."""
    now = utcnow()
    pw = hash_password("demo", fast=True)

    def user(username: str, municipality: str, role: str, units: tuple[str, ...]) -> UserRow:
        row = UserRow(
            municipality_id=municipality,
            username=username,
            display_name=username,
            role=role,
            password_hash=pw,
            certified=True,
            language="sv",
            active=True,
            created_at=now,
        )
        row.units = [UserUnitRow(unit_id=u) for u in units]
        session.add(row)
        session.flush()
        return row

    norr = user("norr-orderer", "m-ekby", "orderer", (FOREIGN_UNIT,))
    session.add(
        DeviceRow(
            user_id=norr.id,
            device_id=FOREIGN_UNIT_SECRET,
            app_version="1.0",
            last_sync_at=None,
            outbox_length=1,
            first_seen_at=now,
            last_heartbeat_at=now,
        )
    )
    session.add(
        MunicipalityRow(
            id="m-andby",
            name="Andby kommun",
            country="SE",
            org_number="212000-0002",
            org_scheme="0007",
            language="sv",
        )
    )
    session.flush()
    session.add(
        UnitRow(
            id=OTHER_MUNICIPALITY_UNIT,
            municipality_id="m-andby",
            name="Andby skola",
            kind="school",
            street="Byvägen 1",
            postcode="123 45",
            city="Andby",
            country="SE",
            gln=None,
            cost_centre="9",
            parent_name="",
            approval_limit=Decimal("1000.00"),
            hub_id=None,
        )
    )
    session.add(
        SupplierRow(
            id="s-andby-1",
            municipality_id="m-andby",
            name="Andby Handel AB",
            endpoint_id="5560000000",
            endpoint_scheme="0007",
            country="SE",
            in_ecommerce=True,
            min_order_amount=Decimal("0.00"),
            phone=None,
            email=None,
            web=None,
        )
    )
    session.flush()
    andby = user("andby-manager", "m-andby", "manager", (OTHER_MUNICIPALITY_UNIT,))
    user("andby-procurement", "m-andby", "procurement", ())
    session.add(
        DeviceRow(
            user_id=andby.id,
            device_id="device-andby-secret",
            app_version="1.0",
            last_sync_at=None,
            outbox_length=0,
            first_seen_at=now,
            last_heartbeat_at=now,
        )
    )


def sign_in(client: TestClient, username: str, password: str = "demo") -> dict[str, Any]:
    response = client.post("/auth/token", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def expire_token(app: FastAPI, token: str) -> None:
    """Make a token look issued long ago (expired), without waiting."""
    with app.state.sessions() as session:
        session.execute(
            update(TokenRow)
            .where(TokenRow.token_hash == token_hash(token))
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
        session.commit()


def coffee_supplier(client: TestClient, auth: dict[str, str]) -> Supplier:
    """The demo's coffee supplier as ``GET /suppliers`` gives it to ``auth``."""
    items = client.get("/suppliers", headers=auth).json()["items"]
    return Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))


SETTLE_TIMEOUT_S = 30.0


def settled(client: Any, headers: dict[str, str], order_id: str) -> dict[str, Any]:
    """Order ``order_id`` once the background validator has decided it (``GET
    /orders/{id}`` until it is no longer ``validating``: the accept woke the validator,
    so this takes milliseconds). ``client``: a TestClient or an ``httpx.Client``."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while True:
        answer = client.get(f"/orders/{order_id}", headers=headers)
        assert answer.status_code == 200, answer.text
        order: dict[str, Any] = answer.json()
        if order["state"] != "validating":
            return order
        assert time.monotonic() < deadline, f"order {order_id} still validating"
        time.sleep(0.002)


def placed(client: Any, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    """``POST /orders`` (202 expected) and the order as the validator left it."""
    accepted = client.post("/orders", json=body, headers=headers)
    assert accepted.status_code == 202, accepted.text
    return settled(client, headers, str(accepted.json()["id"]))


def refusal_of(client: Any, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    """The findings of an order the validator refuses (the 422 body of before)."""
    order = placed(client, body, headers)
    assert order["state"] == "refused", order
    refusal: dict[str, Any] = order["refusal"]
    return refusal
