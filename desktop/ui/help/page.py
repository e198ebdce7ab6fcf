"""The Help place: who is signed in, their units, whom to ask, and how fresh the data is."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference import Me, Role, Unit, UnitKind
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.shell.places import Place, place_name
from desktop.ui.shell.status_bar import format_timestamp

_ROLES: dict[Role, str] = {
    Role.ORDERER: QT_TRANSLATE_NOOP("HelpPage", "Orderer"),
    Role.MANAGER: QT_TRANSLATE_NOOP("HelpPage", "Unit manager"),
    Role.SUPERUSER: QT_TRANSLATE_NOOP("HelpPage", "Superuser"),
    Role.PROCUREMENT: QT_TRANSLATE_NOOP("HelpPage", "Procurement office"),
}
_KINDS: dict[UnitKind, str] = {
    UnitKind.SCHOOL: QT_TRANSLATE_NOOP("HelpPage", "School"),
    UnitKind.KINDERGARTEN: QT_TRANSLATE_NOOP("HelpPage", "Kindergarten"),
    UnitKind.CARE_HOME: QT_TRANSLATE_NOOP("HelpPage", "Care home"),
    UnitKind.HUB: QT_TRANSLATE_NOOP("HelpPage", "Transshipment hub"),
    UnitKind.OFFICE: QT_TRANSLATE_NOOP("HelpPage", "Procurement office"),
}


def role_text(role: Role) -> str:
    return QCoreApplication.translate("HelpPage", _ROLES[role])


def unit_kind_text(kind: UnitKind) -> str:
    return QCoreApplication.translate("HelpPage", _KINDS[kind])


def _address(unit: Unit) -> str:
    return f"{unit.address.street}, {unit.address.postcode} {unit.address.city}"


class _Card(QFrame):
    """A white box with a heading and a text body."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.heading = QLabel(self)
        self.heading.setObjectName("cardHeading")
        self.heading.setWordWrap(True)  # a long heading wraps at 200 % rather than widen
        self.body = QLabel(self)
        self.body.setObjectName(name)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def set(self, heading: str, body: str) -> None:
        self.heading.setText(heading)
        self.body.setText(body)
        self.setAccessibleName(heading)
        self.body.setAccessibleName(heading)
        self.body.setAccessibleDescription(body)


class HelpPage(QWidget):
    """Shows the signed-in user, their units, the procurement office and the last sync."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._me: Me | None = None
        self._units: list[Unit] = []
        self._office: Unit | None = None
        self._last_synced: datetime | None = None

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.you = _Card("helpUser", self)
        self.units = _Card("helpUnits", self)
        self.office = _Card("helpOffice", self)
        self.data = _Card("helpData", self)
        self.keys = _Card("helpKeys", self)

        grid = FlowRow(spacing=12)  # two cards a row; one when narrow (200 %)
        for card in (self.you, self.office, self.units, self.data, self.keys):
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            grid.addWidget(card)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 20, 24, 16)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addLayout(grid)
        inner.addStretch(1)
        self._inner = inner
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._retranslate()

    def set_data(
        self,
        me: Me | None,
        units: Sequence[Unit],
        office: Unit | None,
        last_synced: datetime | None,
    ) -> None:
        self._me = me
        self._units = list(units)
        self._office = office
        self._last_synced = last_synced
        self._retranslate()

    def add_section(self, widget: QWidget) -> None:
        """Add a section (e.g. the user's questions to the office) below the cards."""
        self._inner.insertWidget(self._inner.count() - 1, widget)

    def set_last_synced(self, moment: datetime | None) -> None:
        self._last_synced = moment
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Help"))
        self.you.set(self.tr("You"), self._you_text())
        self.units.set(self.tr("Your units"), self._units_text())
        self.office.set(self.tr("Can't find what you need?"), self._office_text())
        self.data.set(self.tr("Data on this computer"), self._data_text())
        places = " · ".join(f"{p.shortcut} {place_name(p)}" for p in Place)
        others = " · ".join(
            (
                self.tr("F5 Sync now"),
                self.tr("Tab moves to the next field"),
                self.tr("Esc closes a dialog"),
            )
        )
        find = self.tr(
            "In Find: \u2193 from the search box to the results \u00b7 Enter on an item to "
            "its quantity \u00b7 Enter again puts it in the cart"
        )
        self.keys.set(self.tr("Keyboard"), f"{places}\n{others}\n{find}")

    def _you_text(self) -> str:
        me = self._me
        if me is None:
            return self.tr("Not signed in.")
        lines = [
            me.display_name,
            self.tr("User name: %1").replace("%1", me.username),
            self.tr("Role: %1").replace("%1", role_text(me.role)),
            me.municipality,
        ]
        if me.certified:
            lines.append(self.tr("Certified orderer: you may place orders."))
        elif me.certification_url:
            lines.append(
                self.tr(
                    "Not yet certified: take the orderer training before you order or "
                    "record call-offs: %1"
                ).replace("%1", me.certification_url)
            )
        else:
            lines.append(self.tr("Not yet certified: ask your manager about the orderer training."))
        return "\n".join(lines)

    def _units_text(self) -> str:
        if not self._units:
            return self.tr("No units yet. Sync with File → Sync now (F5).")
        return "\n\n".join(
            f"{unit.name} ({unit_kind_text(unit.kind)})\n{_address(unit)}" for unit in self._units
        )

    def _office_text(self) -> str:
        advice = self.tr(
            "Ask the procurement office, not the supplier. They know every agreement and "
            "can tell you where to buy."
        )
        if self._office is None:
            return advice
        return f"{advice}\n\n{self._office.name}\n{_address(self._office)}"

    def _data_text(self) -> str:
        if self._last_synced is None:
            synced = self.tr("Not synced yet.")
        else:
            synced = self.tr("Last synced %1.").replace("%1", format_timestamp(self._last_synced))
        return "\n".join(
            (
                synced,
                self.tr(
                    "Everything you see is kept on this computer, so Avrop also works "
                    "without a network."
                ),
            )
        )
