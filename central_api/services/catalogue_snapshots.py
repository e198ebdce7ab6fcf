"""A municipality's catalogue snapshot: a prepared desktop store kept as an opaque file.

The server never opens the file (``central_api`` may not import the desktop store): it
checks the SQLite magic header and the size, hashes what it receives, and swaps the
municipality's snapshot for the new one atomically (the file first, under a new name,
then the row; the old file is removed after the commit, so a download in progress
keeps reading the file it opened).
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.errors import ApiError, not_found
from central_api.models.snapshots import CatalogueSnapshotRow

log = logging.getLogger(__name__)

MEDIA_TYPE = "application/vnd.sqlite3"
UPLOAD_MEDIA_TYPES = (MEDIA_TYPE, "application/octet-stream")  # the file is checked anyway
SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024 * 1024
FOLDER = "catalogue-snapshots"


@dataclass(frozen=True)
class ReceivedFile:
    """An upload written to ``path``: its size and SHA-256 (hex)."""

    path: Path
    byte_count: int
    sha256: str


class SnapshotReceiver:
    """Takes the body chunk by chunk into a file, hashing it and checking the header."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._out = path.open("wb")
        self._hash = hashlib.sha256()
        self._head = b""
        self.byte_count = 0

    def write(self, chunk: bytes) -> None:
        if len(self._head) < len(SQLITE_MAGIC):
            self._head += chunk[: len(SQLITE_MAGIC) - len(self._head)]
            if not SQLITE_MAGIC.startswith(self._head):
                raise _invalid("The body is not an SQLite database file")
        self.byte_count += len(chunk)
        if self.byte_count > MAX_SNAPSHOT_BYTES:
            raise ApiError(413, "payload_too_large", "The snapshot is too large")
        self._hash.update(chunk)
        self._out.write(chunk)

    def finish(self) -> ReceivedFile:
        self._out.close()
        if self._head != SQLITE_MAGIC:
            raise _invalid("The body is not an SQLite database file")
        return ReceivedFile(self.path, self.byte_count, self._hash.hexdigest())

    def close(self) -> None:
        self._out.close()


def _invalid(message: str) -> ApiError:
    return ApiError(422, "snapshot_invalid", message, "body")


def snapshot_folder(data_dir: Path) -> Path:
    folder = data_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def current_snapshot(session: Session, municipality_id: str) -> CatalogueSnapshotRow:
    row = session.get(CatalogueSnapshotRow, municipality_id)
    if row is None:
        raise not_found("No catalogue snapshot is published")
    return row


def snapshot_file(data_dir: Path, row: CatalogueSnapshotRow) -> Path:
    """The file of ``row``; 404 if it went missing."""
    path = data_dir / FOLDER / row.file_name
    if not path.is_file():
        raise not_found("The catalogue snapshot file is missing")
    return path


def publish_snapshot(
    session: Session,
    data_dir: Path,
    municipality_id: str,
    received: ReceivedFile,
    schema_revision: str,
    lines: int,
    at: datetime,
) -> dict[str, object]:
    """Make ``received`` the municipality's snapshot (moved into place, then committed);
    its manifest."""
    name = f"{municipality_id}-{received.sha256[:32]}.sqlite3"
    final = snapshot_folder(data_dir) / name
    row = _locked_row(session, municipality_id)
    old_name = row.file_name if row is not None else None
    if row is None:
        row, old_name = _first_row(
            session, municipality_id, received, name, schema_revision, lines, at
        )
    try:
        os.replace(received.path, final)
        _describe(row, received, name, schema_revision, lines, at)
        described = manifest(row)
        session.commit()
    except BaseException:
        if old_name != name:
            final.unlink(missing_ok=True)
        raise
    if old_name is not None and old_name != name:
        (data_dir / FOLDER / old_name).unlink(missing_ok=True)
    log.info("catalogue snapshot of %s: %d bytes", municipality_id, received.byte_count)
    return described


def _locked_row(session: Session, municipality_id: str) -> CatalogueSnapshotRow | None:
    """The municipality's row, locked until the commit, so that two publishers take turns
    and each removes the file it replaced. A write starts a fresh transaction: on SQLite it
    takes the database's write lock before the read (a read first could not upgrade); on
    PostgreSQL ``FOR UPDATE`` locks the row."""
    session.commit()
    session.execute(
        update(CatalogueSnapshotRow)
        .where(CatalogueSnapshotRow.municipality_id == municipality_id)
        .values(sha256=CatalogueSnapshotRow.sha256)
    )
    locked = (
        select(CatalogueSnapshotRow)
        .where(CatalogueSnapshotRow.municipality_id == municipality_id)
        .with_for_update()  # the row may have been committed since the UPDATE began
        .execution_options(populate_existing=True)
    )
    return session.scalars(locked).one_or_none()


def _first_row(
    session: Session,
    municipality_id: str,
    received: ReceivedFile,
    name: str,
    schema_revision: str,
    lines: int,
    at: datetime,
) -> tuple[CatalogueSnapshotRow, str | None]:
    """The municipality's first row, inserted; or, when another worker inserted it at the
    same moment, that row, locked (409 if it went away again); with the file it names."""
    try:
        with session.begin_nested():
            row = CatalogueSnapshotRow(municipality_id=municipality_id)
            _describe(row, received, name, schema_revision, lines, at)
            session.add(row)
        return row, None
    except IntegrityError:
        clashed = _locked_row(session, municipality_id)
    if clashed is None:
        raise ApiError(409, "snapshot_busy", "Another snapshot is being published; try again")
    return clashed, clashed.file_name


def _describe(
    row: CatalogueSnapshotRow,
    received: ReceivedFile,
    name: str,
    schema_revision: str,
    lines: int,
    at: datetime,
) -> None:
    row.sha256 = received.sha256
    row.byte_count = received.byte_count
    row.schema_revision = schema_revision
    row.line_count = lines
    row.file_name = name
    row.created_at = at


def manifest(row: CatalogueSnapshotRow) -> dict[str, object]:
    return {
        "sha256": row.sha256,
        "bytes": row.byte_count,
        "schema_revision": row.schema_revision,
        "lines": row.line_count,
        "created_at": row.created_at.isoformat(),
    }
