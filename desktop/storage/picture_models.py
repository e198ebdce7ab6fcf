"""The local record of fetched item pictures (migration ``0010``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class PictureCacheRow(Base):
    """A picture reference the app fetched: the server's ETag of the copy kept in the
    pictures folder (file named ``desktop.domain.picture.cache_name(ref)``), or why it
    was refused (``refused``: a code; no file is kept then)."""

    __tablename__ = "picture_cache"

    ref: Mapped[str] = mapped_column(String, primary_key=True)
    etag: Mapped[str | None] = mapped_column(String, nullable=True)
    byte_count: Mapped[int] = mapped_column(Integer)
    refused: Mapped[str | None] = mapped_column(String, nullable=True)
    fetched_at: Mapped[datetime] = mapped_column()
