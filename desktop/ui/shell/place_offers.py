"""Which places the signed-in user is offered, and which unit picker a place shows.

Spend is offered only to the roles that have figures (an orderer would find an empty
page). The main window's "Ordering for" picker stands back on Spend, which has its own
picker of the units whose figures the user may open: one unit picker per page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.domain.reference import Me
from desktop.domain.spend_access import may_see_spend
from desktop.ui.shell.places import NavigationList, Place

OWN_UNIT_PICKER = frozenset({Place.SPEND})  # places with a unit picker of their own


class PlaceOffers(QObject):
    """Keeps the side list, the Go menu and the shared unit picker in step with the user
    and the place shown. ``follow_user(me)`` after sign-in or a sync."""

    def __init__(
        self,
        navigation: NavigationList,
        actions: Mapping[Place, QAction],
        unit_picker: Sequence[QWidget],
    ) -> None:
        super().__init__(navigation)
        self.navigation = navigation
        self.actions = actions
        self.unit_picker = tuple(unit_picker)
        navigation.currentRowChanged.connect(self._place_shown)

    def follow_user(self, me: Me | None) -> None:
        spend = me is not None and may_see_spend(me)
        self.navigation.set_offered(Place.SPEND, spend)
        self.actions[Place.SPEND].setVisible(spend)
        self.actions[Place.SPEND].setEnabled(spend)
        if not spend and self.navigation.currentRow() == Place.SPEND:
            self.navigation.setCurrentRow(Place.FIND)

    def _place_shown(self, row: int) -> None:
        shared = row not in {p.value for p in OWN_UNIT_PICKER}
        for widget in self.unit_picker:
            widget.setVisible(shared)
