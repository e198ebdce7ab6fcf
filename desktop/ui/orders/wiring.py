"""The Orders place as the main window uses it: the controller (outbox sender, follow-up
sync), the Orders page and the outbox length in the status bar, kept in step through the
change bus (``desktop/ui/shell/changes.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.app import Services
from desktop.domain.reference import Me
from desktop.ui.orders.controller import OrdersController
from desktop.ui.orders.outbox_indicator import OutboxIndicator
from desktop.ui.orders.page import OrdersPage
from desktop.ui.orders.reorder_action import ReorderAction
from desktop.ui.shell.changes import Change, ChangeBus, Changes
from desktop.ui.shell.status_bar import AppStatusBar
from desktop.ui.shell.tasks import TaskManager


class OrdersWiring(QObject):
    """Builds the Orders page (``page``) and starts the sender; ``stop()`` at close."""

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        changes: ChangeBus,
        status: AppStatusBar,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.controller = OrdersController(services, tasks, parent=self)
        self.page = OrdersPage(tasks, self.controller, parent)
        self.reorder = ReorderAction(self.page, tasks, services.reorder, changes)
        self.outbox = OutboxIndicator(status)
        status.addPermanentWidget(self.outbox)

        self.controller.outbox_changed.connect(self.outbox.set_count)
        self.controller.outbox_changed.connect(self._outbox_count)
        self._queued_notice = ""
        self.controller.notice.connect(status.show_notice)
        self.controller.orders_changed.connect(lambda: changes.announce(Change.ORDERS))
        changes.changed.connect(self._changed)
        self.controller.start()

    def set_unit(self, unit_id: str, me: Me | None) -> None:
        self.page.set_unit(unit_id, me)

    def network_back(self, online: bool) -> None:
        self.controller.network_back(online)

    def stop(self) -> None:
        """Stop the sender (queued orders stay in the store for the next sign-in)."""
        self.controller.stop()

    def _changed(self, changes: Changes) -> None:
        if Change.REFERENCE in changes:
            self.controller.sync_follow_up()
        if changes.placed:
            self._placed(changes.placed)
        elif Change.ORDERS in changes:
            self.page.reload()

    def _placed(self, count: int) -> None:
        self.controller.refresh_outbox_count()
        self.page.show_newest()
        self._queued_notice = self.tr("%n order(s) are queued to be sent.", "", count)
        self.status.show_notice(self._queued_notice, timeout_ms=120_000)  # until sent

    def _outbox_count(self, count: int) -> None:
        """ "Queued to be sent" belongs to its moment: gone once everything is sent."""
        if count == 0 and self._queued_notice and self.status.notice.text() == self._queued_notice:
            self.status.notice.clear()
            self._queued_notice = ""
