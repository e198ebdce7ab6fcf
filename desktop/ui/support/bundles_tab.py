"""Support bundles: send this computer's diagnostics; supporters open the ones sent."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.support import BundleInfo
from desktop.ui.shell.status_bar import format_timestamp
from desktop.ui.support.tables import ReadOnlyTable


class BundleDialog(QDialog):
    """A support bundle, read-only, as indented JSON."""

    def __init__(self, info: BundleInfo, content: dict[str, Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleDialog")
        self.setWindowTitle(self.tr("Support bundle from %1").replace("%1", info.display_name))
        self.resize(720, 520)
        self.text = QPlainTextEdit(json.dumps(content, indent=2, ensure_ascii=False), self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What the bundle holds"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the support bundle"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(info.note, self))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


class BundlesTab(QWidget):
    send_asked = Signal(str)  # a note for the superuser
    open_asked = Signal(int)  # row of the bundle list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.send = QPushButton(self)
        self.send.setObjectName("sendSupportBundle")
        self.table = ReadOnlyTable("supportBundles", self)
        self.open = QPushButton(self)
        self.open.setObjectName("openSupportBundle")
        row = QHBoxLayout()
        row.addWidget(self.send)
        row.addStretch(1)
        row.addWidget(self.open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.send.clicked.connect(self._ask_note)
        self.open.clicked.connect(lambda: self.open_asked.emit(self.table.currentRow()))
        self.table.doubleClicked.connect(lambda index: self.open_asked.emit(index.row()))
        self.set_supporter(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Something not working? Send your superuser a support bundle: the app's "
                "version, when it last synced, what waits to be sent and recent messages. "
                "No passwords, no sign-in tokens."
            )
        )
        self.send.setText(self.tr("Send a support bundle…"))
        self.open.setText(self.tr("Open"))
        self.table.set_headers([self.tr("Sent"), self.tr("From"), self.tr("Note")])
        for widget in (self.send, self.open):
            widget.setAccessibleName(widget.text().rstrip("…"))
        self.table.setAccessibleName(self.tr("Support bundles"))

    def set_supporter(self, supporter: bool) -> None:
        self.table.setVisible(supporter)
        self.open.setVisible(supporter)

    def show_bundles(self, bundles: list[BundleInfo]) -> None:
        self.table.set_rows(
            [
                (format_timestamp(b.created_at) if b.created_at else "", b.display_name, b.note)
                for b in bundles
            ]
        )

    def _ask_note(self) -> None:
        note, ok = QInputDialog.getText(
            self, self.tr("Send a support bundle"), self.tr("What went wrong? (optional)")
        )
        if ok:
            self.send_asked.emit(note.strip()[:500])
