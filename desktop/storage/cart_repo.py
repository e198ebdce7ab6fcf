"""The units' carts in the local store: each change is one transaction, so a cart
survives a crash or a restart exactly as the user left it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.cart import Cart, CartLine
from desktop.storage.database import Database
from desktop.storage.order_codec import cart_line_from_json, cart_line_to_json
from desktop.storage.order_models import CartLineRow


def load_cart(session: Session, unit_id: str) -> Cart:
    rows = session.scalars(
        select(CartLineRow).where(CartLineRow.unit_id == unit_id).order_by(CartLineRow.position)
    )
    return Cart(unit_id, tuple(cart_line_from_json(row.payload) for row in rows))


def store_cart(session: Session, cart: Cart) -> None:
    """Make the stored lines of ``cart.unit_id`` equal to ``cart``'s."""
    session.execute(delete(CartLineRow).where(CartLineRow.unit_id == cart.unit_id))
    now = datetime.now(UTC)
    for position, line in enumerate(cart.lines):
        session.add(
            CartLineRow(
                unit_id=cart.unit_id,
                supplier_id=line.supplier_id,
                seller_item_id=line.seller_item_id,
                position=position,
                payload=cart_line_to_json(line),
                updated_at=now,
            )
        )


class CartRepository:
    """Reads and changes the carts; every method returns the cart as it now is."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def cart(self, unit_id: str) -> Cart:
        with self._db.session() as session:
            return load_cart(session, unit_id)

    def _change(self, unit_id: str, change: Callable[[Cart], Cart]) -> Cart:
        with self._db.session() as session:
            cart = change(load_cart(session, unit_id))
            store_cart(session, cart)
            return cart

    def add(self, unit_id: str, line: CartLine) -> Cart:
        return self._change(unit_id, lambda cart: cart.add(line))

    def set_quantity(
        self, unit_id: str, supplier_id: str, seller_item_id: str, quantity: Decimal
    ) -> Cart:
        return self._change(
            unit_id, lambda cart: cart.set_quantity(supplier_id, seller_item_id, quantity)
        )

    def remove(self, unit_id: str, supplier_id: str, seller_item_id: str) -> Cart:
        return self._change(unit_id, lambda cart: cart.remove(supplier_id, seller_item_id))

    def replace_line(self, unit_id: str, line: CartLine) -> Cart:
        """Put a fresher snapshot of an item in place (same position, same quantity)."""

        def change(cart: Cart) -> Cart:
            lines = tuple(line if ln.key == line.key else ln for ln in cart.lines)
            return Cart(cart.unit_id, lines)

        return self._change(unit_id, change)

    def clear(self, unit_id: str) -> Cart:
        return self._change(unit_id, lambda cart: Cart(cart.unit_id))

    def line_counts(self) -> dict[str, int]:
        """How many lines each unit's cart holds (units with an empty cart left out)."""
        with self._db.session() as session:
            rows = session.execute(
                select(CartLineRow.unit_id, func.count()).group_by(CartLineRow.unit_id)
            )
            return {unit_id: int(count) for unit_id, count in rows}
