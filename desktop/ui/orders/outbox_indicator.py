"""The outbox length in the status bar: how much waits to be sent (orders, questions to
the office, recorded call-offs: the same figure as the heartbeat's)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class OutboxIndicator(QLabel):
    """ "2 items waiting to be sent" (hidden when the outbox is empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxIndicator")
        self.count = 0
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        text = self.tr("%n item(s) waiting to be sent", "", count) if count else ""
        self.setText(text)
        self.setAccessibleName(text or self.tr("Nothing waiting to be sent"))
        self.setToolTip(
            self.tr("Orders, questions and call-offs are kept here until the server answers.")
            if count
            else ""
        )
        self.setVisible(count > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_count(self.count)
        super().changeEvent(event)
