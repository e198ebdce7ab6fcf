"""PUT/GET /catalogue-snapshot: procurement publishes an opaque SQLite file, every user of
the municipality reads the manifest and downloads it (ETag = SHA-256, 304); bad input is
a 4xx and leaves the published snapshot as it was; migration s0015 adds the table."""

from __future__ import annotations

import hashlib
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from alembic import command
from fastapi.testclient import TestClient

from central_api.db import alembic_config, create_db_engine, upgrade_to_head
from central_api.services.catalogue_snapshots import FOLDER, MEDIA_TYPE
from tests.central_api.helpers import bearer, sign_in

SQLITE = {"Content-Type": MEDIA_TYPE}


def sqlite_file(tmp_path: Path, rows: int) -> bytes:
    """A real (small) SQLite database file's bytes."""
    path = tmp_path / f"snapshot-{rows}.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (n INTEGER)")
        con.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(rows)])
    con.close()
    return path.read_bytes()


def _auth(client: TestClient, user: str) -> dict[str, str]:
    return bearer(str(sign_in(client, user)["access_token"]))


def snapshot_headers(schema_revision: str = "0012", lines: str = "3") -> dict[str, str]:
    return {**SQLITE, "X-Schema-Revision": schema_revision, "X-Catalogue-Lines": lines}


def _put(client: TestClient, user: str, body: bytes, **described: str) -> object:
    headers = {**_auth(client, user), **snapshot_headers(**described)}
    return client.put("/catalogue-snapshot", content=body, headers=headers)


def test_publish_then_download(make_client: object, tmp_path: Path) -> None:
    client: TestClient = make_client()  # type: ignore[operator]
    orderer = _auth(client, "orderer")
    assert client.get("/catalogue-snapshot", headers=orderer).status_code == 404
    assert client.get("/catalogue-snapshot/file", headers=orderer).status_code == 404

    first = sqlite_file(tmp_path, 10)
    put = _put(client, "procurement", first)
    assert put.status_code == 200, put.text  # type: ignore[attr-defined]
    manifest = client.get("/catalogue-snapshot", headers=orderer)
    body = manifest.json()
    assert body["sha256"] == hashlib.sha256(first).hexdigest()
    assert (body["bytes"], body["schema_revision"], body["lines"]) == (len(first), "0012", 3)
    again = client.get(
        "/catalogue-snapshot", headers={**orderer, "If-None-Match": manifest.headers["ETag"]}
    )
    assert again.status_code == 304

    download = client.get("/catalogue-snapshot/file", headers=orderer)
    assert download.content == first and download.headers["ETag"] == f'"{body["sha256"]}"'
    cached = client.get(
        "/catalogue-snapshot/file", headers={**orderer, "If-None-Match": download.headers["ETag"]}
    )
    assert cached.status_code == 304 and cached.content == b""

    # A new one replaces it; the old file is gone from the data folder.
    second = sqlite_file(tmp_path, 2000)
    assert _put(client, "procurement", second, lines="7").status_code == 200  # type: ignore[attr-defined]
    assert client.get("/catalogue-snapshot/file", headers=orderer).content == second
    folder = client.app.state.config.data_dir / FOLDER  # type: ignore[attr-defined]
    assert [p.name for p in folder.iterdir()] == [
        f"m-ekby-{hashlib.sha256(second).hexdigest()[:32]}.sqlite3"
    ]

    # Another municipality sees none of it, and its own snapshot stays its own.
    andby = _auth(client, "andby-manager")
    assert client.get("/catalogue-snapshot", headers=andby).status_code == 404
    assert client.get("/catalogue-snapshot/file", headers=andby).status_code == 404
    theirs = sqlite_file(tmp_path, 30)
    assert _put(client, "andby-procurement", theirs).status_code == 200  # type: ignore[attr-defined]
    assert client.get("/catalogue-snapshot/file", headers=andby).content == theirs
    assert client.get("/catalogue-snapshot/file", headers=orderer).content == second


def test_bad_uploads_are_refused_and_change_nothing(make_client: object, tmp_path: Path) -> None:
    client: TestClient = make_client()  # type: ignore[operator]
    good = sqlite_file(tmp_path, 10)
    assert _put(client, "procurement", good).status_code == 200  # type: ignore[attr-defined]
    refusals = {
        "not sqlite": (_put(client, "procurement", b"<xml>not a database</xml>" * 10), 422),
        "empty": (_put(client, "procurement", b""), 422),
        "short": (_put(client, "procurement", b"SQLite"), 422),
        "bad revision": (_put(client, "procurement", good, schema_revision="../x"), 422),
        "bad lines": (_put(client, "procurement", good, lines="-1"), 422),
        "orderer": (_put(client, "orderer", good), 403),
    }
    for what, (response, status) in refusals.items():
        assert response.status_code == status, (what, response.text)  # type: ignore[attr-defined]
    wrong_type = client.put(
        "/catalogue-snapshot",
        content=good,
        headers={
            **_auth(client, "procurement"),
            **snapshot_headers(),
            "Content-Type": "application/json",
        },
    )
    assert wrong_type.status_code == 415
    orderer = _auth(client, "orderer")
    assert client.get("/catalogue-snapshot/file", headers=orderer).content == good
    folder = client.app.state.config.data_dir / FOLDER  # type: ignore[attr-defined]
    assert len(list(folder.iterdir())) == 1  # no upload left behind


def test_first_snapshots_published_at_once(make_client: object, tmp_path: Path) -> None:
    """Eight first publishes at the same moment: each is 200 or a clean 409, never a 500;
    the row names one of them and its file is the only one left."""
    client: TestClient = make_client()  # type: ignore[operator]
    headers = {**_auth(client, "procurement"), **snapshot_headers()}
    bodies = [sqlite_file(tmp_path, 10 + n) for n in range(8)]

    def put(body: bytes) -> Any:
        return client.put("/catalogue-snapshot", content=body, headers=headers)

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(put, bodies))
    assert all(a.status_code in (200, 409) for a in answers), [a.text for a in answers]
    orderer = _auth(client, "orderer")
    kept = client.get("/catalogue-snapshot/file", headers=orderer).content
    assert kept in bodies
    folder = client.app.state.config.data_dir / FOLDER  # type: ignore[attr-defined]
    assert [p.name for p in folder.iterdir()] == [
        f"m-ekby-{hashlib.sha256(kept).hexdigest()[:32]}.sqlite3"
    ]


def test_s0015_adds_and_drops_the_snapshot_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = create_db_engine(url)
    upgrade_to_head(engine)
    engine.dispose()

    def tables() -> set[str]:
        with sqlite3.connect(tmp_path / "server.sqlite3") as con:
            return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    assert "catalogue_snapshots" in tables()
    engine = create_db_engine(url)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.downgrade(config, "s0014")
    engine.dispose()
    assert "catalogue_snapshots" not in tables() and "orders" in tables()
