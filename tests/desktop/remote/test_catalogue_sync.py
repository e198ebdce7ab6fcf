"""CatalogueSync against the real central API process: every supplier's catalogue,
304s, a broken supplier that blocks nobody, withdrawn catalogues, progress."""

from __future__ import annotations

import gzip
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.remote.auth import AuthService
from desktop.remote.catalogue_sync import CatalogueProgress, CatalogueSync, Outcome
from desktop.remote.credentials import SessionOnlyCredentialStore
from desktop.remote.reference_sync import ReferenceSync
from desktop.settings import SettingsStore
from desktop.storage.catalogue_store import MAX_SEGMENTS, CatalogueStore
from desktop.storage.database import Database, run_inline
from desktop.storage.reference_repo import ReferenceRepository
from tests.fixtures.central_api_server import RunningServer, StartCentralApi


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """One demo server for this module (its catalogues are changed by the tests, in order)."""
    running = RunningServer(tmp_path_factory.mktemp("catalogue-sync-server"))
    running.start()
    yield running
    running.stop()


def _sync(
    server: RunningServer, tmp_path: Path, db: Database
) -> tuple[CatalogueSync, CatalogueStore]:
    reference = ReferenceRepository(db)
    auth = AuthService(SettingsStore(tmp_path), SessionOnlyCredentialStore(), reference)
    auth.sign_in(server.url, "orderer", "demo")
    ReferenceSync(auth.current_client, reference, run_inline).sync()
    store = CatalogueStore(db)
    return CatalogueSync(
        auth.current_client, store, reference, run_inline, tmp_path / "downloads"
    ), store


def _server_db(server: RunningServer) -> sqlite3.Connection:
    return sqlite3.connect(server.data_dir / "central.sqlite3", timeout=30)


def _listed(server: RunningServer) -> dict[str, int]:
    with _server_db(server) as conn:
        return dict(conn.execute("SELECT supplier_id, line_count FROM catalogue_documents"))


def _corrupt(server: RunningServer, supplier_id: str, document: bytes) -> None:
    """Replace the stored catalogue behind the server's back (as a damaged file would)."""
    blob = gzip.compress(document)
    etag = '"' + hashlib.sha256(blob).hexdigest()[:40] + '"'
    with _server_db(server) as conn:
        conn.execute(
            "UPDATE catalogue_documents SET xml_gzip = ?, etag = ? WHERE supplier_id = ?",
            (blob, etag, supplier_id),
        )


