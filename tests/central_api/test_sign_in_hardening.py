"""Sign-in under attack: throttle per user and address (in the database), equal cost
for unknown and known users, bounded hashing, periodic cleanup of expired tokens."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from argon2 import PasswordHasher, extract_parameters
from argon2.profiles import RFC_9106_LOW_MEMORY
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from central_api import security
from central_api.app import create_app
from central_api.models import SignInFailureRow, TokenRow, UserRow, utcnow
from tests.central_api.conftest import MakeClient
from tests.central_api.helpers import sign_in


def _try(client: TestClient, username: str, password: str = "wrong") -> int:
    response = client.post("/auth/token", json={"username": username, "password": password})
    return response.status_code


def test_a_user_is_throttled_after_too_many_failures(make_client: MakeClient) -> None:
    client = make_client(sign_in_failures_per_user=3, sign_in_window_s=600)
    assert [_try(client, "orderer") for _ in range(3)] == [401, 401, 401]
    throttled = client.post("/auth/token", json={"username": "orderer", "password": "demo"})
    assert throttled.status_code == 429, throttled.text
    assert throttled.json()["code"] == "too_many_attempts"
    assert 590 <= int(throttled.headers["Retry-After"]) <= 600
    assert _try(client, "manager", "demo") == 200  # other users are not locked out


def test_an_unknown_username_is_throttled_like_a_known_one(make_client: MakeClient) -> None:
    client = make_client(sign_in_failures_per_user=2)
    assert [_try(client, "nobody") for _ in range(3)] == [401, 401, 429]


def test_a_right_password_clears_the_users_failures(make_client: MakeClient) -> None:
    client = make_client(sign_in_failures_per_user=3)
    assert [_try(client, "orderer") for _ in range(2)] == [401, 401]
    assert _try(client, "orderer", "demo") == 200
    assert [_try(client, "orderer") for _ in range(3)] == [401, 401, 401]


def test_an_address_is_throttled_across_usernames(make_client: MakeClient) -> None:
    client = make_client(sign_in_failures_per_user=100, sign_in_failures_per_address=4)
    statuses = [_try(client, f"guess{n}") for n in range(5)]
    assert statuses == [401, 401, 401, 401, 429]
    assert _try(client, "orderer", "demo") == 429  # the whole address waits
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        row = session.get(SignInFailureRow, "addr:testclient")
        assert row is not None and row.failures == 4


def test_the_counters_are_shared_by_every_worker_through_the_database(
    make_client: MakeClient,
) -> None:
    first = make_client(sign_in_failures_per_user=2)
    second_app = create_app(first.app.state.config)  # type: ignore[attr-defined]
    with TestClient(second_app) as second:
        assert _try(first, "orderer") == 401
        assert _try(second, "orderer") == 401
        assert _try(first, "orderer", "demo") == 429
        assert _try(second, "orderer", "demo") == 429


def test_hash_parameters_are_argon2ids_recommended_ones() -> None:
    recommended = RFC_9106_LOW_MEMORY
    real = extract_parameters(security.hash_password("a real password"))
    assert real == recommended
    assert extract_parameters(PasswordHasher().hash("x")) == recommended


def test_an_unknown_user_costs_what_a_known_user_costs() -> None:
    """The dummy hash is a real argon2id hash with the real accounts' parameters, and it
    is verified the same way (a wrong password for a real account)."""
    dummy = security.dummy_hash()
    assert extract_parameters(dummy) == extract_parameters(security.hash_password("x"))
    security.HASHING.peak = 0
    assert security.verify_password(None, "anything") is False
    assert security.HASHING.peak == 1  # a real argon2 verification ran, through the gate


def test_parallel_guessers_hash_a_bounded_number_at_once(make_client: MakeClient) -> None:
    client = make_client(sign_in_failures_per_user=1000, sign_in_failures_per_address=1000)
    security.dummy_hash()
    security.HASHING.peak = 0
    with ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(lambda n: _try(client, f"guesser{n}"), range(20)))
    assert statuses == [401] * 20
    assert 1 <= security.HASHING.peak <= security.HASHING.slots < 20


def test_expired_tokens_are_purged_periodically(make_client: MakeClient) -> None:
    client = make_client(cleanup_interval_s=0.2)
    sign_in(client, "manager")
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        manager = session.scalar(select(UserRow.id).where(UserRow.username == "manager"))
        old = utcnow() - timedelta(days=30)
        for row in session.scalars(select(TokenRow).where(TokenRow.user_id == manager)):
            row.expires_at = old
        session.add(SignInFailureRow(key="user:old", failures=3, window_started_at=old))
        session.commit()
    deadline = 50
    while deadline:
        with client.app.state.sessions() as session:  # type: ignore[attr-defined]
            left = session.scalar(
                select(func.count()).select_from(TokenRow).where(TokenRow.user_id == manager)
            )
            counters = session.scalar(select(func.count()).select_from(SignInFailureRow))
        if left == 0 and counters == 0:
            break
        deadline -= 1
        client.get("/health")  # lets the app's event loop run
        time.sleep(0.1)
    assert (left, counters) == (0, 0)


@pytest.mark.parametrize("username", ["orderer", "nobody"])
def test_a_wrong_password_records_a_failure_for_user_and_address(
    make_client: MakeClient, username: str
) -> None:
    client = make_client()
    assert _try(client, username) == 401
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        keys = set(session.scalars(select(SignInFailureRow.key)))
    assert keys == {f"user:{username}", "addr:testclient"}
