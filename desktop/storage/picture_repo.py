"""Which item pictures the local catalogue references, and what was fetched of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, text

from desktop.domain.picture import EMBEDDED_PREFIX, is_external_picture, served_picture_id
from desktop.storage.catalogue_rows import UNIT_SEP
from desktop.storage.database import Database
from desktop.storage.picture_models import PictureCacheRow


@dataclass(frozen=True)
class CachedPicture:
    ref: str
    etag: str | None
    refused: str | None  # why it was refused (a code), None when kept


class PictureRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def referenced(self) -> list[str]:
        """Every picture reference of the local catalogue, sorted: those the central API
        serves, embedded ones (``data:`` URIs) and those at suppliers' own addresses."""
        found: set[str] = set()
        with self._db.session() as session:
            rows = session.execute(
                text("SELECT DISTINCT image_refs FROM catalogue_items WHERE image_refs != ''")
            )
            for (joined,) in rows:
                found.update(r for r in str(joined).split(UNIT_SEP) if _fetchable(r))
        return sorted(found)

    def cached(self) -> dict[str, CachedPicture]:
        with self._db.session() as session:
            rows = session.scalars(select(PictureCacheRow))
            return {r.ref: CachedPicture(r.ref, r.etag, r.refused) for r in rows}

    def record(
        self, ref: str, etag: str | None, byte_count: int, refused: str | None, at: datetime
    ) -> None:
        """Remember the copy kept of ``ref`` (its ETag), or why it was refused."""
        with self._db.session() as session:
            row = session.get(PictureCacheRow, ref)
            if row is None:
                row = PictureCacheRow(ref=ref)
                session.add(row)
            row.etag, row.byte_count, row.refused, row.fetched_at = etag, byte_count, refused, at

    def forget(self, refs: Iterable[str]) -> None:
        """Drop the records of pictures no longer referenced."""
        wanted = list(refs)
        with self._db.session() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                session.execute(delete(PictureCacheRow).where(PictureCacheRow.ref.in_(chunk)))


def _fetchable(ref: str) -> bool:
    return (
        bool(served_picture_id(ref)) or ref.startswith(EMBEDDED_PREFIX) or is_external_picture(ref)
    )