def test_catalogue_sync_end_to_end(
    server: RunningServer, tmp_path: Path, store_database: Database
) -> None:
    sync, store = _sync(server, tmp_path, store_database)
    listed = _listed(server)
    assert len(listed) >= 40

    seen: list[CatalogueProgress] = []
    first = sync.sync(seen.append)
    assert not first.failed
    assert {r.supplier_id for r in first.updated} == set(listed)
    for supplier_id, count in listed.items():
        state = store.catalogue_state(supplier_id)
        assert state.line_count == count and state.etag and state.last_error is None
    # Progress: "supplier n of m" for every n, with the lines applied.
    assert {p.index for p in seen} == set(range(1, len(listed) + 1))
    assert {p.total for p in seen} == {len(listed)}
    assert any(p.lines > 0 for p in seen)
    assert all(p.supplier_name and not p.supplier_name.startswith("s-") for p in seen)
    # One transaction per catalogue leaves a segment each; the round merges them.
    assert store.index_segments() <= MAX_SEGMENTS

    # Nothing changed: the list answers 304 and no catalogue is fetched.
    again = sync.sync()
    assert again.listing_not_modified and again.results == ()
    # Asking about every catalogue anyway: each answers 304, nothing is applied.
    checked = sync.sync(check_all=True)
    assert {r.outcome for r in checked.results} == {Outcome.UNCHANGED}

    # A broken catalogue (a line without a name) and an undecodable one: both are
    # refused, the old ones stay in use, and the others still sync.
    bakery_before = store.catalogue_state("s-bakery-1")
    coffee_item = store.find_item("s-coffee-2", _first_article(store_database, "s-coffee-2"))
    good = gzip.decompress(_stored(server, "s-bakery-1"))
    start = good.index(b"<cbc:Name>", good.index(b"<cac:CatalogueLine>"))
    end = good.index(b"</cbc:Name>", start) + len(b"</cbc:Name>")
    _corrupt(server, "s-bakery-1", good[:start] + good[end:])
    with _server_db(server) as conn:
        conn.execute(
            "UPDATE catalogue_documents SET xml_gzip = ?, etag = '\"garbage\"' "
            "WHERE supplier_id = 's-coffee-2'",
            (b"not gzip at all",),
        )
    republished = gzip.decompress(_stored(server, "s-nappies-1")).replace(
        b"</cac:CatalogueLine>", b"</cac:CatalogueLine>", 1
    )
    _corrupt(server, "s-nappies-1", republished + b"\n")  # same lines, new bytes and ETag

    third = sync.sync()
    failed = {r.supplier_id: r for r in third.failed}
    assert set(failed) == {"s-bakery-1", "s-coffee-2"}
    assert failed["s-bakery-1"].error_line  # says which line is wrong
    assert failed["s-bakery-1"].last_good_sync == bakery_before.synced_at
    assert {r.supplier_id for r in third.updated} == {"s-nappies-1"}
    after = store.catalogue_state("s-bakery-1")
    assert after.line_count == bakery_before.line_count
    assert after.etag == bakery_before.etag and after.last_error
    assert store.find_item("s-coffee-2", _first_article(store_database, "s-coffee-2")) == (
        coffee_item
    )
    # A failure is retried on the next sync (the list was not marked as applied).
    fourth = sync.sync()
    assert {r.supplier_id for r in fourth.failed} == {"s-bakery-1", "s-coffee-2"}

    # A withdrawn catalogue is removed from this computer.
    with _server_db(server) as conn:
        conn.execute("DELETE FROM catalogue_documents WHERE supplier_id = 's-coffee-3'")
    fifth = sync.sync()
    removed = [r for r in fifth.results if r.outcome is Outcome.REMOVED]
    assert [r.supplier_id for r in removed] == ["s-coffee-3"] and removed[0].lines > 0
    assert store.catalogue_state("s-coffee-3").line_count == 0


def _stored(server: RunningServer, supplier_id: str) -> bytes:
    with _server_db(server) as conn:
        row = conn.execute(
            "SELECT xml_gzip FROM catalogue_documents WHERE supplier_id = ?", (supplier_id,)
        ).fetchone()
    return bytes(row[0])


def _first_article(db: Database, supplier_id: str) -> str:
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT seller_item_id FROM catalogue_items WHERE supplier_id = ? "
            "ORDER BY seller_item_id LIMIT 1",
            (supplier_id,),
        ).fetchone()
    return str(row[0])


def test_unreachable_server_raises_and_keeps_what_was_applied(
    start_central_api: StartCentralApi, tmp_path: Path, store_database: Database
) -> None:
    from desktop.remote.errors import NetworkError

    fresh = start_central_api()
    sync, store = _sync(fresh, tmp_path, store_database)
    sync.sync()
    count = store.catalogue_state("s-coffee-1").line_count
    fresh.stop()
    with pytest.raises(NetworkError):
        sync.sync(check_all=True)
    assert store.catalogue_state("s-coffee-1").line_count == count


