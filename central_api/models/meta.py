"""Key-value facts about the server's data (e.g. the demo seed and its "today")."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central_api.models.base import Base


class ServerMetaRow(Base):
    __tablename__ = "server_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReferenceVersionRow(Base):
    """One counter bumped in the same transaction as any change to reference data
    (units, suppliers, agreements): their list ETags derive from it, so a conditional
    GET answers 304 without building the list."""

    __tablename__ = "reference_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
