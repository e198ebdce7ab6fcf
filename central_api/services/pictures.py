"""Item pictures: stored per municipality, listed with their ETags, served as bytes.

Only PNG and JPEG pictures within the size limits of ``desktop.domain.picture`` are
stored (the magic bytes are checked, never trusted from a header).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from itertools import islice

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from central_api.errors import not_found
from central_api.models.pictures import PictureRow
from desktop.domain.picture import MAX_PICTURE_BYTES, PICTURE_TYPES

BATCH = 500


def media_type_of(content: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the magic bytes; None for anything else."""
    return next((t for t, magic in PICTURE_TYPES.items() if content.startswith(magic)), None)


def picture_etag(content: bytes) -> str:
    return '"' + hashlib.sha256(content).hexdigest()[:40] + '"'


def _checked(picture_id: str, content: bytes) -> str:
    media_type = media_type_of(content)
    if media_type is None or len(content) > MAX_PICTURE_BYTES:
        raise ValueError(f"picture {picture_id} is not a PNG or JPEG within the size limit")
    return media_type


def add_pictures(
    session: Session, municipality_id: str, pictures: Iterable[tuple[str, bytes]], at: datetime
) -> int:
    """Store new pictures ((id, bytes), none stored yet) in batches; how many.
    ``ValueError`` (nothing of that batch stored) when one is no PNG/JPEG or too big."""
    count = 0
    items = iter(pictures)
    while batch := list(islice(items, BATCH)):
        rows = [
            {
                "municipality_id": municipality_id,
                "picture_id": picture_id,
                "media_type": _checked(picture_id, content),
                "etag": picture_etag(content),
                "content": content,
                "byte_count": len(content),
                "published_at": at,
            }
            for picture_id, content in batch
        ]
        session.execute(insert(PictureRow), rows)
        count += len(rows)
    return count


def add_recipes(
    session: Session, municipality_id: str, recipes: Iterable[tuple[str, str]], at: datetime
) -> int:
    """Store new demo pictures as (id, recipe): drawn when first asked for (``content``)."""
    count = 0
    items = iter(recipes)
    while batch := list(islice(items, BATCH)):
        rows = [
            {
                "municipality_id": municipality_id,
                "picture_id": picture_id,
                "media_type": "image/png",
                "etag": picture_etag(recipe.encode()),
                "content": None,
                "byte_count": 0,
                "recipe": recipe,
                "published_at": at,
            }
            for picture_id, recipe in batch
        ]
        session.execute(insert(PictureRow), rows)
        count += len(rows)
    return count


def content(session: Session, row: PictureRow) -> bytes:
    """The picture's bytes, drawing a demo picture from its recipe the first time."""
    if row.content is None:
        from central_api.demo.pictures import draw_recipe  # only demo pictures have recipes

        drawn = draw_recipe(row.recipe or "")
        row.content, row.byte_count = drawn, len(drawn)
        session.commit()
        return drawn
    return row.content


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