def test_a_partial_catalogue_changes_only_its_lines(
    start_central_api: StartCentralApi, tmp_path: Path, store_database: Database
) -> None:
    """A partial catalogue (ActionCode Delete here) is applied as a delta: the other
    lines stay, the deleted one goes."""
    import dataclasses
    import io

    from desktop.domain.catalogue import LineAction
    from desktop.peppol.catalogue_reader import read_catalogue
    from desktop.peppol.catalogue_writer import write_catalogue

    fresh = start_central_api()
    sync, store = _sync(fresh, tmp_path, store_database)
    sync.sync()
    before = store.catalogue_state("s-coffee-1").line_count
    with read_catalogue(
        io.BytesIO(gzip.decompress(_stored(fresh, "s-coffee-1"))), supplier_id="s-coffee-1"
    ) as document:
        header = dataclasses.replace(document.header, partial=True)
        gone = next(iter(document.lines))
    out = io.BytesIO()
    write_catalogue(out, header, [dataclasses.replace(gone, action=LineAction.DELETE)])
    _corrupt(fresh, "s-coffee-1", out.getvalue())  # the server now serves the update

    result = sync.sync()
    assert [r.supplier_id for r in result.updated] == ["s-coffee-1"]
    assert store.catalogue_state("s-coffee-1").line_count == before - 1
    assert store.find_item("s-coffee-1", gone.seller_item_id) is None


def _served(fresh: object, header_action: str, lines_action: str) -> tuple[str, bytes]:
    """The stored catalogue rewritten: header ActionCode ``header_action``, its first line
    renamed and marked ``lines_action`` (what the rules accept, as a supplier sends it)."""
    import dataclasses
    import io

    from desktop.domain.catalogue import LineAction
    from desktop.peppol.catalogue_reader import read_catalogue
    from desktop.peppol.catalogue_writer import write_catalogue

    with read_catalogue(
        io.BytesIO(gzip.decompress(_stored(fresh, "s-coffee-1"))),  # type: ignore[arg-type]
        supplier_id="s-coffee-1",
    ) as document:
        header = dataclasses.replace(document.header, partial=True)
        first = next(iter(document.lines))
    renamed = dataclasses.replace(first, name="Omdöpt kaffe", action=LineAction(lines_action))
    out = io.BytesIO()
    write_catalogue(out, header, [renamed])
    data = out.getvalue().replace(
        b"<cbc:ActionCode>Update</cbc:ActionCode>",
        f"<cbc:ActionCode>{header_action}</cbc:ActionCode>".encode(),
        1,
    )
    return first.seller_item_id, data


def test_update_lines_under_an_add_header_are_applied(
    start_central_api: StartCentralApi, tmp_path: Path, store_database: Database
) -> None:
    from desktop.peppol.conformance import check_document

    fresh = start_central_api()
    sync, store = _sync(fresh, tmp_path, store_database)
    sync.sync()
    before = store.catalogue_state("s-coffee-1").line_count
    item_id, data = _served(fresh, "Add", "Update")
    assert check_document(data).conforms  # the official rules accept it
    _corrupt(fresh, "s-coffee-1", data)

    result = sync.sync()
    assert [r.supplier_id for r in result.updated] == ["s-coffee-1"]
    assert store.catalogue_state("s-coffee-1").line_count == before
    found = store.find_item("s-coffee-1", item_id)
    assert found is not None
    detail = store.item(found)
    assert detail is not None and detail.name == "Omdöpt kaffe"


def test_a_catalogue_with_header_delete_is_withdrawn(
    start_central_api: StartCentralApi, tmp_path: Path, store_database: Database
) -> None:
    from desktop.peppol.conformance import check_document

    fresh = start_central_api()
    sync, store = _sync(fresh, tmp_path, store_database)
    sync.sync()
    assert store.catalogue_state("s-coffee-1").line_count > 0
    item_id, data = _served(fresh, "Delete", "Delete")
    assert check_document(data).conforms
    _corrupt(fresh, "s-coffee-1", data)

    result = sync.sync()
    assert [r.supplier_id for r in result.updated] == ["s-coffee-1"]
    assert store.catalogue_state("s-coffee-1").line_count == 0
    assert store.find_item("s-coffee-1", item_id) is None
