"""Buying beside an agreement: says which agreement covers the item and what the
difference in price is, and asks for a reason if the user goes on. The same dialog asks
why a supplier ranked lower in a ranked cascade is chosen."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.guidance_prices import OffAgreementAdvice
from desktop.domain.reference import Agreement
from desktop.ui.find.texts import percent_text
from desktop.ui.shell.errors import message_for_code
from desktop.ui.shell.formats import fit_default_button, money_text, unit_text
from desktop.ui.shell.i18n import language_from_locale


class Choice(Enum):
    CANCEL = "cancel"
    SHOW_AGREEMENT = "show_agreement"  # look at the agreement's items instead
    GO_ON = "go_on"  # buy this item anyway, with the reason given


class ReasonDialog(QDialog):
    """Asks before an off-agreement item (``advice``) or a lower-ranked supplier
    (``skipped``: the suppliers ranked before it) goes into the cart."""

    def __init__(
        self,
        item_name: str,
        *,
        advice: OffAgreementAdvice | None = None,
        cascade: tuple[Agreement, list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.item_name = item_name
        self.advice = advice
        self.cascade = cascade
        self.choice = Choice.CANCEL
        self.message = QLabel(self)
        self.message.setObjectName("reasonMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.comparison = QLabel(self)
        self.comparison.setObjectName("reasonComparison")
        self.comparison.setWordWrap(True)
        self.comparison.setTextFormat(Qt.TextFormat.PlainText)
        self.comparison.setStyleSheet("font-weight: 600;")
        self.reason_label = QLabel(self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonText")
        self.reason_label.setBuddy(self.reason_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.hide()
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("reasonShowAgreement")
        self.show_button.setDefault(True)
        self.go_on_button = QPushButton(self)
        self.go_on_button.setObjectName("reasonGoOn")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("reasonCancel")
        self.show_button.clicked.connect(self._show_agreement)
        self.go_on_button.clicked.connect(self._go_on)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_on_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.comparison)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(680)
        self._retranslate()

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _show_agreement(self) -> None:
        self.choice = Choice.SHOW_AGREEMENT
        self.accept()

    def _go_on(self) -> None:
        if not self.reason:
            self.error_label.setText(message_for_code("reason_missing"))
            self.error_label.show()
            self.reason_edit.setFocus()
            return
        self.choice = Choice.GO_ON
        self.accept()

    def comparison_text(self) -> str:
        advice = self.advice
        if advice is None or advice.alternative is None:
            return ""
        alt = advice.alternative
        if advice.difference is None or advice.per_unit_code is None:
            return (
                self.tr("Under the agreement: %1, %2 per %3.")
                .replace("%1", alt.name)
                .replace("%2", money_text(alt.unit_price, alt.currency))
                .replace("%3", unit_text(alt.unit_code))
            )
        per = unit_text(advice.per_unit_code)
        if advice.difference > 0:
            text = self.tr(
                "Under the agreement, %1 costs %2 less per %3: this item costs %4 more."
            ).replace("%4", percent_text(abs(advice.percent_more or Decimal(0))))
        else:
            text = self.tr(
                "Under the agreement, %1 costs %2 more per %3, but buying under the agreement "
                "is still the rule."
            )
        return (
            text.replace("%1", alt.name)
            .replace("%2", money_text(abs(advice.difference), alt.currency))
            .replace("%3", per)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.cascade is not None:
            agreement, before = self.cascade
            self.setWindowTitle(self.tr("Supplier ranked lower"))
            self.message.setText(
                self.tr(
                    "%1 is not first in rank on the agreement %2 (%3). Order from %4 first; "
                    "choose this supplier only when they cannot deliver, and say why."
                )
                .replace("%1", self.item_name)
                .replace("%2", agreement.name_in(language_from_locale(QLocale())))
                .replace("%3", agreement.number)
                .replace("%4", ", ".join(before))
            )
            self.show_button.setText(self.tr("&Show the first supplier's items"))
        else:
            self.setWindowTitle(self.tr("Not on an agreement"))
            advised = self.advice.agreement if self.advice else None
            self.message.setText(
                self.tr(
                    "%1 is not under a framework agreement, but the agreement %2 (%3) covers "
                    "it. Buy under the agreement: the prices are agreed and it counts for "
                    "your unit."
                )
                .replace("%1", self.item_name)
                .replace("%2", advised.name if advised else "")
                .replace("%3", advised.number if advised else "")
            )
            self.show_button.setText(self.tr("&Show the agreement's items"))
        comparison = self.comparison_text()
        self.comparison.setText(comparison)
        self.comparison.setVisible(bool(comparison))
        self.reason_label.setText(self.tr("If you still buy this, &why?"))
        self.reason_edit.setAccessibleName(self.tr("Reason for buying beside the agreement"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. needed today, allergy, special size"))
        self.go_on_button.setText(self.tr("&Buy this anyway"))
        self.cancel_button.setText(self.tr("Cancel"))
        for button in (self.show_button, self.go_on_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        fit_default_button(self.show_button)
