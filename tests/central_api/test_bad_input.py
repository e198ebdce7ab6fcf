"""Bad input gets the right 4xx and the error shape, never a 500."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from central_api.limits import body_limit
from tests.central_api.conftest import MakeClient
from tests.central_api.helpers import bearer, sign_in

ERROR_KEYS = {"code", "message", "field"}


@pytest.fixture(scope="module")
def token(shared_client: TestClient) -> str:
    return str(sign_in(shared_client, "orderer")["access_token"])


def _error(response: Any, status: int, code: str, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == ERROR_KEYS
    assert body["code"] == code
    assert body["field"] == field
    assert isinstance(body["message"], str) and body["message"]
    return body


POSTS = ["/auth/token", "/auth/refresh", "/auth/logout", "/devices/heartbeat"]


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize("raw", [b"{", b"{'a': 1}", b"nul", b'{"a": 1,}', b"\xff\xfe"])
def test_malformed_json(shared_client: TestClient, token: str, path: str, raw: bytes) -> None:
    response = shared_client.post(
        path, content=raw, headers={**bearer(token), "Content-Type": "application/json"}
    )
    _error(response, 400, "malformed_json")


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/auth/token", {"username": 1, "password": "demo"}, "username"),
        ("/auth/token", {"username": "orderer"}, "password"),
        ("/auth/token", {"username": "", "password": "demo"}, "username"),
        ("/auth/token", {"username": ["orderer"], "password": "demo"}, "username"),
        ("/auth/refresh", {"refresh_token": None}, "refresh_token"),
        ("/auth/refresh", {}, "refresh_token"),
        (
            "/devices/heartbeat",
            {"device_id": "d", "app_version": "1", "last_sync_at": None, "outbox_length": "5"},
            "outbox_length",
        ),
        (
            "/devices/heartbeat",
            {"device_id": "d", "app_version": "1", "last_sync_at": None, "outbox_length": -1},
            "outbox_length",
        ),
        (
            "/devices/heartbeat",
            {"device_id": "d", "app_version": "1", "last_sync_at": None, "outbox_length": 1.5},
            "outbox_length",
        ),
        (
            "/devices/heartbeat",
            {"device_id": "d", "app_version": "1", "last_sync_at": 1700000000, "outbox_length": 0},
            "last_sync_at",
        ),
        (
            "/devices/heartbeat",
            {"device_id": "d", "app_version": "1", "last_sync_at": "igår", "outbox_length": 0},
            "last_sync_at",
        ),
        (
            "/devices/heartbeat",
            {"device_id": "", "app_version": "1", "last_sync_at": None, "outbox_length": 0},
            "device_id",
        ),
        (
            "/devices/heartbeat",
            {"device_id": "a b", "app_version": "1", "last_sync_at": None, "outbox_length": 0},
            "device_id",
        ),
        (
            "/devices/heartbeat",
            {"app_version": "1", "last_sync_at": None, "outbox_length": 0},
            "device_id",
        ),
    ],
)
def test_wrong_types_and_missing_fields_name_the_field(
    shared_client: TestClient, token: str, path: str, body: Any, field: str
) -> None:
    response = shared_client.post(path, json=body, headers=bearer(token))
    error = _error(response, 422, "validation_error", field)
    assert field in error["message"]


@pytest.mark.parametrize("body", [[], "text", 5, None, [{"username": "orderer"}]])
def test_a_body_that_is_not_an_object(shared_client: TestClient, body: Any) -> None:
    response = shared_client.post(
        "/auth/token", content=json.dumps(body), headers={"Content-Type": "application/json"}
    )
    _error(response, 422, "validation_error")


def test_missing_body(shared_client: TestClient, token: str) -> None:
    response = shared_client.post("/devices/heartbeat", headers=bearer(token))
    _error(response, 422, "validation_error")


def test_heartbeat_records_and_accepts_a_naive_timestamp_as_utc(
    shared_client: TestClient, token: str
) -> None:
    body = {
        "device_id": "pc-1",
        "app_version": "1.2.3",
        "last_sync_at": "2025-03-14T10:00:00",
        "outbox_length": 3,
    }
    response = shared_client.post("/devices/heartbeat", json=body, headers=bearer(token))
    assert response.status_code == 200, response.text
    assert response.json()["last_sync_at"] == "2025-03-14T10:00:00Z"
    assert response.json()["outbox_length"] == 3


def test_unknown_route_and_wrong_method(shared_client: TestClient, token: str) -> None:
    _error(shared_client.get("/nope", headers=bearer(token)), 404, "not_found")
    response = shared_client.delete("/units", headers=bearer(token))
    _error(response, 405, "method_not_allowed")
    assert "GET" in response.headers["allow"]
    _error(shared_client.put("/auth/token", json={}), 405, "method_not_allowed")


def test_body_over_the_limit_is_refused(shared_client: TestClient, token: str) -> None:
    huge = b'{"device_id": "' + b"x" * (1024 * 1024) + b'"}'
    response = shared_client.post(
        "/devices/heartbeat",
        content=huge,
        headers={**bearer(token), "Content-Type": "application/json"},
    )
    _error(response, 413, "payload_too_large")
    anonymous = shared_client.post(
        "/auth/token", content=huge, headers={"Content-Type": "application/json"}
    )
    _error(anonymous, 413, "payload_too_large")


def test_streamed_body_without_length_is_cut_off(shared_client: TestClient) -> None:
    """At the ASGI level: the app stops reading at the limit, not at the end of the body."""
    app = shared_client.app
    chunk, chunks = 65536, 64  # 4 MiB, no Content-Length
    consumed = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal consumed
        consumed += 1
        return {"type": "http.request", "body": b" " * chunk, "more_body": consumed < chunks}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/auth/token",
        "raw_path": b"/auth/token",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    anyio.run(app, scope, receive, send)  # type: ignore[arg-type]
    assert sent[0]["status"] == 413
    assert json.loads(sent[1]["body"])["code"] == "payload_too_large"
    assert consumed <= 1024 * 1024 // chunk + 1


def test_limit_is_configurable_per_route(make_client: MakeClient) -> None:
    client = make_client(max_body_bytes=2000)
    router = APIRouter()

    @router.post("/test-upload", openapi_extra=body_limit(10_000))
    def upload(body: dict[str, str]) -> dict[str, int]:
        return {"size": len(body["data"])}

    client.app.include_router(router)  # type: ignore[attr-defined]
    big = {"data": "x" * 5000}
    assert client.post("/test-upload", json=big).json() == {"size": 5000}
    _error(client.post("/test-upload", json={"data": "x" * 12_000}), 413, "payload_too_large")
    refused = client.post("/auth/token", json={"username": "x" * 5000, "password": "p"})
    _error(refused, 413, "payload_too_large")
    assert "2000" in refused.json()["message"]


def test_unexpected_error_is_a_500_without_details(make_client: MakeClient) -> None:
    client = make_client()
    router = APIRouter()

    @router.get("/test-crash")
    def crash() -> None:
        raise RuntimeError("secret internal detail")

    client.app.include_router(router)  # type: ignore[attr-defined]
    with TestClient(client.app, raise_server_exceptions=False) as plain:
        response = plain.get("/test-crash")
    body = _error(response, 500, "internal_error")
    assert "secret" not in response.text and "Traceback" not in response.text
    assert body["message"] == "Unexpected server error"


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=15), children, max_size=5)
    ),
    max_leaves=12,
)
FIELD_NAMES = st.sampled_from(
    [
        "username",
        "password",
        "refresh_token",
        "device_id",
        "app_version",
        "last_sync_at",
        "outbox_length",
    ]
)
LIKELY_BODIES = st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=7)


@settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(path=st.sampled_from(POSTS), body=JSON_VALUES | LIKELY_BODIES)
def test_random_json_bodies_never_cause_a_500(
    shared_client: TestClient, path: str, body: Any
) -> None:
    token = sign_in(shared_client, "manager")["access_token"]  # fresh: logout may revoke it
    response = shared_client.post(path, json=body, headers=bearer(token))
    allowed = {"/auth/token": {200, 401, 422}, "/auth/refresh": {200, 401, 422}}
    assert response.status_code in allowed.get(path, {200, 204, 422}), response.text
    if response.status_code >= 400:
        assert set(response.json()) == ERROR_KEYS


@settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(path=st.sampled_from(POSTS), raw=st.binary(max_size=200))
def test_random_bytes_never_cause_a_500(
    shared_client: TestClient, token: str, path: str, raw: bytes
) -> None:
    response = shared_client.post(
        path, content=raw, headers={**bearer(token), "Content-Type": "application/json"}
    )
    assert response.status_code in {200, 204, 400, 401, 422}, response.text
    if response.status_code >= 400:
        assert set(response.json()) == ERROR_KEYS
