"""Values a database refuses (PostgreSQL: integers beyond its column, NUL characters) are
the client's error: 4xx, never 500, on both databases."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.central_api.helpers import bearer, sign_in

REFUSED_READS = [
    "/orders?since=3310309994298",
    "/orders/2147483648",
    "/units/u%00x",
    "/requests?unit=a%00b",
]


@pytest.mark.parametrize("path", REFUSED_READS)
def test_reads_with_values_beyond_the_database_are_client_errors(
    client: TestClient, path: str
) -> None:
    token = sign_in(client, "manager")["access_token"]
    answer = client.get(path, headers=bearer(token))
    assert 400 <= answer.status_code < 500, answer.text


def test_a_nul_character_in_the_sign_in_is_a_client_error(client: TestClient) -> None:
    answer = client.post("/auth/token", json={"username": "man\x00ager", "password": "demo"})
    assert answer.status_code in (401, 422), answer.text
