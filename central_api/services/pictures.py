"""Item pictures: stored per municipality, listed with their ETags, served as bytes.

Only PNG and JPEG pictures within the size limits of ``desktop.domain.picture`` are
stored (the magic bytes are checked, never trusted from a header).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.errors import not_found
from central_api.models.pictures import PictureRow
from desktop.domain.picture import MAX_PICTURE_BYTES, PICTURE_TYPES


def media_type_of(content: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the magic bytes; None for anything else."""
    return next((t for t, magic in PICTURE_TYPES.items() if content.startswith(magic)), None)


def picture_etag(content: bytes) -> str:
    return '"' + hashlib.sha256(content).hexdigest()[:40] + '"'


def store_picture(
    session: Session, municipality_id: str, picture_id: str, content: bytes, at: datetime
) -> PictureRow:
    """Store (or replace) a picture; ``ValueError`` when it is no PNG/JPEG or too big."""
    media_type = media_type_of(content)
    if media_type is None or len(content) > MAX_PICTURE_BYTES:
        raise ValueError(f"picture {picture_id} is not a PNG or JPEG within the size limit")
    row = session.get(PictureRow, (municipality_id, picture_id))
    if row is None:
        row = PictureRow(municipality_id=municipality_id, picture_id=picture_id)
        session.add(row)
    row.media_type = media_type
    row.content = content
    row.byte_count = len(content)
    row.etag = picture_etag(content)
    row.published_at = at
    return row


def list_pictures(session: Session, municipality_id: str) -> list[tuple[str, str]]:
    """(picture id, ETag) of every picture of the municipality, by id."""
    rows = session.execute(
        select(PictureRow.picture_id, PictureRow.etag)
        .where(PictureRow.municipality_id == municipality_id)
        .order_by(PictureRow.picture_id)
    )
    return [(str(r[0]), str(r[1])) for r in rows]


def stored_picture(session: Session, municipality_id: str, picture_id: str) -> PictureRow:
    row = session.get(PictureRow, (municipality_id, picture_id))
    if row is None:
        raise not_found("No such picture", "picture_id")
    return row
