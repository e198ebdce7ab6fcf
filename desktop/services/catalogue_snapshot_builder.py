"""Building and publishing the municipality's catalogue snapshot (``avrop catalogue
snapshot``): a fresh store synced with the app's own ``CatalogueSync``, exported and
uploaded with ``PUT /catalogue-snapshot`` (procurement only)."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.remote.auth import AuthService
from desktop.remote.catalogue_sync import CatalogueSync, CatalogueSyncReport
from desktop.remote.credentials import SessionOnlyCredentialStore
from desktop.remote.reference_sync import ReferenceSync
from desktop.settings import SettingsStore
from desktop.storage.catalogue_snapshot import SnapshotContents, export_snapshot
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database, open_database, run_inline
from desktop.storage.reference_repo import ReferenceRepository

log = logging.getLogger(__name__)

MEDIA_TYPE = "application/vnd.sqlite3"


@dataclass(frozen=True)
class PublishedSnapshot:
    contents: SnapshotContents
    byte_count: int
    failed_catalogues: tuple[str, ...]  # left out (their last good copy is not in it)


def build_and_publish(
    server_url: str, username: str, password: str, work_dir: Path | None = None
) -> PublishedSnapshot:
    """Sync every catalogue of ``username``'s municipality into a new store, export it
    and publish it. Raises ``ApiError`` / ``NetworkError`` (nothing published)."""
    with tempfile.TemporaryDirectory(dir=work_dir, prefix="avrop-snapshot-") as tmp:
        folder = Path(tmp)
        db = open_database(folder / "avrop.sqlite3")
        try:
            reference = ReferenceRepository(db)
            auth = AuthService(SettingsStore(folder), SessionOnlyCredentialStore(), reference)
            auth.use_session_only()
            auth.sign_in(server_url, username, password, remember=False)
            try:
                contents, size, report = _build_and_upload(auth, reference, db, folder)
            finally:
                auth.sign_out()  # the session ends at the server too
        finally:
            db.close()
    failed = tuple(r.supplier_id for r in report.failed)
    log.info("snapshot published: %d lines, %d bytes", contents.lines, size)
    return PublishedSnapshot(contents, size, failed)


def _build_and_upload(
    auth: AuthService, reference: ReferenceRepository, db: Database, folder: Path
) -> tuple[SnapshotContents, int, CatalogueSyncReport]:
    ReferenceSync(auth.current_client, reference, run_inline).sync()
    store = CatalogueStore(db)
    report = CatalogueSync(
        auth.current_client,
        store,
        reference,
        run_inline,
        folder / "downloads",
        start_from_snapshot=False,
    ).sync()
    out = folder / "snapshot.sqlite3"
    contents = export_snapshot(store, out)
    size = out.stat().st_size
    with out.open("rb") as body:
        auth.current_client().request(
            "PUT",
            "/catalogue-snapshot",
            data=body,
            headers={
                "Content-Type": MEDIA_TYPE,
                "Content-Length": str(size),
                "X-Schema-Revision": contents.schema_revision,
                "X-Catalogue-Lines": str(contents.lines),
            },
        )
    return contents, size, report
