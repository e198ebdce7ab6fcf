"""Fixtures of the central API tests: a seeded database built once, an app per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.central_api.databases import drop_database
from tests.central_api.helpers import app_from_template, build_seeded_database, release_app

MakeClient = Callable[..., TestClient]


@pytest.fixture(scope="session")
def seeded_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path | str]:
    """The demo database (plus foreign test data), seeded once per session: a SQLite file,
    or a PostgreSQL template database's URL (see ``tests/central_api/databases.py``)."""
    template = build_seeded_database(tmp_path_factory.mktemp("central-template"))
    yield template
    if isinstance(template, str):
        drop_database(template)


@pytest.fixture
def make_client(seeded_database: Path | str, tmp_path: Path) -> Iterator[MakeClient]:
    """Factory: a TestClient on a fresh copy of the seeded database; config overrides."""
    clients: list[TestClient] = []

    def make(**options: Any) -> TestClient:
        app = app_from_template(seeded_database, tmp_path / f"data-{len(clients)}", **options)
        client = TestClient(app)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)
        release_app(client.app)  # type: ignore[arg-type]


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    return make_client()


@pytest.fixture(scope="module")
def shared_client(
    seeded_database: Path | str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """One app per test module, for read-mostly tests."""
    app = app_from_template(seeded_database, tmp_path_factory.mktemp("central-shared"))
    with TestClient(app) as client:
        yield client
    release_app(app)
