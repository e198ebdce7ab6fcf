"""The table of the last spend figures fetched per user and unit (migration ``0004``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class SpendSnapshotRow(Base):
    """The figures of one unit as the server last sent them to one user.

    Keyed by user too: after a sign-out, the next user never sees figures they may not
    read. ``payload`` is the server's JSON (``SpendReport.to_json()``) as received.
    """

    __tablename__ = "spend_snapshots"

    username: Mapped[str] = mapped_column(String, primary_key=True)
    unit_id: Mapped[str] = mapped_column(String, primary_key=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    etag: Mapped[str | None] = mapped_column(String, nullable=True)
    fetched_at: Mapped[datetime] = mapped_column()  # when the server last confirmed them
    payload: Mapped[dict[str, Any]]
