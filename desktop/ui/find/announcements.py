"""Announcements from the procurement office: a banner for the ones not yet shown (each
is shown once), and a list of all of them. The office writes them per language: both show
the UI language's text, else the municipality's (``home_language``), else any, and
switch with the UI language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.announcement import Announcement, AnnouncementKind
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.formats import day_text
from desktop.ui.shell.i18n import language_from_locale


def _plain(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AnnouncementBanner(QFrame):
    """The unseen announcements, one at a time: Next, Show its items, Close."""

    show_agreement = Signal(str)  # agreement id
    show_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcementBanner")
        self.setStyleSheet(
            "QFrame#announcementBanner { background: #fff6d9; border: 1px solid #e8cf7a;"
            " border-radius: 8px; }"
        )
        self.home_language: str | None = None
        self.items: list[Announcement] = []
        self.index = 0
        self.title = _plain(QLabel(self))
        self.title.setObjectName("announcementTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.body = _plain(QLabel(self))
        self.body.setObjectName("announcementBody")
        self.items_button = QPushButton(self)
        self.items_button.setObjectName("announcementItems")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("announcementNext")
        self.all_button = QPushButton(self)
        self.all_button.setObjectName("announcementAll")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("announcementClose")
        self.items_button.clicked.connect(self._items)
        self.next_button.clicked.connect(self._next)
        self.all_button.clicked.connect(self.show_all)
        self.close_button.clicked.connect(self.hide)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.body)
        buttons = FlowRow()  # wraps when narrow (200 %)
        for button in (self.items_button, self.next_button, self.all_button, self.close_button):
            buttons.addWidget(button)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(text, 1)
        self._retranslate_buttons()
        self.hide()

    def show_items(self, items: Sequence[Announcement], home_language: str | None) -> None:
        """Show ``items`` (newest first); nothing to show hides the banner."""
        self.items = sorted(items, key=lambda a: (a.published, a.id), reverse=True)
        self.home_language = home_language
        self.index = 0
        self._fill()
        self.setVisible(bool(self.items))

    def current(self) -> Announcement | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def _items(self) -> None:
        item = self.current()
        if item is not None and item.agreement_id:
            self.show_agreement.emit(item.agreement_id)

    def _next(self) -> None:
        if self.items:
            self.index = (self.index + 1) % len(self.items)
            self._fill()

    def _fill(self) -> None:
        item = self.current()
        if item is None:
            return
        prefix = self.tr("News from the procurement office")
        language = language_from_locale(QLocale())
        self.title.setText(f"{prefix}: {item.title_in(language, self.home_language)}")
        self.body.setText(item.body_in(language, self.home_language))
        self.body.setVisible(bool(self.body.text()))
        self.items_button.setVisible(
            bool(item.agreement_id) and item.kind is not AnnouncementKind.NOTICE
        )
        self.next_button.setVisible(len(self.items) > 1)
        self.next_button.setText(
            self.tr("Ne&xt (%1 of %2)")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.items)))
        )
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.body.text())
        self._retranslate_buttons()

    def _retranslate_buttons(self) -> None:
        if not self.items:
            self.next_button.setText(self.tr("Ne&xt"))
        self.items_button.setText(self.tr("Show the &items"))
        self.all_button.setText(self.tr("A&ll news"))
        self.close_button.setText(self.tr("Close"))
        for button in (self.items_button, self.next_button, self.all_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
            self._retranslate_buttons()
        super().changeEvent(event)


class AnnouncementsDialog(QDialog):
    """Every announcement, newest first, with its date and what it means."""

    show_agreement = Signal(str)

    def __init__(
        self,
        items: Sequence[Announcement],
        home_language: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("announcementsDialog")
        self.items = sorted(items, key=lambda a: (a.published, a.id), reverse=True)
        self.home_language = home_language
        self.list = QListWidget(self)
        self.list.setObjectName("announcementList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for item in self.items:
            row = QListWidgetItem()
            row.setData(Qt.ItemDataRole.UserRole, item.agreement_id)
            self.list.addItem(row)
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setVisible(not self.items)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self._retranslate()

    def _activated(self, row: QListWidgetItem) -> None:
        agreement_id = row.data(Qt.ItemDataRole.UserRole)
        if agreement_id:
            self.show_agreement.emit(str(agreement_id))
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        language = language_from_locale(QLocale())
        for index, item in enumerate(self.items):
            text = f"{day_text(item.published)}  {item.title_in(language, self.home_language)}"
            body = item.body_in(language, self.home_language)
            row = self.list.item(index)
            row.setText(f"{text}\n{body}" if body else text)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def _retranslate(self) -> None:
        self._fill()
        self.setWindowTitle(self.tr("News from the procurement office"))
        self.list.setAccessibleName(self.tr("Announcements"))
        self.empty.setText(self.tr("No news from the procurement office yet."))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
