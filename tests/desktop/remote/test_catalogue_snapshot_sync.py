"""The first sync from the municipality's snapshot, against the real central API process:
``avrop catalogue snapshot`` builds and publishes it, a new installation downloads it
once and fetches only the catalogues changed since; a damaged snapshot, one of another
store schema and none at all each fall back to the normal sync, with the same result."""

from __future__ import annotations

import gzip
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import PASSWORD_ENV, main
from desktop.remote.auth import AuthService
from desktop.remote.catalogue_sync import CatalogueProgress, CatalogueSync, CatalogueSyncReport
from desktop.remote.credentials import SessionOnlyCredentialStore
from desktop.remote.http import ApiClient
from desktop.remote.reference_sync import ReferenceSync
from desktop.services.catalogue_snapshot_builder import PublishedSnapshot, build_and_publish
from desktop.settings import SettingsStore
from desktop.storage import search_head
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database, open_database, run_inline
from desktop.storage.reference_repo import ReferenceRepository
from desktop.storage.search import CatalogueSearch
from tests.fixtures.central_api_server import RunningServer

SNAPSHOT_FILE = "GET /catalogue-snapshot/file"
CHANGED = "s-bakery-1"
NEW_WORD = "Zyxsnapshotbröd"


@pytest.fixture(autouse=True)
def no_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Searches cut short by the clock differ with the machine's load, not the store."""
    monkeypatch.setattr(search_head, "HEAD_BUDGET", 60.0)
    monkeypatch.setattr(search_head, "HEAD_HARD_BUDGET", 60.0)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    running = RunningServer(tmp_path_factory.mktemp("snapshot-sync-server"))
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def published(server: RunningServer, tmp_path_factory: pytest.TempPathFactory) -> PublishedSnapshot:
    """The builder's snapshot, then one supplier's catalogue changed on the server."""
    snapshot = build_and_publish(
        server.url, "procurement", "demo", tmp_path_factory.mktemp("builder")
    )
    with _server_db(server) as conn:
        blob = conn.execute(
            "SELECT xml_gzip FROM catalogue_documents WHERE supplier_id = ?", (CHANGED,)
        ).fetchone()[0]
    xml = gzip.decompress(blob)
    name = xml.index(b"<cbc:Name>", xml.index(b"<cac:CatalogueLine>")) + len(b"<cbc:Name>")
    changed = gzip.compress(xml[:name] + NEW_WORD.encode() + b" " + xml[name:])
    etag = '"' + hashlib.sha256(changed).hexdigest()[:40] + '"'
    with _server_db(server) as conn:
        conn.execute(
            "UPDATE catalogue_documents SET xml_gzip = ?, etag = ? WHERE supplier_id = ?",
            (changed, etag, CHANGED),
        )
    return snapshot


def _server_db(server: RunningServer) -> sqlite3.Connection:
    return sqlite3.connect(server.data_dir / "central.sqlite3", timeout=30)


def _listed(server: RunningServer) -> dict[str, tuple[str, int]]:
    with _server_db(server) as conn:
        rows = conn.execute("SELECT supplier_id, etag, line_count FROM catalogue_documents")
        return {sid: (etag, count) for sid, etag, count in rows}


def _recording(client: ApiClient, seen: list[str]) -> ApiClient:
    """The real client, noting each request's method and path."""
    real = client.request

    def request(method: str, path: str, **options: Any) -> Any:
        seen.append(f"{method} {path}")
        return real(method, path, **options)

    client.request = request  # type: ignore[method-assign]
    return client


def _first_sync(
    server: RunningServer, folder: Path, progress: Callable[[CatalogueProgress], None]
) -> tuple[CatalogueSyncReport, list[str], Database]:
    """A new installation's first sync as the orderer: (report, requests, its store)."""
    db = open_database(folder / "avrop.sqlite3")
    reference = ReferenceRepository(db)
    auth = AuthService(SettingsStore(folder), SessionOnlyCredentialStore(), reference)
    auth.sign_in(server.url, "orderer", "demo")
    ReferenceSync(auth.current_client, reference, run_inline).sync()
    seen: list[str] = []
    client = _recording(auth.current_client(), seen)
    sync = CatalogueSync(lambda: client, CatalogueStore(db), reference, run_inline, folder / "dl")
    return sync.sync(progress), seen, db


def _assert_same_end_result(server: RunningServer, db: Database) -> None:
    store = CatalogueStore(db)
    for supplier_id, (etag, count) in _listed(server).items():
        state = store.catalogue_state(supplier_id)
        assert (state.etag, state.line_count) == (etag, count), supplier_id
    assert found(db, NEW_WORD) == 1
    assert found(db, "kaffe") > 0


