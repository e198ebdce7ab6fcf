"""Every route × every caller × own / foreign / other-municipality unit → the status.

The table is ``authz_matrix.MATRIX``; a foreign unit's data never appears in a body.
"""

from __future__ import annotations

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from starlette.routing import BaseRoute

from tests.central_api.authz_matrix import CALLERS, MATRIX, Call, Row, UnitRule, expected
from tests.central_api.helpers import (
    FOREIGN_UNIT_SECRET,
    OTHER_MUNICIPALITY_SECRETS,
    bearer,
    expire_token,
    sign_in,
)


def _cells() -> list[tuple[Row, str, str]]:
    cells = []
    for row in MATRIX:
        scopes = ("-",) if row.unit is UnitRule.NONE else ("own", "foreign", "other")
        cells += [(row, caller, scope) for caller in CALLERS for scope in scopes]
    return cells


def _call(client: TestClient, row: Row, caller: str, scope: str) -> Call:
    username = caller if caller not in ("anonymous", "expired") else "orderer"
    tokens = sign_in(client, username)
    access: str | None = tokens["access_token"]
    if caller == "expired":
        expire_token(client.app, tokens["access_token"])  # type: ignore[arg-type]
    elif caller == "anonymous":
        access = None
    return Call(client, caller, scope, access, tokens["refresh_token"], username)


@pytest.mark.parametrize(
    ("row", "caller", "scope"),
    _cells(),
    ids=[f"{r.method} {r.path} {c} {s}" for r, c, s in _cells()],
)
def test_matrix(shared_client: TestClient, row: Row, caller: str, scope: str) -> None:
    call = _call(shared_client, row, caller, scope)
    headers = bearer(call.access_token) if call.access_token else {}
    if row.headers is not None:
        headers.update(row.headers(call))
    path = row.path.format(**row.params(call)) if "{" in row.path else row.path
    body = row.body(call) if row.body is not None else None
    content = row.content(call) if row.content is not None else None
    response = shared_client.request(row.method, path, json=body, content=content, headers=headers)

    want = expected(row, caller, scope)
    assert response.status_code == want, response.text
    if want >= 400:
        error = response.json()
        assert set(error) == {"code", "message", "field"}
        code = {
            401: "token_expired" if caller == "expired" else "token_invalid",
            403: "forbidden",
            404: "not_found",
        }[want]
        assert error["code"] == code
    for secret in OTHER_MUNICIPALITY_SECRETS:
        assert secret not in response.text
    if caller != "procurement":
        assert FOREIGN_UNIT_SECRET not in response.text


def test_procurement_does_see_the_foreign_units_devices(shared_client: TestClient) -> None:
    """The secret check above can fail: procurement really gets that data."""
    token = sign_in(shared_client, "procurement")["access_token"]
    response = shared_client.get("/units/u-skola-norr/devices", headers=bearer(token))
    assert FOREIGN_UNIT_SECRET in response.text


def declared_routes(routes: list[BaseRoute]) -> set[tuple[str, str]]:
    """(method, path) of every route, through included routers; HEAD beside GET dropped."""
    found = set()
    for route in iter_route_contexts(routes):
        methods = set(route.methods or ())
        if "GET" in methods:
            methods.discard("HEAD")
        found |= {(method, route.path or "") for method in methods}
    return found


def test_every_route_of_the_app_is_in_the_matrix(shared_client: TestClient) -> None:
    declared = declared_routes(shared_client.app.routes)  # type: ignore[attr-defined]
    in_matrix = {row.key for row in MATRIX}
    assert declared - in_matrix == set(), "add these routes to authz_matrix.MATRIX"
    assert in_matrix - declared == set(), "the matrix names routes the app does not have"
    assert len(in_matrix) == len(MATRIX), "a route is in the matrix twice"
