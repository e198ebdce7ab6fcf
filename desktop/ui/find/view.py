"""The Find place: type a need, see the agreements that cover it and the items, agreement
items first; pick one, see everything about it, put it in the cart.

The query runs on the database thread (``TaskManager`` latest-wins: a slow stale answer
never replaces a newer one); the result table is lazy (ids only, rows loaded as drawn).
Actions (cart, office, call-offs, sync) are in :mod:`desktop.ui.find.actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.find import FilterOptions, FindAnswer, FindQuery, FindService
from desktop.ui.find.actions import FindActions
from desktop.ui.find.announcements import AnnouncementBanner
from desktop.ui.find.current_row import CurrentRowFollower
from desktop.ui.find.empty_box import EmptyResultBox
from desktop.ui.find.favourites import FindFavourites
from desktop.ui.find.guidance_panel import GuidancePanel
from desktop.ui.find.item_pane import ItemPane
from desktop.ui.find.keys import FindKeys
from desktop.ui.find.offers import FindOffers
from desktop.ui.find.results_model import ID_CHUNK, FindResultsModel
from desktop.ui.find.results_pages import RowsArrival
from desktop.ui.find.results_table import build_results_table, fit_result_columns
from desktop.ui.find.rows import PaneBelowWhenNarrow, filter_row, search_row
from desktop.ui.find.sorting import FindSorting
from desktop.ui.find.texts import empty_under_guidance
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.formats import fit_default_button
from desktop.ui.shell.i18n import language_from_locale
from desktop.ui.shell.tasks import TaskManager

TYPE_DELAY_MS = 120


class FindView(QWidget):
    """Search box, filters, guidance, lazy results and the item pane."""

    searched = Signal(object)  # FindAnswer, once shown (tests and screenshots wait on it)
    item_shown = Signal(object)  # ItemDetail or None
    cart_changed = Signal(str)  # unit id
    notice = Signal(str)  # a line for the status bar

    def __init__(
        self,
        tasks: TaskManager,
        service: FindService,
        unit_id: Callable[[], str | None],
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findView")
        self.tasks = tasks
        self.service = service
        self.unit_id = unit_id
        self.today = today
        self.answer: FindAnswer | None = None
        self._shown: tuple[int | None, str | None] = (None, None)  # count, filters' language
        self._search = tasks.latest("find-search")
        self._count = tasks.latest("find-count")
        self._item = tasks.latest("find-item")

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.news_button = QPushButton(self)
        self.news_button.setObjectName("findNews")
        self.ask_button = QPushButton(self)
        self.ask_button.setObjectName("findAskOffice")
        self.banner = AnnouncementBanner(self)
        self.search_label = QLabel(self)
        self.search_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("findSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(44)
        self.search_edit.setStyleSheet("font-size: 14pt;")
        self.search_label.setBuddy(self.search_edit)
        self.agreement_filter = QComboBox(self)
        self.agreement_filter.setObjectName("filterAgreement")
        self.supplier_filter = QComboBox(self)
        self.supplier_filter.setObjectName("filterSupplier")
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("filterCategory")
        self.eco_only = QCheckBox(self)
        self.eco_only.setObjectName("filterEco")
        self.filter_labels = [QLabel(self) for _ in range(3)]
        for label, combo in zip(
            self.filter_labels,
            (self.agreement_filter, self.supplier_filter, self.category_filter),
            strict=True,
        ):
            label.setBuddy(combo)
            combo.setMinimumWidth(170)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("findSyncStatus")
        self.sync_label.setWordWrap(True)
        self.sync_label.hide()
        self.guidance = GuidancePanel(self)
        self.model = FindResultsModel(self._load_rows, self)
        self.table = build_results_table(self.model, self)
        self.pane = ItemPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.pane_placement = PaneBelowWhenNarrow(self)  # beside the results, or under them
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.empty_box = EmptyResultBox(self)
        self.empty_label = self.empty_box.label
        self.bottom_ask = self.empty_box.ask_button
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.favourites = FindFavourites(self)  # the star (Ctrl+D) and the list

        self.title.hide()  # the navigation already says "Find": the search box leads
        search, filters = search_row(self), filter_row(self)  # they wrap when narrow
        bottom = FlowRow()  # the count, then the sort box (wraps when narrow)
        bottom.add_group(self.count_label, grow=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 8)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.sync_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.guidance)
        layout.addWidget(self.empty_box)
        layout.addWidget(self.favourites.gone_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self._spacer_index = layout.count()
        layout.addStretch(0)

        self.find_actions = FindActions(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPE_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.run_search)
        for combo in (self.agreement_filter, self.supplier_filter, self.category_filter):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.eco_only.toggled.connect(lambda _on: self.run_search())
        self.current_row = CurrentRowFollower(self.table, self._picked)  # the item pane's
        self.keys = FindKeys(self)  # the keyboard path: search box, results, quantity
        self.offers, self.sorting = FindOffers(self), FindSorting(self, bottom)  # pane; order
        self.pane.add_requested.connect(self.find_actions.add_to_cart)
        self.guidance.ask_office.connect(self.find_actions.ask_office_for)
        self.guidance.record_calloff.connect(self.find_actions.record_calloff)
        self.guidance.show_items.connect(self.show_agreement)
        self.banner.show_agreement.connect(self.show_agreement)
        self.banner.show_all.connect(self.find_actions.show_news)
        self.news_button.clicked.connect(self.find_actions.show_news)
        self.ask_button.clicked.connect(lambda: self.find_actions.ask_office())
        self.bottom_ask.clicked.connect(lambda: self.find_actions.ask_office())
        self.setFocusProxy(self.search_edit)
        self._retranslate()

    @property
    def loaded_once(self) -> bool:
        """Whether a search has been shown yet."""
        return self.answer is not None

    # -- what the user typed ----------------------------------------------------------

    @property
    def language(self) -> str:
        return language_from_locale(QLocale())

    def current_query(self) -> FindQuery:
        return FindQuery(
            text=self.search_edit.text(),
            language=self.language,
            agreement_id=self.agreement_filter.currentData() or None,
            supplier_id=self.supplier_filter.currentData() or None,
            cpv_prefix=self.category_filter.currentData() or None,
            eco_only=self.eco_only.isChecked(),
        )

    def run_search(self) -> None:
        """Ask the store (off the UI thread); only the newest search's answer is shown."""
        self._timer.stop()
        if self.favourites.listing:
            self.favourites.load()
            return
        query, today, service = self.current_query(), self.today(), self.service
        self._search.run_db(lambda: service.query(query, today), self._show_answer, self._failed)

    def _show_answer(self, answer: FindAnswer) -> None:
        self.answer = answer
        self.error_label.hide()
        result = answer.result
        complete = result.is_complete() and result.fetched() <= len(answer.first_ids)
        self.model.set_result(
            answer.first_ids,
            complete=complete,
            fetch_ids=self._fetch_ids(answer),
            today=self.today(),
            new_agreements=answer.new_agreements,
        )
        self.guidance.show_guidance(answer.guidance, answer.new_agreements, self.today())
        self._show_count(None if not complete else len(answer.first_ids))
        if not complete:
            self._count.run_db(result.count, self._show_count)
        if answer.first_ids:
            self.table.selectRow(0)
        else:
            self.pane.show_detail(None)
        self.searched.emit(answer)

    def _fetch_ids(self, answer: FindAnswer) -> Callable[[int, Callable[[list[int]], None]], None]:
        result = answer.result

        def fetch(offset: int, done: Callable[[list[int]], None]) -> None:
            self.tasks.run_db(lambda: result.fetch_ids(offset, ID_CHUNK), done)

        return fetch

    def _load_rows(self, ids: list[int], arrival: RowsArrival) -> None:
        """The rows and their cells' texts, made on the database worker."""
        service = self.service
        self.tasks.run_db(lambda: arrival.prepare(service.rows(ids)), arrival, arrival.failed)

    def _show_count(self, count: int | None) -> None:
        query = self.answer.query if self.answer else self.current_query()
        typed = bool(query.text.strip())
        self._shown = (count, self._shown[1])
        if count is None:
            text = self.tr("Searching…")
        elif count == 0 and not typed and query.filters() == FindQuery("").filters():
            # Nothing typed, nothing filtered: the catalogue itself is empty (a first sync).
            text = self.tr("No catalogue yet: the items show here once it is synced.")
        elif count == 0:
            text = self.tr("Nothing found.")
        else:
            text = self.tr("%Ln item(s), agreement items first.", "", count)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        empty = count == 0 and (typed or bool(query.agreement_id or query.supplier_id))
        guides = self.answer.guidance if self.answer else []
        self.empty_label.setVisible(empty)
        self.empty_box.setVisible(empty)
        # Nothing to list: the guidance and the way to the office are all there is.
        self.splitter.setVisible(not empty)
        self.count_label.setVisible(not empty)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(self._spacer_index, 1 if empty else 0)
        if empty:
            self.empty_label.setText(
                self.tr(
                    "No item in Avrop matches \u201c%1\u201d. Try another word, or ask the "
                    "procurement office: they find it for you."
                ).replace("%1", query.text.strip())
                if not guides
                else empty_under_guidance(guides[0].channel, query.text.strip())
            )

    def _failed(self, error: BaseException) -> None:
        self.error_label.setText(message_for(error))
        self.error_label.show()

    def _picked(self, row: int) -> None:
        item_id = self.model.item_id(row)
        if item_id is None:
            return
        service, language = self.service, self.language
        self._item.run_db(lambda: service.item(item_id, language), self._show_item)

    def _show_item(self, detail: Any) -> None:
        self.pane.show_detail(detail, self.today())
        self.item_shown.emit(detail)

    # -- filters ----------------------------------------------------------------------

    def reload(self, news: bool = True) -> None:
        """Refill the filters from the store, then search again (after a sync; ``news``
        False: after a switch of language, for the names in it)."""
        service, language, today = self.service, self.language, self.today()
        self._shown = (self._shown[0], language)
        self.tasks.run_db(lambda: service.filter_options(language, today), self._show_filters)
        if news:
            self.find_actions.show_unseen_news()

    def _show_filters(self, options: FilterOptions) -> None:
        for combo, items in (
            (self.agreement_filter, options.agreements),
            (self.supplier_filter, options.suppliers),
            (self.category_filter, options.categories),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for key, text in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.run_search()

    def show_agreement(self, agreement_id: str) -> None:
        """Only this agreement's items (from guidance, news or an answer)."""
        index = self.agreement_filter.findData(agreement_id)
        if index < 0:
            self.agreement_filter.addItem(agreement_id, agreement_id)
            index = self.agreement_filter.count() - 1
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.agreement_filter.setCurrentIndex(index)
        self.run_search()

    def _fit_columns(self) -> None:
        fit_result_columns(self.table, self.model)

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Find"))
        self.search_label.setText(self.tr("What do you &need?"))
        self.search_edit.setPlaceholderText(self.tr("Type a word, e.g. coffee, bread, nappies"))
        self.search_edit.setAccessibleName(self.tr("What do you need"))
        for label, text in zip(
            self.filter_labels,
            (self.tr("&Agreement:"), self.tr("Su&pplier:"), self.tr("Ca&tegory:")),
            strict=True,
        ):
            label.setText(text)
        for combo, name in (
            (self.agreement_filter, self.tr("Agreement filter")),
            (self.supplier_filter, self.tr("Supplier filter")),
            (self.category_filter, self.tr("Category filter")),
        ):
            combo.setAccessibleName(name)
            combo.view().setAccessibleName(name)
        for combo in (self.agreement_filter, self.supplier_filter, self.category_filter):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        self.eco_only.setText(self.tr("&Eco-labelled only"))
        self.eco_only.setAccessibleName(self.tr("Eco-labelled only"))
        self.news_button.setText(self.tr("Ne&ws"))
        self.news_button.setAccessibleName(self.tr("News from the procurement office"))
        self.ask_button.setText(self.tr("Can't find it? Ask the procurement office"))
        self.bottom_ask.setText(self.tr("Ask the procurement office…"))
        fit_default_button(self.bottom_ask)
        for button in (self.ask_button, self.bottom_ask):
            button.setAccessibleName(self.tr("Ask the procurement office"))
        self.table.setAccessibleName(self.tr("Items found"))
        self.favourites.retranslate()
        self.model.retranslate()
        self._fit_columns()
        if self.answer is not None:
            self._show_count(self._shown[0])  # the whole count, not the rows loaded so far
        if self.agreement_filter.count() and self._shown[1] != self.language:
            self.reload(news=False)  # category names in the new language, and the items again
