"""The main window: places on the left, the chosen place on the right, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop.app import Services
from desktop.domain.errors import AvropError
from desktop.domain.reference import Me
from desktop.storage.quick_store import LAST_QUERY_KEY
from desktop.ui.cart import CartPage
from desktop.ui.find import FindWiring
from desktop.ui.help import HelpPage
from desktop.ui.orders import OrdersWiring
from desktop.ui.shell.changes import Change, ChangeBus, Changes
from desktop.ui.shell.connectivity import ConnectivityMonitor
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.overview import Overview, load_overview
from desktop.ui.shell.place_offers import PlaceOffers
from desktop.ui.shell.places import NavigationList, Place, place_name
from desktop.ui.shell.screen_fit import scrolling
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.shell.status_bar import AppStatusBar
from desktop.ui.shell.style import app_icon
from desktop.ui.shell.sync_controller import SyncController
from desktop.ui.shell.tasks import TaskManager
from desktop.ui.shell.window_geometry import restore_geometry, save_geometry
from desktop.ui.spend import SpendPage
from desktop.ui.support import SupportPage

SIGN_IN_AGAIN_CODES = frozenset({"token_expired", "token_invalid", "not_signed_in"})


class MainWindow(QMainWindow):
    """Find, Cart, Orders, Spend and Help, each one shortcut away (Ctrl+1…Ctrl+5).

    Signals: ``sign_out_requested``, ``sign_in_required(message)`` (the session ended),
    ``language_chosen(setting)`` and ``quit_requested``; ``unit_changed(unit_id)``.
    """

    sign_out_requested = Signal()
    sign_in_required = Signal(str)
    language_chosen = Signal(str)
    quit_requested = Signal()
    unit_changed = Signal(str)
    data_loaded = Signal()

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        me: Me | None,
        *,
        online: bool | None = None,
        monitor_interval_ms: int = 5000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.me = me
        self.overview: Overview | None = None
        self._leaving = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.resize(
            1280, 720
        )  # Find's rows need 1,200 px; fit_to_screen shrinks it to smaller screens
        self.changes = ChangeBus(self)
        self.status = AppStatusBar(self)
        self.setStatusBar(self.status)

        self.navigation = NavigationList(self)
        self.stack = QStackedWidget(self)
        self.find_wiring = FindWiring(
            services, tasks, self.changes, self.status, self.current_unit_id, self
        )
        self.find_page = self.find_wiring.view
        self.cart_page = CartPage(
            tasks,
            services.ordering,
            self,
            changes=self.changes,
            reason_for_cart=services.find.reason_for_cart,
        )
        self.cart_page.count_changed.connect(lambda n: self.navigation.set_count(Place.CART, n))
        self.cart_page.follow_orders.connect(lambda: self.show_place(Place.ORDERS))
        self.orders = OrdersWiring(services, tasks, self.changes, self.status, self)
        self.orders_page = self.orders.page
        self.orders.controller.approvals_changed.connect(
            partial(self.navigation.set_count, Place.ORDERS)
        )
        self.spend_page = SpendPage(tasks, services.spend, services.reference, self)
        self.spend_page.notice.connect(self.status.show_notice)
        self.help_page = HelpPage(self)
        self.help_page.add_section(self.find_wiring.requests)
        self.support_page = SupportPage(tasks, services.support, services.templates, self)
        self.support_page.notice.connect(self.status.show_notice)
        self.support_page.cart_filled.connect(
            lambda unit_id: self.changes.announce(Change.CART, unit_id=unit_id)
        )
        pages = (self.find_page, self.cart_page, self.orders_page, self.spend_page)
        for page in (*pages, self.help_page, self.support_page):
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.unit_changed.connect(self._follow_unit)
        self.find_wiring.answer_opened.connect(lambda: self.show_place(Place.FIND))
        self.changes.changed.connect(self._changed)

        self.unit_label = QLabel(self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("unitPicker")
        self.unit_combo.setMinimumWidth(280)
        self.unit_label.setBuddy(self.unit_combo)
        self.unit_combo.currentIndexChanged.connect(self._unit_picked)
        top = QHBoxLayout()
        top.setContentsMargins(24, 12, 24, 0)
        top.addStretch(1)
        top.addWidget(self.unit_label)
        top.addWidget(self.unit_combo)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addLayout(top)
        right.addWidget(self.stack, 1)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addLayout(right, 1)
        self.setCentralWidget(scrolling(central))  # scrolls rather than grow past the screen

        self.sync = SyncController(tasks, services.sync, self, after_sync=services.after_sync)
        self.sync.started.connect(self._sync_started)
        self.sync.progress.connect(self.status.show_sync_progress)
        self.sync.finished.connect(self._sync_finished)
        self.sync.failed.connect(self._sync_failed)
        self.monitor = ConnectivityMonitor(
            tasks, self._server_url, interval_ms=monitor_interval_ms, parent=self
        )
        self.monitor.online_changed.connect(self.status.set_online)
        self.monitor.online_changed.connect(self.orders.network_back)
        if online is not None:
            self.status.set_online(online)

        tasks.failed.connect(self._task_failed)
        self._build_actions()
        self.offers = PlaceOffers(
            self.navigation, self.place_actions, (self.unit_label, self.unit_combo)
        )
        self._retranslate()
        QWidget.setTabOrder(self.navigation, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.find_page.search_edit)
        restore_geometry(self, self.services)
        self.show_place(Place.FIND)
        if me is not None:
            self.status.set_user(me.display_name)
        self.monitor.start(online)
        self.reload_data()

    # -- places -----------------------------------------------------------------------

    def show_place(self, place: Place) -> None:
        self.navigation.setCurrentRow(place.value)
        self.stack.setCurrentIndex(place.value)
        page = self.stack.currentWidget()
        first = {Place.FIND: self.find_page.search_edit, Place.ORDERS: self.orders_page.filter}
        if place in first:  # Tab from the unit picker goes on to the page's first control
            QWidget.setTabOrder(self.unit_combo, first[place])
        if page is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_place(self) -> Place:
        return Place(self.stack.currentIndex())

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
        if row == Place.SUPPORT:
            self.support_page.refresh()

    # -- data -------------------------------------------------------------------------

    def reload_data(self) -> None:
        """Read the user, units and sync time from the store; refresh the pages."""
        reference, me = self.services.reference, self.me
        self.tasks.latest("main-overview").run_db(
            lambda: load_overview(reference, me), self._show_overview
        )
        self.find_page.reload()

    def _show_overview(self, overview: Overview) -> None:
        self.overview = overview
        if overview.me is not None:
            self.me = overview.me
            self.status.set_user(overview.me.display_name)
        self.status.set_last_synced(overview.last_synced)
        self.offers.follow_user(overview.me)
        self.help_page.set_data(overview.me, overview.units, overview.office, overview.last_synced)
        self.support_page.set_last_synced(overview.last_synced)
        self._fill_units(overview)
        self.data_loaded.emit()

    def _fill_units(self, overview: Overview) -> None:
        wanted = self.services.settings.last_unit_id
        current = self.unit_combo.currentData() or wanted
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in overview.units:
            self.unit_combo.addItem(unit.name, unit.id)
        index = self.unit_combo.findData(current)
        self.unit_combo.setCurrentIndex(index if index >= 0 else 0)
        self.unit_combo.blockSignals(False)
        self.unit_combo.setEnabled(self.unit_combo.count() > 1)
        if self.unit_combo.count():
            self._unit_picked(self.unit_combo.currentIndex())

    def _follow_unit(self, unit_id: str) -> None:
        self.cart_page.set_unit(unit_id)
        self.orders.set_unit(unit_id, self.me)
        self.spend_page.follow_unit(unit_id)
        self.support_page.set_unit(unit_id, self.me)

    def _changed(self, changes: Changes) -> None:
        if Change.REFERENCE in changes:
            self.reload_data()

    def current_unit_id(self) -> str | None:
        data = self.unit_combo.currentData()
        return str(data) if data else None

    def _unit_picked(self, _index: int) -> None:
        unit_id = self.current_unit_id()
        if unit_id is None:
            return
        if self.services.settings.last_unit_id != unit_id:
            services = self.services
            self.tasks.run_db(lambda: services.settings_store.update(last_unit_id=unit_id), None)
        self.unit_changed.emit(unit_id)

    def _server_url(self) -> str | None:
        url = self.services.auth.server_url
        return url or self.services.settings.server_url or None

    # -- sync -------------------------------------------------------------------------

    def start_sync(self) -> bool:
        return self.sync.start()

    def _task_failed(self, error: BaseException) -> None:
        self.status.show_notice(message_for(error))

    def _sync_started(self) -> None:
        self.status.show_notice("")
        self.status.show_sync_progress(0, 1, "start")

    def _sync_finished(self, _report: object) -> None:
        self.status.hide_sync_progress()  # "finished" once the catalogues follow (Find)
        self.status.set_online(True)
        self.changes.announce(Change.REFERENCE)

    def _sync_failed(self, error: BaseException) -> None:
        self.status.hide_sync_progress()
        message = message_for(error)
        self.status.show_notice(message)
        if isinstance(error, AvropError) and error.code in SIGN_IN_AGAIN_CODES:
            self.sign_in_required.emit(message)

    # -- menus ------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.sync_action = self._action("syncNow", self.start_sync, "F5")
        self.sign_out_action = self._action("signOut", self._sign_out)
        self.quit_action = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.settings_action = self._action("settings", self.open_settings)
        self.about_action = self._action("about", self._about)
        self.place_actions: dict[Place, QAction] = {}
        for place in Place:
            self.place_actions[place] = self._action(
                f"go{place.name.title()}",
                lambda _=False, p=place: self.show_place(p),
                place.shortcut,
            )
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.sync_action, self.sign_out_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions(list(self.place_actions.values()))
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def open_settings(self) -> None:
        language = self.services.settings.language
        dialog = SettingsDialog(language, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            chosen = dialog.chosen_language()
            if chosen != language:
                self.services.settings_store.update(language=chosen)
                self.language_chosen.emit(chosen)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Avrop"),
            self.tr(
                "Avrop %1\n\nA purchasing assistant for the units of Nordic municipalities: "
                "find the right framework agreement, order safely, and follow up."
            ).replace("%1", desktop.__version__),
        )

    def _sign_out(self) -> None:
        self.sign_out_requested.emit()

    # -- lifetime ---------------------------------------------------------------------

    def leave(self) -> None:
        """Close without asking the app to quit (for sign-out and session end)."""
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.monitor.stop()
        self.orders.stop()  # queued orders and requests stay in the store
        self.find_wiring.stop()
        # The last query: what the Find page shows first at the next start (``startup``).
        save_geometry(self, self.services, {LAST_QUERY_KEY: self.find_page.search_edit.text()})
        if not self._leaving:
            self.quit_requested.emit()
        super().closeEvent(event)

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Avrop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Language and settings…"))
        self.about_action.setText(self.tr("&About Avrop"))
        for place, action in self.place_actions.items():
            action.setText(place_name(place, mnemonic=True))
        self.unit_label.setText(self.tr("&Ordering for:"))
        self.unit_combo.setAccessibleName(self.tr("Unit you order for"))
        self.unit_combo.view().setAccessibleName(self.tr("Unit you order for"))
        self.stack.setAccessibleName(self.tr("Current place"))