def found(db: Database, text: str) -> int:
    """How many items a search finds (with ``no_time_budget`` in force)."""
    return CatalogueSearch(db).search(text).count()


def test_a_first_sync_starts_from_the_snapshot(
    server: RunningServer, published: PublishedSnapshot, tmp_path: Path
) -> None:
    listed = _listed(server)
    assert published.contents.lines > 0 and not published.failed_catalogues
    assert set(published.contents.catalogues) == set(listed)
    steps: list[CatalogueProgress] = []

    report, seen, db = _first_sync(server, tmp_path, steps.append)

    assert seen.count(SNAPSHOT_FILE) == 1
    fetched = [r for r in seen if r.startswith("GET /suppliers/")]
    assert fetched == [f"GET /suppliers/{CHANGED}/catalogue"]  # only the changed one
    assert not report.failed and {r.supplier_id for r in report.updated} == {CHANGED}
    assert any(step.downloading for step in steps)
    _assert_same_end_result(server, db)
    assert not list((tmp_path / "dl").iterdir())  # the downloaded file is gone
    db.close()


@contextmanager
def _snapshot_spoiled(server: RunningServer, how: str) -> Iterator[None]:
    """The published snapshot damaged / larger than its manifest / of another schema /
    withdrawn; restored afterwards."""
    folder = server.data_dir / "catalogue-snapshots"
    (path,) = folder.glob("*.sqlite3")
    kept = path.read_bytes()
    with _server_db(server) as conn:
        row = conn.execute("SELECT * FROM catalogue_snapshots").fetchone()
        if how == "tampered":
            middle = len(kept) // 2
            path.write_bytes(kept[:middle] + bytes([kept[middle] ^ 0xFF]) + kept[middle + 1 :])
        elif how == "larger than its manifest":
            conn.execute("UPDATE catalogue_snapshots SET byte_count = byte_count - 4096")
        elif how == "other schema":
            conn.execute("UPDATE catalogue_snapshots SET schema_revision = '0001'")
        else:
            conn.execute("DELETE FROM catalogue_snapshots")
    try:
        yield
    finally:
        path.write_bytes(kept)
        with _server_db(server) as conn:
            conn.execute("DELETE FROM catalogue_snapshots")
            marks = ", ".join("?" * len(row))
            conn.execute(f"INSERT INTO catalogue_snapshots VALUES ({marks})", row)


@pytest.mark.parametrize(
    ("how", "downloads"),
    [("tampered", 1), ("larger than its manifest", 1), ("other schema", 0), ("none", 0)],
)
def test_an_unusable_snapshot_falls_back_to_the_normal_sync(
    server: RunningServer, published: PublishedSnapshot, tmp_path: Path, how: str, downloads: int
) -> None:
    listed = _listed(server)
    with _snapshot_spoiled(server, how):
        report, seen, db = _first_sync(server, tmp_path, lambda _step: None)
    assert seen.count(SNAPSHOT_FILE) == downloads
    assert len([r for r in seen if r.startswith("GET /suppliers/")]) == len(listed)
    assert not report.failed and {r.supplier_id for r in report.updated} == set(listed)
    _assert_same_end_result(server, db)
    db.close()
    assert not list((tmp_path / "dl").iterdir())  # no snapshot file left behind


def test_the_builder_command_publishes_with_the_password_from_the_environment(
    server: RunningServer,
    published: PublishedSnapshot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``avrop catalogue snapshot`` (last here: its snapshot holds the changed catalogue)."""
    command = ["catalogue", "snapshot", "--server", server.url, "--user", "procurement"]
    monkeypatch.setenv(PASSWORD_ENV, "not the password")
    assert main(command) == 1
    with _server_db(server) as conn:
        before = conn.execute("SELECT sha256 FROM catalogue_snapshots").fetchone()
    monkeypatch.setenv(PASSWORD_ENV, "demo")
    assert main(command) == 0
    assert "Published a catalogue snapshot" in capsys.readouterr().out
    with _server_db(server) as conn:
        after = conn.execute("SELECT sha256, line_count FROM catalogue_snapshots").fetchone()
    assert after[0] != before[0]  # it holds the catalogue changed since
    assert after[1] == sum(count for _etag, count in _listed(server).values())
    monkeypatch.setenv(PASSWORD_ENV, "demo")
    orderer = ["catalogue", "snapshot", "--server", server.url, "--user", "orderer"]
    assert main(orderer) == 1  # only procurement publishes
