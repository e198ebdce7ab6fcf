"""Every route × every caller × own / foreign / other-municipality unit → the status.

The table is ``authz_matrix.MATRIX``; a foreign unit's data never appears in a body.
"""

from __future__ import annotations

import re

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from starlette.routing import BaseRoute

from tests.central_api.authz_matrix import CALLERS, MATRIX, Call, Row, UnitRule, expected
from tests.central_api.authz_objects import (
    OBJECT_ROUTES,
    Planted,
    object_cells,
    object_url,
    plant,
)
from tests.central_api.helpers import (
    FOREIGN_UNIT_SECRET,
    OTHER_MUNICIPALITY_SECRETS,
    bearer,
    expire_token,
    placed,
    sign_in,
)
from tests.fixtures.orders_api import key


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


# -- Object-level cells: another unit's, municipality's and person's objects -----------


@pytest.fixture(scope="module")
def planted(shared_client: TestClient) -> Planted:
    rows = {row.key: row for row in MATRIX}
    return plant(shared_client, rows[("POST", "/orders")])


@pytest.mark.parametrize(
    ("row", "caller", "scope"),
    object_cells(),
    ids=[f"{r.method} {r.path} {c} {s}" for r, c, s in object_cells()],
)
def test_object_cells(
    shared_client: TestClient, planted: Planted, row: Row, caller: str, scope: str
) -> None:
    """Another unit's (or municipality's, or person's) object: 403 or 404, no data."""
    call = _call(shared_client, row, caller, scope)
    headers = bearer(call.access_token or "")
    if row.headers is not None:
        headers.update(row.headers(call))
    body = row.body(call) if row.body is not None else None
    content = row.content(call) if row.content is not None else None
    url = object_url(row, scope, planted)
    response = shared_client.request(row.method, url, json=body, content=content, headers=headers)
    assert response.status_code in (403, 404), response.text
    assert set(response.json()) == {"code", "message", "field"}
    for secret in (*OTHER_MUNICIPALITY_SECRETS, FOREIGN_UNIT_SECRET, "managers-own-order"):
        assert secret not in response.text


@pytest.mark.parametrize("caller", ["orderer", "manager", "superuser"])
def test_order_lists_leave_out_what_the_caller_does_not_reach(
    shared_client: TestClient, planted: Planted, caller: str
) -> None:
    token = sign_in(shared_client, caller)["access_token"]
    listed = shared_client.get("/orders", headers=bearer(token))
    assert listed.status_code == 200
    ids = {order["id"] for order in listed.json()["items"]}
    assert planted.orders["foreign"] not in ids and planted.orders["other"] not in ids
    assert (planted.orders["person"] in ids) is (caller != "orderer")


def test_segregation_of_duties_cell(shared_client: TestClient) -> None:
    """A manager approving their own order over the limit: 403 (another approves)."""
    from tests.central_api.authz_matrix import _order_request

    token = sign_in(shared_client, "manager")["access_token"]
    call = _call(shared_client, MATRIX[0], "manager", "-")
    _client_id, body = _order_request(call, quantity="100")
    order = placed(shared_client, body, {**bearer(token), **key()})
    assert order["state"] == "awaiting_approval"
    own = shared_client.post(
        f"/orders/{order['id']}/approval", json={"approve": True}, headers=bearer(token)
    )
    assert own.status_code == 403 and own.json()["code"] == "forbidden"


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _object_taking_routes(routes: list[BaseRoute]) -> set[tuple[str, str]]:
    """Routes with an object id in the path (besides ``{unit_id}``) or a ``unit`` query."""
    found = set()
    for context in iter_route_contexts(routes):
        route = context.route
        path = context.path or ""
        ids = set(re.findall(r"{(\w+)}", path)) - {"unit_id"}
        queries: set[str] = set()
        if isinstance(route, APIRoute):
            queries = _query_names(route.dependant)
        if ids or "unit" in queries:
            methods = set(context.methods or ()) - {"HEAD"}
            found |= {(method, path) for method in methods}
    return found


def test_every_object_taking_route_has_object_cells(shared_client: TestClient) -> None:
    routes = _object_taking_routes(shared_client.app.routes)  # type: ignore[attr-defined]
    assert ("GET", "/orders/{order_id}") in routes and ("GET", "/orders") in routes
    missing = routes - set(OBJECT_ROUTES)
    assert missing == set(), "add object-level cells (authz_objects.OBJECT_ROUTES)"
