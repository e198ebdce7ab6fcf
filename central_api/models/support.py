"""What superusers work with: a unit's order templates and support bundles."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central_api.models.base import Base, UtcDateTime


class UnitTemplatesRow(Base):
    """A unit's order templates as one JSON document (``GET/PUT /units/{id}/templates``)."""

    __tablename__ = "unit_templates"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), primary_key=True)
    document: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SupportBundleRow(Base):
    """A diagnostics file an orderer sent to the superusers of a unit."""

    __tablename__ = "support_bundles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(String(500))
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
