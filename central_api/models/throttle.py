"""Failed sign-in counters, shared by every worker through the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from central_api.models.base import Base, UtcDateTime


class SignInFailureRow(Base):
    """Failed sign-ins of one username (``user:<name>``) or one address (``addr:<ip>``)
    in the window that started at ``window_started_at``."""

    __tablename__ = "sign_in_failures"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    window_started_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
