"""What Find shows when nothing matched: a message and the way to the procurement office."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyResultBox(QFrame):
    """A framed message with the "Ask the procurement office" button (texts set by Find)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findEmptyBox")
        self.setStyleSheet(
            "QFrame#findEmptyBox { background: #ffffff; border: 1px solid #d3ddd8;"
            " border-radius: 8px; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("findEmpty")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 12pt;")
        self.label.hide()
        self.ask_button = QPushButton(self)
        self.ask_button.setDefault(True)
        self.ask_button.setObjectName("findAskOfficeBottom")
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask_button)
        ask_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(self.label)
        layout.addLayout(ask_row)
        self.hide()
