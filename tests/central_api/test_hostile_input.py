"""Hostile input gets a clear 4xx, never a 500, and nothing either database would refuse
is stored (the same limits on SQLite as on PostgreSQL)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.central_api.authz_matrix import MATRIX, Call, Row, _calloff, _heartbeat
from tests.central_api.authz_matrix import _office_request as office_request
from tests.central_api.helpers import bearer, refusal_of, sign_in
from tests.fixtures.orders_api import key, order_body

UNIT = "u-forskola-solrosen"
BAD_TEXT = {"nul": "a\x00b", "surrogate": "a\ud800b"}


def _post_json(client: TestClient, method: str, path: str, body: Any, headers: Any) -> Any:
    """Send ``body`` as JSON with ``\\u`` escapes (lone surrogates survive the wire)."""
    raw = json.dumps(body)  # ensure_ascii: "\ud800" goes as an escape
    headers = {**headers, "Content-Type": "application/json"}
    return client.request(method, path, content=raw, headers=headers)


@pytest.fixture(scope="module")
def auth(shared_client: TestClient) -> dict[str, dict[str, str]]:
    users = ("orderer", "manager", "procurement")
    return {u: bearer(sign_in(shared_client, u)["access_token"]) for u in users}


@pytest.mark.parametrize(
    "order_id", ["²", "1" * 25, "9223372036854775808", "2147483648", "-1", "0", "١٢"]
)
def test_order_ids_that_cannot_be_rows_are_not_found(
    shared_client: TestClient, auth: dict[str, dict[str, str]], order_id: str
) -> None:
    for suffix in ("", "/document"):
        response = shared_client.get(f"/orders/{order_id}{suffix}", headers=auth["orderer"])
        assert response.status_code == 404, response.text
        assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_timestamps_near_year_1_or_9999_are_refused(
    shared_client: TestClient, auth: dict[str, dict[str, str]], moment: str
) -> None:
    call = Call(shared_client, "orderer", "own", None, "", "orderer")
    heartbeat = {**_heartbeat(call), "last_sync_at": moment}
    answer = shared_client.post("/devices/heartbeat", json=heartbeat, headers=auth["orderer"])
    assert (answer.status_code, answer.json()["field"]) == (422, "last_sync_at")
    request = {**office_request(call), "created_at": moment}
    headers = {**auth["orderer"], **key()}
    answer = shared_client.post("/requests", json=request, headers=headers)
    assert (answer.status_code, answer.json()["field"]) == (422, "created_at")


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_days_near_year_1_or_9999_are_refused(
    shared_client: TestClient, auth: dict[str, dict[str, str]], day: str
) -> None:
    call = Call(shared_client, "orderer", "own", None, "", "orderer")
    calloff = {**_calloff(call), "ordered_on": day}
    answer = shared_client.post("/calloffs", json=calloff, headers={**auth["orderer"], **key()})
    assert (answer.status_code, answer.json()["field"]) == (422, "ordered_on")
    for query in (f"to={day}", f"from={day}"):
        spend = shared_client.get(f"/units/{UNIT}/spend?{query}", headers=auth["manager"])
        assert spend.status_code == 422, spend.text
    spend = shared_client.get(f"/units/{UNIT}/spend?to=0001-01-31", headers=auth["manager"])
    assert spend.json()["field"] == "to"


def _string_leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, str):
        yield path
    elif isinstance(data, dict):
        for name, value in data.items():
            yield from _string_leaves(value, (*path, name))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _string_leaves(value, (*path, index))


def _with(data: Any, path: tuple[Any, ...], text: str) -> Any:
    copy = json.loads(json.dumps(data))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = text
    return copy


JSON_ROWS = [row for row in MATRIX if row.body is not None]


def _caller(row: Row) -> str:
    if row.roles is None or "orderer" in row.roles:
        return "orderer"
    return "procurement" if "procurement" in row.roles else "manager"


@pytest.mark.parametrize("kind", sorted(BAD_TEXT))
@pytest.mark.parametrize("row", JSON_ROWS, ids=[f"{r.method} {r.path}" for r in JSON_ROWS])
def test_nul_and_lone_surrogates_in_any_text_are_refused(
    shared_client: TestClient, row: Row, kind: str
) -> None:
    """Every string of every JSON body, in turn (at most 12 per body), holds NUL or a
    lone surrogate: 4xx with the error body, never 2xx (stored) or 5xx."""
    caller = _caller(row)
    tokens = sign_in(shared_client, caller)
    call = Call(
        shared_client, caller, "own", tokens["access_token"], tokens["refresh_token"], caller
    )
    assert row.body is not None
    body = row.body(call)
    leaves = list(_string_leaves(body))
    assert leaves, f"{row.path}: no text to test"
    for leaf in leaves[:12]:
        headers = bearer(tokens["access_token"])
        if row.headers is not None:
            headers.update(row.headers(call))
        path = row.path.format(**row.params(call)) if "{" in row.path else row.path
        answer = _post_json(
            shared_client, row.method, path, _with(body, leaf, BAD_TEXT[kind]), headers
        )
        assert 400 <= answer.status_code < 500, (leaf, answer.status_code, answer.text)
        assert set(answer.json()) == {"code", "message", "field"}


@pytest.mark.parametrize(
    "url",
    [
        "/orders?unit=a%00b",
        "/requests?unit=%00",
        "/calloffs?unit=x%00",
        "/units/u%00x",
        "/units/u%00x/devices",
        "/orders/1%00",
        "/suppliers/s%00/catalogue",
    ],
)
def test_nul_in_a_url_is_refused(
    shared_client: TestClient, auth: dict[str, dict[str, str]], url: str
) -> None:
    answer = shared_client.get(url, headers=auth["procurement"])
    assert answer.status_code == 400 and answer.json()["code"] == "bad_request"


def _coffee(client: TestClient, auth: dict[str, dict[str, str]]) -> Any:
    from desktop.domain.reference import Supplier

    items = client.get("/suppliers", headers=auth["orderer"]).json()["items"]
    return Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))


def test_a_quantity_of_10_to_the_36_is_refused(
    shared_client: TestClient, auth: dict[str, dict[str, str]]
) -> None:
    _order, body = order_body(_coffee(shared_client, auth))
    huge = "1" + "0" * 36
    amount = "549" + "0" * 35 + ".00"
    document = body["document"].replace(">10</cbc:Quantity>", f">{huge}</cbc:Quantity>")
    document = document.replace(">549.00<", f">{amount}<")
    assert huge in document and amount in document
    body = {**body, "document": document, "total": amount}
    answer = shared_client.post("/orders", json=body, headers={**auth["orderer"], **key()})
    assert answer.status_code == 422, answer.text  # the total does not fit its column
    assert (answer.json()["code"], answer.json()["field"]) == ("validation_error", "total")
    body = {**body, "total": "549.00"}  # a total that fits: the validator refuses the line
    refusal = refusal_of(shared_client, body, {**auth["orderer"], **key()})
    assert refusal["code"] == "document_invalid"


def test_an_order_id_longer_than_the_column_is_refused(
    shared_client: TestClient, auth: dict[str, dict[str, str]]
) -> None:
    _order, body = order_body(_coffee(shared_client, auth), order_id="X" * 65)
    answer = shared_client.post("/orders", json=body, headers={**auth["orderer"], **key()})
    assert answer.status_code == 422, answer.text
    assert answer.json()["field"] == "client_order_id"
    assert re.search(r"at most 64", answer.json()["message"])


def test_the_storage_guard_knows_every_columns_limit() -> None:
    """Every text column refuses one character more than it holds (as PostgreSQL does,
    while SQLite would store it), and NUL; integers stop at PostgreSQL's int4."""
    from sqlalchemy import Integer, String
    from sqlalchemy.dialects import sqlite

    from central_api.models import Base
    from central_api.storage_guard import value_problem

    dialect = sqlite.dialect()
    checked = 0
    for table in Base.metadata.tables.values():
        for column in table.columns:
            if type(column.type) is String and column.type.length:
                length = column.type.length
                assert value_problem(column, "x" * length, dialect) is None
                assert value_problem(column, "x" * (length + 1), dialect)
                assert value_problem(column, "a\x00", dialect)
                checked += 1
            elif type(column.type) is Integer:
                assert value_problem(column, 2**31 - 1, dialect) is None
                assert value_problem(column, 2**31, dialect)
    assert checked > 50
