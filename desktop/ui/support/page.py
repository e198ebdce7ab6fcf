"""The Support place: one unit (the window's unit picker) seen as its superuser sees it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.reference import Me, Role
from desktop.services.support import BundleInfo, SupportService
from desktop.services.templates import (
    LineCheck,
    OrderTemplate,
    TemplateService,
    UnitTemplates,
)
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.tasks import TaskManager
from desktop.ui.support.bundles_tab import BundleDialog, BundlesTab
from desktop.ui.support.glance import GlanceTab
from desktop.ui.support.templates_tab import TemplatesTab

SUPPORTERS = (Role.MANAGER, Role.SUPERUSER, Role.PROCUREMENT)


class SupportPage(QWidget):
    """Tabs: at a glance and colleagues (supporters), templates, support bundles."""

    notice = Signal(str)  # for the status bar
    cart_filled = Signal(str)  # unit id whose cart a template just filled

    def __init__(
        self,
        tasks: TaskManager,
        support: SupportService,
        templates: TemplateService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._support = support
        self._templates = templates
        self._unit_id: str | None = None
        self._me: Me | None = None
        self._last_synced: datetime | None = None
        self._current: UnitTemplates | None = None
        self._checks: list[LineCheck] = []
        self._bundles: list[BundleInfo] = []
        self.bundle_dialog: BundleDialog | None = None
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.tabs = QTabWidget(self)
        self.glance = GlanceTab(self)
        self.glance.hide()  # a tab only for supporters: never drawn loose on the page
        self.templates_tab = TemplatesTab(self)
        self.bundles_tab = BundlesTab(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.templates_tab.template_chosen.connect(self._check_template)
        self.templates_tab.start_cart_asked.connect(self._start_cart)
        self.templates_tab.save_cart_asked.connect(self._save_cart)
        self.bundles_tab.send_asked.connect(self._send_bundle)
        self.bundles_tab.open_asked.connect(self._open_bundle)
        self._retranslate()

    # -- what to show ----------------------------------------------------------------

    @property
    def supporter(self) -> bool:
        return self._me is not None and self._me.role in SUPPORTERS

    def set_unit(self, unit_id: str, me: Me | None) -> None:
        self._unit_id, self._me = unit_id, me
        self.tabs.clear()
        if self.supporter:
            self.tabs.addTab(self.glance, self.tr("At a glance"))
        self.tabs.addTab(self.templates_tab, self.tr("Order templates"))
        self.tabs.addTab(self.bundles_tab, self.tr("Support bundles"))
        self.templates_tab.set_editable(self.supporter)
        self.bundles_tab.set_supporter(self.supporter)
        self.refresh()

    def set_last_synced(self, moment: datetime | None) -> None:
        self._last_synced = moment

    def refresh(self) -> None:
        unit = self._unit_id
        if unit is None:
            return
        support, templates = self._support, self._templates
        if self.supporter:
            self._tasks.latest("support-overview").run_net(
                lambda: support.overview(unit), self.glance.show_overview, self._failed
            )
            self._tasks.latest("support-colleagues").run_net(
                lambda: support.colleagues(unit), self.glance.show_colleagues, self._failed
            )
            self._tasks.latest("support-bundles").run_net(
                lambda: support.bundles(unit), self._show_bundles, self._failed
            )
        self._tasks.latest("support-templates").run_net(
            lambda: templates.fetch(unit), self._show_templates, self._failed
        )

    def _show_bundles(self, bundles: list[BundleInfo]) -> None:
        self._bundles = bundles
        self.bundles_tab.show_bundles(bundles)

    def _show_templates(self, current: UnitTemplates) -> None:
        self._current = current
        self.templates_tab.show_templates(current.templates)

    # -- templates -------------------------------------------------------------------

    def _check_template(self, row: int) -> None:
        current = self._current
        if current is None or not 0 <= row < len(current.templates):
            return
        template, templates = current.templates[row], self._templates
        self._tasks.latest("support-check").run_db(
            lambda: templates.check(template), self._show_checks, self._failed
        )

    def _show_checks(self, checks: list[LineCheck]) -> None:
        self._checks = checks
        self.templates_tab.show_checks(checks)

    def _start_cart(self) -> None:
        unit, checks, templates = self._unit_id, list(self._checks), self._templates
        if unit is None or not checks:
            return

        def done(added: int) -> None:
            self.notice.emit(self.tr("%n item(s) put in the cart.", "", added))
            self.cart_filled.emit(unit)

        self._tasks.run_db(lambda: templates.start_cart(unit, checks), done, self._failed)

    def _save_cart(self, name: str) -> None:
        unit, current, templates = self._unit_id, self._current, self._templates
        if unit is None or current is None:
            return

        def saved(result: UnitTemplates) -> None:
            self.notice.emit(self.tr("Template saved for the unit."))
            self._show_templates(result)

        def with_template(template: OrderTemplate) -> None:
            if not template.lines:
                self.notice.emit(self.tr("The cart is empty: add items in Find first."))
                return
            new = (*current.templates, template)
            self._tasks.run_net(lambda: templates.save(current, new), saved, self._failed)

        self._tasks.run_db(lambda: templates.from_cart(unit, name), with_template, self._failed)

    # -- bundles ---------------------------------------------------------------------

    def _send_bundle(self, note: str) -> None:
        unit, support, synced = self._unit_id, self._support, self._last_synced
        if unit is None:
            return

        def send() -> str:
            return support.send_bundle(unit, support.make_bundle(unit, synced), note)

        self._tasks.run_net(
            send, lambda _id: self.notice.emit(self.tr("Support bundle sent.")), self._failed
        )

    def _open_bundle(self, row: int) -> None:
        if not 0 <= row < len(self._bundles):
            return
        info, support = self._bundles[row], self._support

        def show(content: dict[str, Any]) -> None:
            self.bundle_dialog = BundleDialog(info, content, self)
            self.bundle_dialog.open()

        self._tasks.run_net(lambda: support.open_bundle(info.bundle_id), show, self._failed)

    # -- the rest ----------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.notice.emit(message_for(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Support"))
        self.tabs.setAccessibleName(self.tr("Support"))
        self.tabs.tabBar().setAccessibleName(self.tr("Views of the unit's support"))
        self.glance.retranslate()
        self.templates_tab.retranslate()
        self.bundles_tab.retranslate()
        if self._unit_id is not None:
            self.set_unit(self._unit_id, self._me)
