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


def count_text(place: Place, count: int) -> str:
    """What a count on ``place`` means, in words (the count stands alone: no plural)."""
    if place is Place.ORDERS:
        text = QCoreApplication.translate("Places", "Waiting for your approval: %1")
    elif place is Place.CART:
        text = QCoreApplication.translate("Places", "Lines in the cart: %1")
    else:
        return str(count)
    return text.replace("%1", str(count))


def place_name(place: Place, *, mnemonic: bool = False) -> str:
    """The translated name of ``place`` (with its "&" mnemonic mark when asked)."""
    text = QCoreApplication.translate("Places", _NAMES[place])
    return text if mnemonic else text.replace("&", "")


def place_hint(place: Place) -> str:
    return QCoreApplication.translate("Places", _HINTS[place])


class NavigationList(QListWidget):
    """The side list of places: large rows with an icon and a name.

    ``set_count(place, n)`` shows a number beside a place's name (orders waiting for the
    manager, items in the cart); 0 takes it away. ``set_offered(place, shown)`` hides a
    place the user has nothing in (Spend for an orderer).
    """

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

    def set_count(self, place: Place, count: int) -> None:
        """The one way to show a number on a place: "Orders (2)"; 0 shows none."""
        self._counts[place] = max(0, count)
        self._retranslate()

    def count_of(self, place: Place) -> int:
        return self._counts.get(place, 0)

    def set_offered(self, place: Place, offered: bool) -> None:
        self.setRowHidden(place.value, not offered)

    def is_offered(self, place: Place) -> bool:
        return not self.isRowHidden(place.value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Places"))
        for place in Place:
            item = self.item(place.value)
            name, count = place_name(place), self.count_of(place)
            item.setText(f"{name} ({count})" if count else name)
            hint = f"{place_hint(place)} ({place.shortcut})"
            if count:
                waiting = count_text(place, count)
                name, hint = f"{name}, {waiting}", f"{hint}\n{waiting}"
            item.setToolTip(hint)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
