"""The first sync's shortcut: download the municipality's prepared catalogue store.

A new installation (no catalogue applied yet) asks ``GET /catalogue-snapshot`` for the
manifest; when the snapshot was built with this app's store schema it streams
``/catalogue-snapshot/file`` into the sync work folder (refused past the manifest's
size or ``MAX_SNAPSHOT_BYTES``), checks its SHA-256 and installs it in one transaction.
The normal per-supplier sync then fetches only the catalogues changed since. Any
refusal or network failure is logged and the sync goes on without it.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from desktop.domain.errors import AvropError
from desktop.remote.errors import BadResponseError
from desktop.remote.http import ApiClient
from desktop.storage.catalogue_snapshot import install_snapshot, store_schema_revision
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import RunDb

log = logging.getLogger(__name__)

MANIFEST = "/catalogue-snapshot"
FILE = "/catalogue-snapshot/file"
MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class SnapshotManifest:
    sha256: str
    byte_count: int
    schema_revision: str
    lines: int

    @classmethod
    def from_json(cls, status: int, data: Any) -> SnapshotManifest:
        fields = data if isinstance(data, dict) else {}
        sha, size = fields.get("sha256"), fields.get("bytes")
        revision, lines = fields.get("schema_revision"), fields.get("lines")
        if not (isinstance(sha, str) and len(sha) == 64 and isinstance(revision, str)):
            raise BadResponseError(status, f"{MANIFEST}: malformed manifest", "sha256")
        if not (isinstance(size, int) and isinstance(lines, int) and size > 0):
            raise BadResponseError(status, f"{MANIFEST}: malformed manifest", "bytes")
        return cls(sha.lower(), size, revision, lines)


class SnapshotUnusable(AvropError):
    """The snapshot cannot be used (too large, damaged, another schema): sync without."""

    def __init__(self, message: str) -> None:
        super().__init__("snapshot_unusable", message)


def download_snapshot(client: ApiClient, manifest: SnapshotManifest, path: Path) -> None:
    """Stream the snapshot to ``path``; ``SnapshotUnusable`` past its size, on a broken
    connection or on a SHA-256 that is not the manifest's. Each chunk is hashed and
    written on a helper thread while the next one arrives (both release the GIL)."""
    if manifest.byte_count > MAX_SNAPSHOT_BYTES:
        raise SnapshotUnusable(f"the snapshot is larger than {MAX_SNAPSHOT_BYTES} bytes")
    response = client.request("GET", FILE, accept="application/vnd.sqlite3", stream=True)
    digest = hashlib.sha256()
    written = 0
    try:
        with path.open("wb") as out, ThreadPoolExecutor(1) as helper:

            def keep(chunk: bytes) -> None:
                digest.update(chunk)
                out.write(chunk)

            pending: Future[None] | None = None
            for chunk in response.iter_content(CHUNK):
                written += len(chunk)
                if written > manifest.byte_count:
                    raise SnapshotUnusable("the snapshot is larger than its manifest says")
                if pending is not None:
                    pending.result()
                pending = helper.submit(keep, chunk)
            if pending is not None:
                pending.result()
    except requests.exceptions.RequestException as exc:
        raise SnapshotUnusable(f"the snapshot download broke off: {exc}") from exc
    finally:
        response.close()
    if written != manifest.byte_count or digest.hexdigest() != manifest.sha256:
        raise SnapshotUnusable("the snapshot does not match its manifest (SHA-256 or size)")


class SnapshotStart:
    """Installs the municipality's snapshot into an empty store, when one fits."""

    def __init__(
        self, client: ApiClient, store: CatalogueStore, run_db: RunDb, work_dir: Path
    ) -> None:
        self._client = client
        self._store = store
        self._run_db = run_db
        self._work_dir = work_dir

    def try_install(self, downloading: Callable[[], None]) -> bool:
        """Whether a snapshot was installed; never raises (a failure is logged)."""
        try:
            answer = self._client.get_json(MANIFEST)
            manifest = SnapshotManifest.from_json(answer.status, answer.data)
            local = store_schema_revision()
            if manifest.schema_revision != local:
                log.info("catalogue snapshot skipped: schema %s, ours %s",
                         manifest.schema_revision, local)  # fmt: skip
                return False
            downloading()
            self._work_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=self._work_dir) as tmp:
                path = Path(tmp) / "snapshot.sqlite3"
                download_snapshot(self._client, manifest, path)
                contents = self._run_db(lambda: install_snapshot(self._store, path))
        except (AvropError, OSError) as exc:  # includes ApiError 404: none is published
            log.info("catalogue snapshot not used: %s", exc)
            return False
        log.info("catalogue snapshot installed: %d lines, %d catalogues",
                 contents.lines, len(contents.catalogues))  # fmt: skip
        return True
