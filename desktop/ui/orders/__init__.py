"""The Orders place: the user's orders, approvals, receipts, and the outbox sender.

The way in: ``OrdersWiring`` (its ``page`` is the page).
"""

from desktop.ui.orders.wiring import OrdersWiring

__all__ = ["OrdersWiring"]
