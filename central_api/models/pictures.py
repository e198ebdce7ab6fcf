"""Item pictures the municipality publishes with its catalogues (``GET /pictures``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central_api.models.base import Base, UtcDateTime


class PictureRow(Base):
    """One picture: its bytes (PNG or JPEG, checked when stored) and a strong ETag; or,
    for a demo picture not yet asked for, the recipe it is drawn from on first request."""

    __tablename__ = "pictures"

    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    picture_id: Mapped[str] = mapped_column(String(24), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(40))
    etag: Mapped[str] = mapped_column(String(80))
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    byte_count: Mapped[int] = mapped_column(Integer)
    # A demo picture not drawn yet: what to draw (``central_api.demo.pictures``)
    recipe: Mapped[str | None] = mapped_column(Text, deferred=True)
    published_at: Mapped[datetime] = mapped_column(UtcDateTime())
