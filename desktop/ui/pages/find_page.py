"""The Find place. Until catalogue search lands it lists the synced framework agreements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference import Agreement
from desktop.ui.models.agreements_model import AgreementsModel
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.tasks import TaskManager

FILTER_DELAY_MS = 150


def _matches(agreement: Agreement, words: list[str]) -> bool:
    haystack = " ".join(
        (agreement.number, agreement.name, agreement.description, *agreement.cpv_codes)
    ).casefold()
    return all(word in haystack for word in words)


def find_agreements(reference: Any, text: str) -> list[Agreement]:
    """The stored agreements matching every word of ``text`` (all when empty).

    Runs on the database thread. Uses the repository's own search when it has one.
    """
    search: Callable[[str], list[Agreement]] | None = getattr(reference, "search_agreements", None)
    if search is not None:
        return search(text)
    agreements: list[Agreement] = reference.agreements()
    words = text.casefold().split()
    return [a for a in agreements if _matches(a, words)] if words else agreements


class FindPage(QWidget):
    """A filter box over a table of agreements; the filter asks the store, off the UI thread."""

    def __init__(self, tasks: TaskManager, reference: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._reference = reference
        self._search = tasks.latest("find-agreements")
        self._loaded_once = False

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)

        self.filter_label = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("agreementFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit, 1)

        self.model = AgreementsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("agreementsTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The agreement's name must stay whole; the call-off text may be cut (tooltip).
        header.setSectionResizeMode(AgreementsModel.CALL_OFF, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(filter_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _text: self._timer.start())
        self.setFocusProxy(self.filter_edit)
        self._retranslate()

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    def reload(self) -> None:
        """Ask the store for the agreements matching the filter; the newest answer wins."""
        self._timer.stop()
        text = self.filter_edit.text()
        reference = self._reference
        self._search.run_db(lambda: find_agreements(reference, text), self._show, self._failed)

    def _show(self, agreements: list[Agreement]) -> None:
        self._loaded_once = True
        self.error_label.hide()
        self.model.set_agreements(agreements)
        self._show_count()

    def _failed(self, error: BaseException) -> None:
        self.error_label.setText(message_for(error))
        self.error_label.show()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if count == 0 and not self.filter_edit.text().strip():
            text = self.tr("No agreements on this computer yet. Sync with File → Sync now (F5).")
        elif count == 0:
            text = self.tr("No agreement matches. Try another word, or ask the procurement office.")
        else:
            text = self.tr("Agreements shown: %1").replace("%1", str(count))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Find"))
        self.intro.setText(
            self.tr(
                "These are your municipality's framework agreements. Buy under them: the "
                "prices are agreed and the purchase follows the rules. Product search is "
                "coming soon."
            )
        )
        self.filter_label.setText(self.tr("Fi&lter:"))
        self.filter_edit.setPlaceholderText(self.tr("Type a word, e.g. coffee or paper"))
        self.filter_edit.setAccessibleName(self.tr("Filter agreements"))
        self.table.setAccessibleName(self.tr("Framework agreements"))
        self.model.retranslate()
        if self._loaded_once:
            self._show_count()
