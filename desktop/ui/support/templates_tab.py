"""Order templates of the unit: start a cart from one; supporters save the cart as one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.templates import LineCheck, OrderTemplate
from desktop.ui.shell.formats import quantity_text
from desktop.ui.support.tables import ReadOnlyTable


class TemplatesTab(QWidget):
    """The list of templates, the chosen one's lines checked against the catalogue."""

    template_chosen = Signal(int)  # row in the list
    start_cart_asked = Signal()
    save_cart_asked = Signal(str)  # the new template's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("supportTemplates")
        self.lines = ReadOnlyTable("supportTemplateLines", self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.start = QPushButton(self)
        self.start.setObjectName("startCartFromTemplate")
        self.save = QPushButton(self)
        self.save.setObjectName("saveCartAsTemplate")
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.lines, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._chosen)
        self.start.clicked.connect(self.start_cart_asked)
        self.save.clicked.connect(self._ask_name)
        self.set_editable(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.start.setText(self.tr("Start a cart from this template"))
        self.save.setText(self.tr("Save the unit's cart as a template…"))
        self.save.setToolTip(
            self.tr("Put the items in the cart from Find first; they become the template.")
        )
        self.lines.set_headers([self.tr("Item"), self.tr("Quantity"), self.tr("In the catalogue")])
        self.list.setAccessibleName(self.tr("Order templates"))
        for widget in (self.start, self.save):
            widget.setAccessibleName(widget.text().rstrip("…"))
        self.lines.setAccessibleName(self.tr("In the catalogue"))

    def set_editable(self, editable: bool) -> None:
        self.save.setVisible(editable)

    def show_templates(self, templates: tuple[OrderTemplate, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for template in templates:
            self.list.addItem(template.name)
        self.list.blockSignals(False)
        self.lines.set_rows([])
        self.start.setEnabled(False)
        self.note.setText("" if templates else self.tr("The unit has no order templates yet."))
        if templates:
            self.list.setCurrentRow(0)

    def show_checks(self, checks: list[LineCheck]) -> None:
        rows, warn = [], []
        for check in checks:
            if check.item_id is not None:
                status = self.tr("Yes")
            elif check.replacement_name:
                status = self.tr("Gone; instead: %1").replace("%1", check.replacement_name)
            else:
                status = self.tr("Gone, and nothing like it on the agreement")
            rows.append((check.line.name, quantity_text(check.line.quantity), status))
            warn.append(check.item_id is None)
        self.lines.set_rows(rows, warn)
        self.start.setEnabled(any(c.item_id or c.replacement_id for c in checks))
        self.note.setText(
            self.tr("Items that left the catalogue go into the cart as their replacement.")
            if any(c.item_id is None and c.replacement_id for c in checks)
            else ""
        )

    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.template_chosen.emit(row)

    def _ask_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New order template"), self.tr("Name of the template:")
        )
        if ok and name.strip():
            self.save_cart_asked.emit(name.strip()[:200])
