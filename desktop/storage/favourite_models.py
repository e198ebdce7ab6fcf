"""The table of each user's favourite items (migration ``0008``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class FavouriteRow(Base):
    """One item a user starred, by its article (supplier and seller item id), so that it
    outlives catalogue updates. ``name`` is the item's name when starred: what the list
    shows once the item has left the catalogue. Kept across sign-outs, per user."""

    __tablename__ = "favourites"

    username: Mapped[str] = mapped_column(String, primary_key=True)
    supplier_id: Mapped[str] = mapped_column(String, primary_key=True)
    seller_item_id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    added_at: Mapped[datetime] = mapped_column()
