"""Each user's favourite items in the local store: star, unstar, list (newest first)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from desktop.storage.database import Database
from desktop.storage.favourite_models import FavouriteRow


@dataclass(frozen=True)
class Favourite:
    """An item a user starred, by article; ``name`` as it was when starred."""

    supplier_id: str
    seller_item_id: str
    name: str
    added_at: datetime

    @property
    def key(self) -> tuple[str, str]:
        return (self.supplier_id, self.seller_item_id)


class FavouriteRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, username: str, supplier_id: str, seller_item_id: str, name: str) -> None:
        """Star the item for the user (starring it again keeps the first date)."""
        with self._db.session() as session:
            if session.get(FavouriteRow, (username, supplier_id, seller_item_id)) is None:
                session.add(
                    FavouriteRow(
                        username=username,
                        supplier_id=supplier_id,
                        seller_item_id=seller_item_id,
                        name=name,
                        added_at=datetime.now(UTC),
                    )
                )

    def remove(self, username: str, supplier_id: str, seller_item_id: str) -> None:
        with self._db.session() as session:
            session.execute(
                delete(FavouriteRow).where(
                    FavouriteRow.username == username,
                    FavouriteRow.supplier_id == supplier_id,
                    FavouriteRow.seller_item_id == seller_item_id,
                )
            )

    def contains(self, username: str, supplier_id: str, seller_item_id: str) -> bool:
        with self._db.session() as session:
            row = session.get(FavouriteRow, (username, supplier_id, seller_item_id))
            return row is not None

    def favourites(self, username: str) -> list[Favourite]:
        """The user's favourites, the newest first."""
        with self._db.session() as session:
            rows = session.scalars(
                select(FavouriteRow)
                .where(FavouriteRow.username == username)
                .order_by(FavouriteRow.added_at.desc(), FavouriteRow.name)
            )
            return [Favourite(r.supplier_id, r.seller_item_id, r.name, r.added_at) for r in rows]
