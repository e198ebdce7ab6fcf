"""The line just removed from the cart, and the button (Ctrl+Z) that puts it back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.cart import CartLine


class RemovedBar(QWidget):
    """Shown after a removal until it is undone or its moment has passed (``forget``)."""

    undo = Signal(object)  # the CartLine to put back

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("removedBar")
        self._line: CartLine | None = None
        self.text = QLabel(self)
        self.text.setObjectName("removedText")
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoRemove")
        self.undo_button.clicked.connect(self._undo)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Undo, parent, self._undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        self._retranslate()
        self.forget()

    @property
    def line(self) -> CartLine | None:
        return self._line

    def removed(self, line: CartLine) -> None:
        self._line = line
        self._retranslate()
        self.show()

    def forget(self) -> None:
        self._line = None
        self.hide()

    def _undo(self) -> None:
        line = self._line
        if line is not None:
            self.forget()
            self.undo.emit(line)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        name = self._line.name if self._line else ""
        self.text.setText(self.tr("“%1” was removed from the cart.").replace("%1", name))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Put the removed item back in the cart"))
        self.undo_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
