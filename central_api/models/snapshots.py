"""The prepared catalogue store each municipality's installations start from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from central_api.models.base import Base, UtcDateTime


class CatalogueSnapshotRow(Base):
    """The municipality's current snapshot: an opaque file in the server's data folder
    (``file_name``), described by its SHA-256, size, the store schema it was built with
    and how many catalogue lines it holds. The server never opens it."""

    __tablename__ = "catalogue_snapshots"

    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    byte_count: Mapped[int] = mapped_column(BigInteger)
    schema_revision: Mapped[str] = mapped_column(String(80))
    line_count: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
