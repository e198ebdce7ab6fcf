"""The six places of the main window and the side list that leads to them."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.shell.style import nav_icon


class Place(IntEnum):
    """A place, in the order of the side list (and of Ctrl+1…Ctrl+6)."""

    FIND = 0
    CART = 1
    ORDERS = 2
    SPEND = 3
    HELP = 4
    SUPPORT = 5

    @property
    def shortcut(self) -> str:
        return f"Ctrl+{self.value + 1}"

    @property
    def icon_name(self) -> str:
        return self.name.lower()


# With "&" marks for the Go menu; the side list shows them without.
_NAMES: dict[Place, str] = {
    Place.FIND: QT_TRANSLATE_NOOP("Places", "&Find"),
    Place.CART: QT_TRANSLATE_NOOP("Places", "&Cart"),
    Place.ORDERS: QT_TRANSLATE_NOOP("Places", "&Orders"),
    Place.SPEND: QT_TRANSLATE_NOOP("Places", "&Spend"),
    Place.HELP: QT_TRANSLATE_NOOP("Places", "&Help"),
    Place.SUPPORT: QT_TRANSLATE_NOOP("Places", "S&upport"),
}

_HINTS: dict[Place, str] = {
    Place.FIND: QT_TRANSLATE_NOOP("Places", "Find agreements, suppliers and products"),
    Place.CART: QT_TRANSLATE_NOOP("Places", "What you are about to order"),
    Place.ORDERS: QT_TRANSLATE_NOOP("Places", "Your orders and their status"),
    Place.SPEND: QT_TRANSLATE_NOOP(
        "Places", "What your unit spends, and how much follows the agreements"
    ),
    Place.HELP: QT_TRANSLATE_NOOP("Places", "Who you are, whom to ask, and keyboard keys"),
    Place.SUPPORT: QT_TRANSLATE_NOOP(
        "Places", "Order templates, support bundles, and the units you support"
    ),
}


def place_name(place: Place, *, mnemonic: bool = False) -> str:
    """The translated name of ``place`` (with its "&" mnemonic mark when asked)."""
    text = QCoreApplication.translate("Places", _NAMES[place])
    return text if mnemonic else text.replace("&", "")


def place_hint(place: Place) -> str:
    return QCoreApplication.translate("Places", _HINTS[place])


class NavigationList(QListWidget):
    """The side list of places: large rows with an icon and a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(QSize(24, 24))
        self.setUniformItemSizes(True)
        self.setFixedWidth(200)
        self._counts: dict[Place, int] = {}
        for place in Place:
            item = QListWidgetItem(nav_icon(place.icon_name), "", self)
            item.setSizeHint(QSize(180, 48))
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_count(self, place: Place, count: int) -> None:
        """Show ``count`` beside the place's name ("Cart (3)"); 0 shows the name alone."""
        self._counts[place] = max(0, count)
        self._retranslate()

    def count_of(self, place: Place) -> int:
        return self._counts.get(place, 0)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Places"))
        for place in Place:
            item = self.item(place.value)
            name, count = place_name(place), self._counts.get(place, 0)
            shown = self.tr("%1 (%2)").replace("%1", name).replace("%2", str(count))
            item.setText(shown if count else name)
            item.setToolTip(f"{place_hint(place)} ({place.shortcut})")
            spoken = self.tr("%1, 1 item") if count == 1 else self.tr("%1, %2 items")
            spoken = spoken.replace("%1", name).replace("%2", str(count))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken if count else name)
