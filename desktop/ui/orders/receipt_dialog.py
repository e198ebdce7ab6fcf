"""Goods receipt: how much of each line arrived now (in full or in part)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.order import Order, OrderLine
from desktop.domain.quantity import DIVISIBLE_UNITS, normal_quantity
from desktop.ui.orders.model import order_label
from desktop.ui.shell.formats import quantity_text, unit_text


class ReceiptDialog(QDialog):
    """One spin box per line still outstanding, from 0 up to what is outstanding."""

    def __init__(self, order: Order, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(
            self.tr("Goods received for order %1").replace("%1", order_label(order))
        )
        self._lines: list[tuple[OrderLine, QDoubleSpinBox]] = []
        intro = QLabel(
            self.tr("Enter how much arrived now. What is missing can be received later."), self
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        for line in order.lines:
            if line.outstanding <= 0:
                continue
            spin = QDoubleSpinBox(self)
            spin.setDecimals(3 if line.unit_code.upper() in DIVISIBLE_UNITS else 0)
            spin.setRange(0, float(line.outstanding))
            label_text = self.tr("%1 (%2 %3 outstanding)").replace("%1", line.name)
            label_text = label_text.replace("%2", quantity_text(line.outstanding))
            label_text = label_text.replace("%3", unit_text(line.unit_code))
            label = QLabel(label_text, self)
            label.setBuddy(spin)
            spin.setAccessibleName(self.tr("Received now of %1").replace("%1", line.name))
            form.addRow(label, spin)
            self._lines.append((line, spin))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note about the delivery"))
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        self.all_button = QPushButton(self.tr("&Everything arrived"), self)
        self.all_button.setObjectName("receiveEverything")
        self.all_button.setAccessibleName(self.tr("Mark every line as received in full"))
        self.all_button.clicked.connect(self.receive_all)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("saveReceipt")
        ok.setText(self.tr("&Save receipt"))
        ok.setAccessibleName(self.tr("Save what arrived"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.all_button)
        layout.addWidget(buttons)

    def receive_all(self) -> None:
        for _line, spin in self._lines:
            spin.setValue(spin.maximum())

    def set_received(self, line_id: str, quantity: Decimal) -> None:
        for line, spin in self._lines:
            if line.line_id == line_id:
                spin.setValue(float(quantity))

    def received(self) -> dict[str, Decimal]:
        """Per line id, what arrived now (lines with nothing left out)."""
        result: dict[str, Decimal] = {}
        for line, spin in self._lines:
            # The spin box holds a float; its text is the exact number the user sees.
            value = normal_quantity(Decimal(str(round(spin.value(), spin.decimals()))))
            if value > 0:
                result[line.line_id] = min(value, line.outstanding)
        return result
