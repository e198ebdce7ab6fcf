"""The same schema and answers on PostgreSQL (runs only when a throwaway database is given).

Set ``AVROP_TEST_POSTGRES_URL=postgresql+psycopg://user@host:port/db``; the test drops and
recreates that database's ``public`` schema.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from central_api.app import create_app
from central_api.config import ServerConfig
from central_api.demo.generator import generate
from central_api.models import Base
from tests.central_api.helpers import TEST_TODAY, bearer, sign_in

URL = os.environ.get("AVROP_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="AVROP_TEST_POSTGRES_URL is not set")


def test_demo_server_on_postgresql(tmp_path: Path) -> None:
    engine = create_engine(URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()

    config = ServerConfig(data_dir=tmp_path, database_url=URL, demo=True, demo_today=TEST_TODAY)
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
