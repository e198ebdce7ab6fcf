"""The Cart place: the chosen unit's cart, the orders it becomes, the Place button."""

from desktop.ui.cart.page import CartPage

__all__ = ["CartPage"]
