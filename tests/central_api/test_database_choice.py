"""The server suite runs on the database ``AVROP_TEST_DATABASE_URL`` names (else SQLite)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.central_api.databases import on_postgres


def test_the_apps_under_test_use_the_chosen_database(client: TestClient) -> None:
    dialect = client.app.state.engine.dialect.name  # type: ignore[attr-defined]
    assert dialect == ("postgresql" if on_postgres() else "sqlite")
