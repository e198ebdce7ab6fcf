"""The minute sync is answered in front of the FastAPI stack (``central_api/front.py``):
the 304s with one statement, the empty ``GET /orders?since=`` page with two, no routing,
the same bytes as the routes' answers, and the token checked against the database on
every request."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from central_api.models import UserRow
from tests.central_api.helpers import bearer, expire_token, sign_in
from tests.central_api.statement_trace import traced
from tests.central_api.test_sync_round_trips import EMPTY_SYNC_STATEMENTS, place_two_orders

PATHS = ("/units", "/agreements", "/suppliers")
TOKEN_AND_VERSION = "SELECT auth_tokens.kind, auth_tokens.revoked_at"


@contextmanager
def fastapi_calls(client: TestClient) -> Iterator[list[str]]:
    """The FastAPI routing and dependency functions called on the app's event loop."""
    calls: list[str] = []

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        filename = frame.f_code.co_filename
        if event == "call" and (
            "fastapi/routing" in filename or "fastapi/dependencies" in filename
        ):
            calls.append(frame.f_code.co_name)

    portal = client.portal
    assert portal is not None
    portal.call(sys.setprofile, profile)  # the thread that runs the app
    try:
        yield calls
    finally:
        portal.call(sys.setprofile, None)


def _conditional(client: TestClient, path: str, token: str) -> dict[str, str]:
    etag = client.get(path, headers=bearer(token)).headers["etag"]
    return {**bearer(token), "If-None-Match": etag}


@pytest.mark.parametrize("path", PATHS)
def test_a_304_costs_one_statement_and_no_routing(client: TestClient, path: str) -> None:
    headers = _conditional(client, path, sign_in(client, "orderer")["access_token"])
    with traced(client) as trace, fastapi_calls(client) as calls:
        answer = client.get(path, headers=headers)
    assert answer.status_code == 304
    assert trace.statements == [trace.statements[0]]
    assert trace.statements[0].startswith(TOKEN_AND_VERSION)
    assert calls == []
    with fastapi_calls(client) as calls:  # the detector sees a request that FastAPI routes
        assert client.get(f"{path}?via=route", headers=headers).status_code == 304
    assert calls


@pytest.mark.parametrize("path", PATHS)
def test_the_304_is_the_routes_304_byte_for_byte(client: TestClient, path: str) -> None:
    headers = _conditional(client, path, sign_in(client, "orderer")["access_token"])
    front = client.get(path, headers=headers)
    route = client.get(f"{path}?via=route", headers=headers)  # a query string: FastAPI answers
    assert (front.status_code, front.content) == (route.status_code, route.content) == (304, b"")
    assert front.headers.multi_items() == route.headers.multi_items()


