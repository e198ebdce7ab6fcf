"""Each user's favourites: star an item, list them with what is still in the catalogue
(no Qt; every method runs on the database thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.storage.catalogue_views import ItemDetail
from desktop.storage.favourite_repo import Favourite, FavouriteRepository

ItemIdOf = Callable[[str, str], int | None]  # (supplier id, seller item id) → catalogue id


@dataclass(frozen=True)
class FavouriteItem:
    """A favourite and its item in today's catalogue (``None``: it left the catalogue)."""

    favourite: Favourite
    item_id: int | None

    @property
    def gone(self) -> bool:
        return self.item_id is None


class FavouritesService:
    """The signed-in user's favourites; nobody signed in: none, and starring is refused."""

    def __init__(
        self,
        repository: FavouriteRepository,
        username: Callable[[], str | None],
        item_id_of: ItemIdOf,
    ) -> None:
        self._repository = repository
        self._username = username
        self._item_id_of = item_id_of

    def is_favourite(self, detail: ItemDetail) -> bool:
        user = self._username()
        return bool(user) and self._repository.contains(
            user or "", detail.supplier_id, detail.seller_item_id
        )

    def set_favourite(self, detail: ItemDetail, on: bool) -> bool:
        """Star (or unstar) the item for the user; returns whether it is now a favourite."""
        user = self._username()
        if not user:
            return False
        if on:
            self._repository.add(user, detail.supplier_id, detail.seller_item_id, detail.name)
        else:
            self._repository.remove(user, detail.supplier_id, detail.seller_item_id)
        return on

    def items(self) -> list[FavouriteItem]:
        """The user's favourites, newest first, each with its item in the catalogue now."""
        user = self._username()
        if not user:
            return []
        return [
            FavouriteItem(f, self._item_id_of(f.supplier_id, f.seller_item_id))
            for f in self._repository.favourites(user)
        ]
