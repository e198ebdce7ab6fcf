"""Group checks (``central_api/front_batch.py``): the token checks of one loop turn share
one statement, and those arriving while it runs share the next (``token_hash =
ANY(…)``), yet each is checked against the database after it arrived: a revoked, expired
or refresh token or a deactivated user in the same statement as valid ones gets its 401
while the others get their 304.
PostgreSQL only: SQLite keeps one threadpool hop per request."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text, update

from central_api.models import UserRow
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import bearer, expire_token, sign_in
from tests.central_api.statement_trace import Trace, traced
from tests.central_api.test_front_pool import _database, _locked_reference_version
from tests.central_api.test_sync_front import TOKEN_AND_VERSION
from tests.central_api.test_sync_round_trips import place_two_orders

pytestmark = pytest.mark.skipif(not on_postgres(), reason="the front's pool is PostgreSQL's")

Request = tuple[str, dict[str, str]]
LOCK_WAITS = (
    "SELECT count(*) FROM pg_stat_activity"
    " WHERE wait_event_type = 'Lock' AND datname = current_database()"
)
TOKEN_ROWS = "SELECT auth_tokens.kind, auth_tokens.revoked_at"  # both front token statements


def _together(client: TestClient, requests: list[Request]) -> list[httpx.Response]:
    """``requests`` started in the same turn of the app's event loop (its real ASGI app)."""

    async def send_all() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=client.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            return list(await asyncio.gather(*(http.get(p, headers=h) for p, h in requests)))

    portal = client.portal
    assert portal is not None
    return portal.call(send_all)


def _front_token_reads(trace: Trace) -> list[str]:
    return [t.text for t in trace if t.front and t.text.startswith(TOKEN_ROWS)]


def _conditional(client: TestClient, token: str, path: str = "/suppliers") -> Request:
    etag = client.get(path, headers=bearer(token)).headers["etag"]
    return path, {**bearer(token), "If-None-Match": etag}


def test_concurrent_304s_share_one_statement(client: TestClient) -> None:
    tokens = [sign_in(client, name)["access_token"] for name in ("orderer", "manager")]
    requests = [
        _conditional(client, token, path)
        for token in tokens
        for path in ("/units", "/agreements", "/suppliers")
    ] * 4
    with traced(client) as trace:
        answers = _together(client, requests)
    assert [a.status_code for a in answers] == [304] * len(requests)
    reads = _front_token_reads(trace)
    assert reads and reads[0].startswith(TOKEN_AND_VERSION)
    assert len(reads) == 1, reads  # 24 requests in one turn of the loop, one statement


def test_a_refused_token_in_a_shared_statement_gets_its_401(client: TestClient) -> None:
    orderer = sign_in(client, "orderer")
    valid = _conditional(client, orderer["access_token"])
    signed_out = sign_in(client, "superuser")
    revoked = _conditional(client, signed_out["access_token"])
    client.post(
        "/auth/logout", json={"refresh_token": signed_out["refresh_token"]}, headers=revoked[1]
    )
    expired_token = sign_in(client, "procurement")["access_token"]
    expired = _conditional(client, expired_token)
    expire_token(client.app, expired_token)  # type: ignore[arg-type]
    inactive = _conditional(client, sign_in(client, "manager")["access_token"])
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        session.execute(update(UserRow).where(UserRow.username == "manager").values(active=False))
        session.commit()
    refresh = ("/suppliers", {**valid[1], **bearer(orderer["refresh_token"])})
    requests = [valid, revoked, valid, expired, inactive, refresh, valid]
    with traced(client) as trace:
        answers = _together(client, requests)
    assert len(_front_token_reads(trace)) == 1
    assert [a.status_code for a in answers] == [304, 401, 304, 401, 401, 401, 304]
    refusals = [(a.json()["code"], a.json()["message"]) for a in answers if a.status_code == 401]
    assert [code for code, _message in refusals] == [
        "token_invalid",
        "token_expired",
        "token_invalid",
        "token_invalid",
    ]
    assert refusals[2][1] == "The account is not active"


def test_checks_arriving_during_a_statement_join_the_next_one(client: TestClient) -> None:
    path, headers = _conditional(client, sign_in(client, "orderer")["access_token"])
    answers: list[int] = []

    def ask() -> None:
        answers.append(client.get(path, headers=headers).status_code)

    first = threading.Thread(target=ask)
    later = [threading.Thread(target=ask) for _ in range(12)]
    with traced(client) as trace:
        with _locked_reference_version(client):
            first.start()
            first.join(timeout=0.5)  # its statement waits for the lock
            for thread in later:
                thread.start()
            time.sleep(0.5)  # they wait for the first statement to return
            assert not answers
        for thread in [first, *later]:
            thread.join(timeout=30.0)
    assert answers == [304] * 13
    assert len(_front_token_reads(trace)) == 2  # the first, then the twelve together


def test_a_failed_shared_statement_hands_each_request_to_fastapi(client: TestClient) -> None:
    path, headers = _conditional(client, sign_in(client, "orderer")["access_token"])
    client.app.state.front_pool.timeout_s = 0.5  # type: ignore[attr-defined]
    answered: list[int] = []

    def ask_together() -> None:
        answered.extend(a.status_code for a in _together(client, [(path, headers)] * 5))

    waiting = threading.Thread(target=ask_together)
    with traced(client) as trace:
        with _locked_reference_version(client):
            waiting.start()
            waiting.join(timeout=1.5)
            assert waiting.is_alive()  # the front gave up; the routes wait for the lock
        waiting.join(timeout=30.0)
    assert answered == [304] * 5
    route_reads = [t for t in trace if not t.front and t.text.startswith(TOKEN_AND_VERSION)]
    assert len(route_reads) == 5


def test_checks_waiting_behind_a_slow_statement_give_up_at_their_deadline(
    client: TestClient,
) -> None:
    path, headers = _conditional(client, sign_in(client, "orderer")["access_token"])
    pool = client.app.state.front_pool  # type: ignore[attr-defined]
    answers: list[int] = []

    def ask() -> None:
        answers.append(client.get(path, headers=headers).status_code)

    first = threading.Thread(target=ask)
    later = [threading.Thread(target=ask) for _ in range(6)]
    with traced(client) as trace:
        with _locked_reference_version(client):
            first.start()
            first.join(timeout=0.5)  # its statement waits for the lock (10 s allowed)
            pool.timeout_s = 0.3
            for thread in later:
                thread.start()
            time.sleep(1.0)  # past their deadline: handed on to FastAPI, which waits too
            with _database(client) as database:  # the routes' reads wait beside the first
                assert (database.execute(text(LOCK_WAITS)).scalar() or 0) >= 2
        for thread in [first, *later]:
            thread.join(timeout=30.0)
    assert answers == [304] * 7
    assert len(_front_token_reads(trace)) == 1  # the first's; never sent for the later six
    route_reads = [t for t in trace if not t.front and t.text.startswith(TOKEN_AND_VERSION)]
    assert len(route_reads) == 6


def test_concurrent_empty_order_pages_share_one_token_statement(client: TestClient) -> None:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    place_two_orders(client, auth)
    cursor = client.get("/orders", headers=auth).json()["cursor"]
    manager = bearer(sign_in(client, "manager")["access_token"])
    manager_cursor = client.get("/orders", headers=manager).json()["cursor"]
    requests = [(f"/orders?since={cursor}", auth), (f"/orders?since={manager_cursor}", manager)]
    with traced(client) as trace:
        answers = _together(client, requests * 5)
    assert [a.json()["items"] for a in answers] == [[]] * 10
    assert len(_front_token_reads(trace)) == 1
