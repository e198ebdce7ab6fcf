"""Help: the user's questions to the procurement office, their status and the answers.

An answer that points to an item or an agreement opens it in Find (Enter or double-click).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.office_request import OfficeRequest, RequestStatus
from desktop.storage.guidance_submissions import LocalRequest
from desktop.ui.find.texts import status_text
from desktop.ui.shell.errors import message_for_code
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.shell.status_bar import format_timestamp

REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_HEADERS = (
    QT_TRANSLATE_NOOP("RequestsModel", "Asked"),
    QT_TRANSLATE_NOOP("RequestsModel", "What you need"),
    QT_TRANSLATE_NOOP("RequestsModel", "Status"),
    QT_TRANSLATE_NOOP("RequestsModel", "Answer"),
)


_NOT_SENT = QT_TRANSLATE_NOOP("RequestsModel", "Not sent: %1")
_NEW = QT_TRANSLATE_NOOP("RequestsModel", "new")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestsModel", text)


class RequestsModel(QAbstractTableModel):
    """The user's requests, newest first."""

    ASKED, NEED, STATUS, ANSWER = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LocalRequest] = []

    def set_requests(self, rows: Sequence[LocalRequest]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def request(self, row: int) -> LocalRequest | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(_HEADERS) and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        local = self.request(index.row()) if index.isValid() else None
        if local is None:
            return None
        if role == REQUEST_ROLE:
            return local.request
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._text(local, index.column())
        if role == Qt.ItemDataRole.FontRole and local.answer_unseen:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, local: LocalRequest, column: int) -> str:
        request = local.request
        if column == self.ASKED:
            return format_timestamp(request.created_at)
        if column == self.NEED:
            return request.need
        if column == self.STATUS:
            if local.refusal is not None:
                return _tr(_NOT_SENT).replace("%1", message_for_code(local.refusal.code))
            text = status_text(request.status)
            return f"{text} ({_tr(_NEW)})" if local.answer_unseen else text
        answer = request.answer
        if answer is None:
            return ""
        opens = answer.item is not None or answer.agreement_id is not None
        return f"{answer.text}  ↗" if opens else answer.text

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))


class RequestsPanel(QFrame):
    """The list, with "Ask a new question"; ``open_answer(request)`` on Enter/double-click
    of an answered one, ``ask()`` for a new question."""

    open_answer = Signal(object)  # OfficeRequest
    ask = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)  # wraps at 200 % rather than widen the Help page
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.model = RequestsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("helpRequests")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            RequestsModel.ASKED, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setMinimumHeight(160)
        self.table.activated.connect(self._activated)
        self.ask_button = QPushButton(self)
        self.ask_button.setObjectName("helpAskOffice")
        self.ask_button.clicked.connect(self.ask)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("helpOpenAnswer")
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        buttons = FlowRow()  # wraps when narrow (200 %)
        buttons.addWidget(self.ask_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.hide()
        self.open_button.hide()
        self._retranslate()

    def set_requests(self, rows: Sequence[LocalRequest]) -> None:
        self.model.set_requests(rows)
        self.table.setVisible(bool(rows))
        self.open_button.setVisible(bool(rows))
        self._retranslate()

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        local = self.model.request(index.row()) if index.isValid() else None
        if local is None:
            return
        request: OfficeRequest = local.request
        if request.status is RequestStatus.ANSWERED and request.answer is not None:
            self.open_answer.emit(request)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Your questions to the procurement office"))
        count = self.model.rowCount()
        self.hint.setText(
            self.tr("Answers that point to an item or agreement (↗) open in Find: press Enter.")
            if count
            else self.tr("You have not asked anything yet.")
        )
        self.table.setAccessibleName(self.tr("Your questions to the procurement office"))
        self.ask_button.setText(self.tr("Ask a &new question…"))
        self.ask_button.setAccessibleName(self.tr("Ask the procurement office"))
        self.open_button.setText(self.tr("Open the &answer"))
        self.open_button.setAccessibleName(self.tr("Open the answer"))
        self.model.retranslate()
