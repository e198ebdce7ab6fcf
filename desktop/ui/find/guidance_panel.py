"""The guidance panel above the results: the agreements that cover the need typed, and
how to call off under each (in Avrop, from the supplier quoting the agreement number,
in rank order, or through the procurement office)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.guidance_resolve import AgreementGuidance, OrderChannel, SupplierStep
from desktop.domain.reference import CallOffMethod
from desktop.ui.find.texts import call_off_text, percent_text
from desktop.ui.shell.formats import day_text
from desktop.ui.shell.i18n import language_from_locale

_TEXT_MIN_WIDTH = 320  # below this beside the buttons, the buttons go under the text


def _label(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the server: never HTML
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def contact_line(step: SupplierStep) -> str:
    """The supplier's ways of taking an order, as one line."""
    supplier = step.supplier
    if supplier is None:
        return step.name
    parts = [supplier.name]
    if supplier.phone:
        parts.append(supplier.phone)
    if supplier.email:
        parts.append(supplier.email)
    if supplier.web:
        parts.append(supplier.web)
    return " · ".join(parts)


class GuidanceCard(QFrame):
    """One agreement and its call-off instructions."""

    ask_office = Signal(object)  # AgreementGuidance
    record_calloff = Signal(object)  # AgreementGuidance
    show_items = Signal(str)  # agreement id

    def __init__(
        self, guide: AgreementGuidance, is_new: bool, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.guide = guide
        self.is_new = is_new
        self.today = today
        self.setObjectName("guidanceCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = _label(self, "guidanceTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600; color: #1f4d3a;")
        self.setStyleSheet(
            "QFrame#guidanceCard { background: #eef6f1; border: 1px solid #b8d6c6;"
            " border-radius: 8px; }"
        )
        self.badges = _label(self, "guidanceBadges")
        self.badges.setStyleSheet("color: #1f7a55; font-weight: 600;")
        self.how = _label(self, "guidanceHow")
        self.steps = _label(self, "guidanceSteps")
        self.advice = _label(self, "guidanceAdvice")
        self.advice.setStyleSheet("color: #55656d; font-style: italic;")
        self.action = QPushButton(self)
        self.action.setObjectName("guidanceAction")
        self.action.clicked.connect(self._act)
        self.items_button = QPushButton(self)
        self.items_button.setObjectName("guidanceShowItems")
        self.items_button.clicked.connect(lambda: self.show_items.emit(guide.agreement.id))

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.badges)
        text.addWidget(self.how)
        text.addWidget(self.steps)
        text.addWidget(self.advice)
        buttons = QVBoxLayout()
        buttons.addWidget(self.action)
        buttons.addWidget(self.items_button)
        buttons.addStretch(1)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(14, 10, 14, 10)
        self._layout.addLayout(text, 1)
        self._layout.addLayout(buttons)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The buttons beside the text, or under it when the card is narrow (large text)."""
        buttons = max(self.action.sizeHint().width(), self.items_button.sizeHint().width())
        narrow = event.size().width() < buttons + _TEXT_MIN_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)

    def _act(self) -> None:
        if self.guide.channel is OrderChannel.ASK_OFFICE:
            self.ask_office.emit(self.guide)
        else:
            self.record_calloff.emit(self.guide)

    def retranslate(self) -> None:
        """Texts in the UI language; the office's own in it too, else the municipality's."""
        g = self.guide
        agreement = g.agreement
        language = language_from_locale(QLocale())
        self.title.setText(
            self.tr("Agreement: %1 (%2)")
            .replace("%1", g.agreement_name_in(language))
            .replace("%2", agreement.number)
        )
        badges = [call_off_text(g.call_off)]
        if g.savings_percent:
            badges.append(self.tr("Saves %1").replace("%1", percent_text(g.savings_percent)))
        if self.is_new:
            badges.append(self.tr("New"))
        self.badges.setText("  ·  ".join(badges))
        self.how.setText(self._how_text())
        self.steps.setText(self._steps_text())
        self.steps.setVisible(bool(self.steps.text()))
        advice = g.advice_in(language)
        self.advice.setText("\n".join(advice))
        self.advice.setVisible(bool(advice))
        self.action.setVisible(g.channel is not OrderChannel.AVROP)
        if g.channel is OrderChannel.ASK_OFFICE:
            self.action.setText(self.tr("Ask the procurement office…"))
        else:
            self.action.setText(self.tr("Record a call-off you made…"))
        self.action.setAccessibleName(self.action.text().rstrip("…"))
        self.items_button.setVisible(agreement.in_ecommerce)
        self.items_button.setText(self.tr("Show only this agreement's items"))
        self.items_button.setAccessibleName(self.items_button.text())
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(f"{self.how.text()} {self.steps.text()}")

    def _how_text(self) -> str:
        g = self.guide
        valid = ""
        if g.agreement.valid_to is not None:
            valid = " " + self.tr("Valid until %1.").replace("%1", day_text(g.agreement.valid_to))
        if g.channel is OrderChannel.ASK_OFFICE:
            return (
                self.tr(
                    "Call-offs under this agreement go through a mini-competition. Do not contact "
                    "the suppliers: send your need to the procurement office and they ask the "
                    "suppliers for you."
                )
                + valid
            )
        if g.channel is OrderChannel.AVROP and g.call_off is CallOffMethod.RANKED:
            return (
                self.tr(
                    "Order here in Avrop, from the suppliers in this order. Use the next one "
                    "only when the one before cannot deliver; Avrop asks you why."
                )
                + valid
            )
        if g.channel is OrderChannel.AVROP:
            return (
                self.tr("Order here in Avrop: the agreement's items are shown first below.") + valid
            )
        quote = self.tr("Quote agreement number %1 when you order.").replace("%1", g.quote_number)
        if g.call_off is CallOffMethod.RANKED:
            return (
                self.tr(
                    "This agreement is not in Avrop's shop. Contact the suppliers in this "
                    "order; the next one only when the one before cannot deliver."
                )
                + " "
                + quote
                + valid
            )
        return (
            self.tr("This agreement is not in Avrop's shop. Order directly from the supplier.")
            + " "
            + quote
            + valid
        )

    def _steps_text(self) -> str:
        g = self.guide
        ranked = g.call_off is CallOffMethod.RANKED
        if g.channel is OrderChannel.ASK_OFFICE or (g.channel is OrderChannel.AVROP and not ranked):
            return ""  # the office decides, or any of the agreement's items will do
        lines = []
        for step in g.steps:
            text = contact_line(step) if g.channel is OrderChannel.CONTACT_SUPPLIER else step.name
            lines.append(f"{step.rank}. {text}" if ranked else f"• {text}")
        return "\n".join(lines)


class GuidancePanel(QWidget):
    """The cards for the current need; hidden when nothing matches."""

    ask_office = Signal(object)
    record_calloff = Signal(object)
    show_items = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self.cards: list[GuidanceCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.hide()

    def show_guidance(
        self, guides: Sequence[AgreementGuidance], new_agreements: frozenset[str], today: date
    ) -> None:
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for guide in guides:
            card = GuidanceCard(guide, guide.agreement.id in new_agreements, today, self)
            card.ask_office.connect(self.ask_office)
            card.record_calloff.connect(self.record_calloff)
            card.show_items.connect(self.show_items)
            self._layout.addWidget(card)
            card.show()
            self.cards.append(card)
        self.setVisible(bool(self.cards))
        self.setAccessibleName(self.tr("Agreements for what you need"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for card in self.cards:
                card.retranslate()
        super().changeEvent(event)
