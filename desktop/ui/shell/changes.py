"""One typed "something changed" signal for every view (as Anki's ``operation_did_execute``).

Whoever changes data (placing an order, a sync, a sent request…) announces it once with
``ChangeBus.announce``; every view that shows that data listens to ``changed`` and
reloads. Views never call each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Signal


class Change(Enum):
    """What kind of data changed."""

    REFERENCE = "reference"  # user, units, agreements, suppliers (the reference sync)
    CATALOGUE = "catalogue"  # guidance and supplier catalogues (the Find sync)
    CART = "cart"  # a unit's cart
    ORDERS = "orders"  # local orders (placed, sent, answered, approved…)
    OUTBOX = "outbox"  # how many orders wait to be sent
    REQUESTS = "requests"  # questions to the office and recorded call-offs


@dataclass(frozen=True)
class Changes:
    """One announcement: what changed, for which unit (None: any), how many orders were
    just placed (with ``Change.ORDERS`` from the cart), and who announced it."""

    what: frozenset[Change]
    unit_id: str | None = None
    placed: int = 0

    def __contains__(self, change: object) -> bool:
        return change in self.what

    def for_unit(self, unit_id: str | None) -> bool:
        """Whether a view showing ``unit_id`` is concerned."""
        return self.unit_id is None or self.unit_id == unit_id


class ChangeBus(QObject):
    """``changed(Changes)`` after each change; emitted on the UI thread."""

    changed = Signal(Changes)

    def announce(self, *what: Change, unit_id: str | None = None, placed: int = 0) -> None:
        self.changed.emit(Changes(frozenset(what), unit_id, placed))
