"""'Ask the procurement office': a short form from any empty or unhelpful search.

The request is saved on this computer with its outbox entry and sent when the server
can be reached; its status and the office's answer appear in Help.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AvropError
from desktop.domain.office_request import OfficeRequest, Urgency, validate_request
from desktop.domain.reference import Unit
from desktop.domain.values import ValueFormatError, parse_money
from desktop.ui.find.texts import urgency_text
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.formats import fit_default_button
from desktop.ui.shell.screen_fit import scrolling


def parse_amount(text: str) -> Decimal | None:
    """A typed amount ("1 500,50", "1500.50", "") as Decimal; None when empty."""
    cleaned = re.sub(r"[\s\u00a0]|[^\W\d_]+\.?", "", text)  # spaces and currency words go
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return parse_money(cleaned, "estimated_amount")
    except ValueFormatError as exc:
        raise AvropError("request_amount_invalid", str(exc), "estimated_amount") from exc


class OfficeRequestDialog(QDialog):
    """Need, quantity, estimated amount, urgency and unit; the search text comes along."""

    def __init__(
        self,
        units: Sequence[Unit],
        unit_id: str | None,
        search_text: str = "",
        need: str = "",
        agreement_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("officeRequestDialog")
        self.search_text = search_text.strip()[:200]
        self.agreement_id = agreement_id
        self.request: OfficeRequest | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.need_edit = QPlainTextEdit(self)
        self.need_edit.setObjectName("requestNeed")
        self.need_edit.setTabChangesFocus(True)
        self.need_edit.setPlainText(need or self.search_text)
        self.need_edit.setMinimumHeight(90)
        self.quantity_edit = QLineEdit(self)
        self.quantity_edit.setObjectName("requestQuantity")
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("requestAmount")
        self.urgency_combo = QComboBox(self)
        self.urgency_combo.setObjectName("requestUrgency")
        for urgency in Urgency:
            self.urgency_combo.addItem("", urgency.value)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("requestUnit")
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        index = self.unit_combo.findData(unit_id)
        self.unit_combo.setCurrentIndex(max(index, 0))
        self.searched = QLabel(self)
        self.searched.setObjectName("hint")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.form = QFormLayout()
        self.need_label = QLabel(self)
        self.quantity_label = QLabel(self)
        self.amount_label = QLabel(self)
        self.urgency_label = QLabel(self)
        self.unit_label = QLabel(self)
        for label, field in (
            (self.need_label, self.need_edit),
            (self.quantity_label, self.quantity_edit),
            (self.amount_label, self.amount_edit),
            (self.urgency_label, self.urgency_combo),
            (self.unit_label, self.unit_combo),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._send)
        self.buttons.rejected.connect(self.reject)
        body = QWidget(self)
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.intro)
        fields.addLayout(self.form)
        fields.addWidget(self.searched)
        fields.addWidget(self.error_label)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body))  # scrolls at 200 % text; the buttons stay in view
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._retranslate()

    def build_request(self) -> OfficeRequest:
        """The request as filled in; raises ``AvropError`` naming the field."""
        unit_id = str(self.unit_combo.currentData() or "")
        request = OfficeRequest(
            id=str(uuid.uuid4()),
            unit_id=unit_id,
            need=self.need_edit.toPlainText().strip(),
            created_at=datetime.now(UTC),
            urgency=Urgency(str(self.urgency_combo.currentData())),
            quantity=self.quantity_edit.text().strip(),
            estimated_amount=parse_amount(self.amount_edit.text()),
            search_text=self.search_text,
            agreement_id=self.agreement_id,
        )
        units = tuple(str(self.unit_combo.itemData(i)) for i in range(self.unit_combo.count()))
        validate_request(request, units)
        return request

    def _send(self) -> None:
        try:
            self.request = self.build_request()
        except AvropError as error:
            self.show_error(error)
            return
        self.accept()

    def show_error(self, error: AvropError) -> None:
        self.error_label.setText(message_for(error))
        self.error_label.show()
        field = {
            "need": self.need_edit,
            "quantity": self.quantity_edit,
            "estimated_amount": self.amount_edit,
            "currency": self.amount_edit,
            "unit_id": self.unit_combo,
        }.get(error.field or "")
        if field is not None:
            field.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ask the procurement office"))
        self.intro.setText(
            self.tr(
                "Can't find what you need? Ask the procurement office, not the supplier. "
                "They answer here in Avrop; you see the answer under Help. You can send "
                "this even without a network."
            )
        )
        self.need_label.setText(self.tr("What do you &need?"))
        self.quantity_label.setText(self.tr("How &many?"))
        self.amount_label.setText(self.tr("Estimated &amount, excl. VAT (optional):"))
        self.urgency_label.setText(self.tr("How &soon?"))
        self.unit_label.setText(self.tr("For &unit:"))
        self.need_edit.setAccessibleName(self.tr("What you need"))
        self.quantity_edit.setAccessibleName(self.tr("How many"))
        self.quantity_edit.setPlaceholderText(self.tr("e.g. 20, or about 5 boxes"))
        self.amount_edit.setAccessibleName(self.tr("Estimated amount"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 1500"))
        self.urgency_combo.setAccessibleName(self.tr("How soon"))
        self.urgency_combo.view().setAccessibleName(self.tr("How soon"))
        self.unit_combo.setAccessibleName(self.tr("For unit"))
        self.unit_combo.view().setAccessibleName(self.tr("For unit"))
        for i in range(self.urgency_combo.count()):
            self.urgency_combo.setItemText(i, urgency_text(Urgency(self.urgency_combo.itemData(i))))
        searched = self.search_text
        self.searched.setText(
            self.tr("You searched for: %1").replace("%1", searched) if searched else ""
        )
        self.searched.setVisible(bool(searched))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("S&end to the office"))
        ok.setAccessibleName(self.tr("Send to the office"))
        fit_default_button(ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
