"""Change a queued order before it is sent: new quantities (0 removes a line)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.order import Order
from desktop.domain.quantity import DIVISIBLE_UNITS, normal_quantity
from desktop.ui.orders.model import order_label

MAX_QUANTITY = 1_000_000


class OrderEditDialog(QDialog):
    def __init__(self, order: Order, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderEditDialog")
        self.setWindowTitle(self.tr("Change order %1").replace("%1", order_label(order)))
        intro = QLabel(self.tr("New quantities; 0 removes the line. The order is sent again."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self._spins: dict[str, QDoubleSpinBox] = {}
        for line in order.lines:
            spin = QDoubleSpinBox(self)
            spin.setDecimals(3 if line.unit_code.upper() in DIVISIBLE_UNITS else 0)
            spin.setRange(0, MAX_QUANTITY)
            spin.setValue(float(line.quantity))
            spin.setAccessibleName(self.tr("Quantity of %1").replace("%1", line.name))
            label = QLabel(f"{line.name} ({line.unit_code})", self)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self._spins[line.line_id] = spin
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save and send again"))
        ok.setAccessibleName(self.tr("Save the changes and queue the order again"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close without changing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_quantity(self, line_id: str, quantity: Decimal) -> None:
        self._spins[line_id].setValue(float(quantity))

    def quantities(self) -> dict[str, Decimal]:
        return {
            line_id: normal_quantity(Decimal(str(round(spin.value(), spin.decimals()))))
            for line_id, spin in self._spins.items()
        }
