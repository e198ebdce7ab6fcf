"""The same schema and answers on PostgreSQL, seeded from scratch (runs only when
``AVROP_TEST_DATABASE_URL`` names a PostgreSQL server; see ``tests/central_api/databases.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi.testclient import TestClient

from central_api.app import create_app
from central_api.config import ServerConfig
from central_api.demo.generator import generate
from central_api.models import Base
from tests.central_api.databases import ENV_VAR, create_database, drop_database, on_postgres
from tests.central_api.helpers import TEST_TODAY, bearer, sign_in

pytestmark = pytest.mark.skipif(not on_postgres(), reason=f"{ENV_VAR} is not set")


@pytest.fixture
def url() -> Iterator[str]:
    database = create_database()
    yield database
    drop_database(database)


def test_demo_server_on_postgresql(tmp_path: Path, url: str) -> None:
    config = ServerConfig(data_dir=tmp_path, database_url=url, demo=True, demo_today=TEST_TODAY)
    app = create_app(config)
    with app.state.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    with TestClient(app) as client:
        token = sign_in(client, "manager")["access_token"]
        agreements = client.get("/agreements", headers=bearer(token)).json()["items"]
        expected = generate(TEST_TODAY).agreements
        assert agreements == sorted((a.to_json() for a in expected), key=lambda a: a["id"])
        beat = {"device_id": "pg-1", "app_version": "1", "last_sync_at": None, "outbox_length": 1}
        assert (
            client.post("/devices/heartbeat", json=beat, headers=bearer(token)).status_code == 200
        )
        devices = client.get("/units/u-forskola-solrosen/devices", headers=bearer(token)).json()
        assert [d["device_id"] for d in devices["items"]] == ["pg-1"]
        assert client.get("/units/u-skola-norr/devices", headers=bearer(token)).status_code == 403