def test_a_stale_copy_reads_the_token_once(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    fresh = client.get("/suppliers", headers=auth)
    with traced(client) as trace:
        stale = client.get("/suppliers", headers={**auth, "If-None-Match": '"old"'})
    assert stale.status_code == 200
    assert stale.content == fresh.content
    assert stale.headers["etag"] == fresh.headers["etag"]
    token_reads = [s for s in trace.statements if s.startswith(TOKEN_AND_VERSION)]
    assert len(token_reads) == 1, trace.statements


@pytest.mark.parametrize("path", PATHS)
def test_a_revoked_token_is_refused_at_once(client: TestClient, path: str) -> None:
    tokens = sign_in(client, "orderer")
    headers = _conditional(client, path, tokens["access_token"])
    assert client.get(path, headers=headers).status_code == 304
    signed_out = client.post(
        "/auth/logout", json={"refresh_token": tokens["refresh_token"]}, headers=headers
    )
    assert signed_out.status_code == 204
    refused = client.get(path, headers=headers)
    assert refused.status_code == 401
    assert refused.json()["code"] == "token_invalid"
    assert refused.headers["www-authenticate"] == 'Bearer error="invalid_token"'


def test_an_expired_token_is_refused(client: TestClient) -> None:
    token = sign_in(client, "orderer")["access_token"]
    headers = _conditional(client, "/agreements", token)
    expire_token(client.app, token)  # type: ignore[arg-type]
    refused = client.get("/agreements", headers=headers)
    assert refused.status_code == 401
    assert refused.json()["code"] == "token_expired"


def test_a_refresh_token_or_none_gets_no_304(client: TestClient) -> None:
    tokens = sign_in(client, "orderer")
    headers = _conditional(client, "/suppliers", tokens["access_token"])
    etag = headers["If-None-Match"]
    for auth in (bearer(tokens["refresh_token"]), {}, {"Authorization": f"Basic {etag}"}):
        refused = client.get("/suppliers", headers={**auth, "If-None-Match": etag})
        assert refused.status_code == 401, auth
        assert refused.json()["code"] == "token_invalid"


@pytest.mark.parametrize("path", PATHS)
def test_another_municipality_never_gets_the_304(client: TestClient, path: str) -> None:
    ours = _conditional(client, path, sign_in(client, "orderer")["access_token"])
    other = sign_in(client, "andby-procurement")["access_token"]
    theirs = client.get(path, headers={**bearer(other), "If-None-Match": ours["If-None-Match"]})
    assert theirs.status_code == 200
    assert theirs.content == client.get(path, headers=bearer(other)).content
    assert "u-forskola-solrosen" not in theirs.text


SOLROSEN = "/orders?unit=u-forskola-solrosen"


def test_an_empty_order_page_costs_two_statements_and_no_routing(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    place_two_orders(client, auth)
    cursor = client.get(SOLROSEN, headers=auth).json()["cursor"]
    for path in (f"{SOLROSEN}&since={cursor}", f"/orders?since={cursor}"):
        with traced(client) as trace, fastapi_calls(client) as calls:
            page = client.get(path, headers=auth)
        assert page.json() == {"items": [], "cursor": cursor, "more": False}
        assert len(trace.statements) == EMPTY_SYNC_STATEMENTS, trace.statements
        assert calls == [], path


@pytest.mark.parametrize(
    "query",
    ["since=0", "since=1", "", "unit=u-forskola-solrosen", "since=0&unit=u-skola-norr"],
)
@pytest.mark.parametrize("username", ["orderer", "manager", "procurement", "superuser"])
def test_an_order_page_is_the_routes_page_byte_for_byte(
    client: TestClient, query: str, username: str
) -> None:
    place_two_orders(client, bearer(sign_in(client, "orderer")["access_token"]))
    auth = bearer(sign_in(client, username)["access_token"])
    cursor = client.get("/orders?via=route", headers=auth).json().get("cursor", "0")
    for asked in (query, f"since={cursor}", f"unit=u-forskola-solrosen&since={cursor}"):
        front = client.get(f"/orders?{asked}", headers=auth)
        route = client.get(f"/orders?{asked}&via=route", headers=auth)  # unknown: FastAPI
        assert front.status_code == route.status_code, (username, asked)
        assert front.content == route.content, (username, asked)
        assert front.headers.multi_items() == route.headers.multi_items()


def test_a_revoked_token_gets_no_order_page(client: TestClient) -> None:
    tokens = sign_in(client, "orderer")
    auth = bearer(tokens["access_token"])
    assert client.get(f"{SOLROSEN}&since=0", headers=auth).status_code == 200
    client.post("/auth/logout", json={"refresh_token": tokens["refresh_token"]}, headers=auth)
    refused = client.get(f"{SOLROSEN}&since=0", headers=auth)
    assert refused.status_code == 401
    assert refused.json()["code"] == "token_invalid"


def test_a_deactivated_user_is_refused_everywhere_at_once(client: TestClient) -> None:
    token = sign_in(client, "orderer")["access_token"]
    conditional = _conditional(client, "/suppliers", token)
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        session.execute(update(UserRow).where(UserRow.username == "orderer").values(active=False))
        session.commit()
    for path, headers in (
        ("/suppliers", conditional),
        (f"{SOLROSEN}&since=0", bearer(token)),
        ("/me", bearer(token)),
    ):
        refused = client.get(path, headers=headers)
        assert refused.status_code == 401, path
        assert refused.json()["message"] == "The account is not active"
