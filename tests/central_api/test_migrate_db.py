"""``avrop-central-api migrate-db``: a SQLite database moves whole into an empty one
(PostgreSQL when ``AVROP_TEST_DATABASE_URL`` is set, else another SQLite file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, update

from central_api.app import create_app
from central_api.cli import main
from central_api.config import ServerConfig
from central_api.models import Base, UnitRow
from desktop.domain.reference import Supplier
from tests.central_api.databases import create_database, drop_database, on_postgres
from tests.central_api.helpers import TEST_TODAY, bearer, placed, sign_in
from tests.fixtures.orders_api import key, order_body


@pytest.fixture
def target(tmp_path: Path) -> Iterator[str]:
    if not on_postgres():
        yield f"sqlite:///{tmp_path / 'target.sqlite3'}"
        return
    url = create_database()
    yield url
    drop_database(url)


def _place_order(client: TestClient) -> int:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    items = client.get("/suppliers", headers=auth).json()["items"]
    coffee = Supplier.from_json(next(s for s in items if s["id"] == "s-coffee-1"))
    _order, body = order_body(coffee)
    return int(placed(client, body, {**auth, **key()})["id"])


def _source(directory: Path) -> str:
    """A demo SQLite database with one order placed."""
    config = ServerConfig(data_dir=directory, demo=True, demo_today=TEST_TODAY)
    app = create_app(config)
    with TestClient(app) as client:
        _place_order(client)
    app.state.engine.dispose()
    return config.effective_database_url


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        counts = {
            t.name: int(connection.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }
    engine.dispose()
    return counts


def test_every_row_moves_and_the_server_goes_on_there(
    tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _source(tmp_path / "source")
    assert main(["migrate-db", "--from", source, "--to", target]) == 0
    assert "Copied" in capsys.readouterr().out
    before = _counts(source)
    assert _counts(target) == before and before["orders"] >= 1  # the demo's and ours
    app = create_app(ServerConfig(data_dir=tmp_path / "t", database_url=target))
    with TestClient(app) as client:
        auth = bearer(sign_in(client, "manager")["access_token"])
        [moved] = client.get("/orders", headers=auth).json()["items"]
        assert _place_order(client) > int(moved["id"])  # new ids continue after the copied ones
    app.state.engine.dispose()
    assert main(["migrate-db", "--from", source, "--to", target]) == 1  # not empty now
    assert "not empty" in capsys.readouterr().err


def test_values_the_target_would_refuse_are_named_and_nothing_is_copied(
    tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _source(tmp_path / "source")
    engine = create_engine(source)
    with engine.begin() as connection:
        connection.execute(
            update(UnitRow).where(UnitRow.id == "u-skola-norr").values(name="N" * 500)
        )
    engine.dispose()
    assert main(["migrate-db", "--from", source, "--to", target]) == 1
    err = capsys.readouterr().err
    assert "units.name (id='u-skola-norr'): 500 characters" in err
    assert sum(_counts(target).values()) == 2  # only the two counter rows the migrations make
