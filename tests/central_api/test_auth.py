"""Sign-in, token expiry, refresh rotation and sign-out."""

from __future__ import annotations

import logging
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from central_api.models import TokenRow, UserRow
from tests.central_api.conftest import MakeClient
from tests.central_api.helpers import bearer, expire_token, sign_in


def _error(response: object) -> dict[str, object]:
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"code", "message", "field"}
    return dict(body)


def test_right_password_gives_a_token_pair(client: TestClient) -> None:
    tokens = sign_in(client, "orderer")
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 15 * 60
    assert tokens["access_token"] != tokens["refresh_token"]
    assert len(tokens["access_token"]) >= 40
    me = client.get("/me", headers=bearer(tokens["access_token"]))
    assert me.status_code == 200
    assert me.json()["username"] == "orderer"


@pytest.mark.parametrize(
    ("username", "password"),
    [("orderer", "wrong"), ("nobody", "demo"), ("ORDERER", "demo"), ("orderer", "demo ")],
)
def test_wrong_credentials_are_refused(client: TestClient, username: str, password: str) -> None:
    response = client.post("/auth/token", json={"username": username, "password": password})
    assert response.status_code == 401
    assert _error(response)["code"] == "bad_credentials"
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_inactive_user_cannot_sign_in(client: TestClient) -> None:
    app = client.app
    with app.state.sessions() as session:  # type: ignore[attr-defined]
        user = session.scalar(select(UserRow).where(UserRow.username == "manager"))
        user.active = False
        session.commit()
    response = client.post("/auth/token", json={"username": "manager", "password": "demo"})
    assert _error(response)["code"] == "bad_credentials"


def test_access_token_expires_after_its_ttl(make_client: MakeClient) -> None:
    client = make_client(access_token_ttl_s=1)
    tokens = sign_in(client, "orderer")
    assert tokens["expires_in"] == 1
    assert client.get("/me", headers=bearer(tokens["access_token"])).status_code == 200
    time.sleep(1.2)
    response = client.get("/me", headers=bearer(tokens["access_token"]))
    assert response.status_code == 401
    assert _error(response)["code"] == "token_expired"
    # The client's recovery: refresh once, retry.
    renewed = client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert renewed.status_code == 200
    assert client.get("/me", headers=bearer(renewed.json()["access_token"])).status_code == 200


@pytest.mark.parametrize("header", ["Bearer nonsense", "Bearer ", "Basic b3JkZXJlcjpkZW1v", ""])
def test_unknown_or_missing_token_is_invalid(client: TestClient, header: str) -> None:
    response = client.get("/me", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert _error(response)["code"] == "token_invalid"


def test_refresh_token_is_not_an_access_token(client: TestClient) -> None:
    tokens = sign_in(client, "orderer")
    response = client.get("/me", headers=bearer(tokens["refresh_token"]))
    assert _error(response)["code"] == "token_invalid"
    wrong = client.post("/auth/refresh", json={"refresh_token": tokens["access_token"]})
    assert _error(wrong)["code"] == "token_invalid"


def test_refresh_rotates_and_the_old_refresh_token_is_refused(client: TestClient) -> None:
    first = sign_in(client, "manager")
    second = client.post("/auth/refresh", json={"refresh_token": first["refresh_token"]}).json()
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert client.get("/me", headers=bearer(second["access_token"])).status_code == 200

    reused = client.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert reused.status_code == 401
    assert _error(reused)["code"] == "token_invalid"
    # Reuse of a rotated token revokes the whole sign-in: the new pair is dead too.
    assert client.get("/me", headers=bearer(second["access_token"])).status_code == 401
    again = client.post("/auth/refresh", json={"refresh_token": second["refresh_token"]})
    assert again.status_code == 401


def test_expired_refresh_token(client: TestClient) -> None:
    tokens = sign_in(client, "orderer")
    expire_token(client.app, tokens["refresh_token"])  # type: ignore[arg-type]
    response = client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert response.status_code == 401
    assert _error(response)["code"] == "token_expired"


def test_unknown_refresh_token(client: TestClient) -> None:
    response = client.post("/auth/refresh", json={"refresh_token": "made-up"})
    assert _error(response)["code"] == "token_invalid"


def test_logout_revokes_both_tokens(client: TestClient) -> None:
    tokens = sign_in(client, "superuser")
    other_session = sign_in(client, "superuser")
    response = client.post(
        "/auth/logout",
        json={"refresh_token": tokens["refresh_token"]},
        headers=bearer(tokens["access_token"]),
    )
    assert response.status_code == 204
    assert response.content == b""
    me = client.get("/me", headers=bearer(tokens["access_token"]))
    assert _error(me)["code"] == "token_invalid"
    refreshed = client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 401
    # Another sign-in of the same user (another device) is not affected.
    assert client.get("/me", headers=bearer(other_session["access_token"])).status_code == 200


def test_logout_cannot_revoke_another_users_refresh_token(client: TestClient) -> None:
    mine = sign_in(client, "orderer")
    theirs = sign_in(client, "manager")
    response = client.post(
        "/auth/logout",
        json={"refresh_token": theirs["refresh_token"]},
        headers=bearer(mine["access_token"]),
    )
    assert response.status_code == 204
    renewed = client.post("/auth/refresh", json={"refresh_token": theirs["refresh_token"]})
    assert renewed.status_code == 200


def test_tokens_and_passwords_are_stored_hashed_and_never_logged(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = sign_in(client, "procurement")
    client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        stored = [row.token_hash for row in session.scalars(select(TokenRow))]
        user = session.scalar(select(UserRow).where(UserRow.username == "procurement"))
        assert user.password_hash.startswith("$argon2id$")
    assert stored and all(len(h) == 64 for h in stored)
    assert tokens["access_token"] not in stored
    assert tokens["refresh_token"] not in stored
    for secret in (tokens["access_token"], tokens["refresh_token"], "demo"):
        assert secret not in caplog.text
