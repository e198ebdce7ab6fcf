"""Wires the orders capability into the app: the order service, the background outbox
sender and the follow-up sync, with Qt signals for the pages and the status bar.

The sender runs on its own thread while someone is signed in; it only sends the signed-in
user's orders, so queued orders wait (safely, in the store) for that user's next sign-in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.app import Services
from desktop.domain.order import OrderState
from desktop.remote.order_sync import NoticeKind, OrderNotice, OrderSyncResult
from desktop.services.approval_context import approvals_waiting
from desktop.storage.reference_repo import ReferenceRepository
from desktop.ui.orders.model import order_label
from desktop.ui.orders.texts import response_text, state_text
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.shell.tasks import TaskManager

log = logging.getLogger(__name__)

FOLLOW_UP_INTERVAL_MS = 120_000
# After a send the server checks the order in the background (milliseconds): follow up
# soon while one is still being checked, less and less often if it takes long (a busy
# server), every 20 s for ten minutes before leaving it to the regular follow-up.
CHECKED_FOLLOW_UP_MS = (200, 1_000, 5_000, *(20_000,) * 30)


def next_check_delay(checks_done: int) -> int | None:
    """Milliseconds until the next follow-up of an order being checked; None: no more."""
    return CHECKED_FOLLOW_UP_MS[checks_done] if checks_done < len(CHECKED_FOLLOW_UP_MS) else None


class OrdersController(QObject):
    """Signals: ``outbox_changed(int)`` (the user's outbox length), ``orders_changed()``
    (reload the lists), ``notice(str)`` (a line for the status bar) and
    ``approvals_changed(int)`` (orders waiting for the signed-in manager's decision)."""

    outbox_changed = Signal(int)
    approvals_changed = Signal(int)
    orders_changed = Signal()
    notice = Signal(str)
    _sender_moved = Signal()

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        *,
        follow_up_interval_ms: int = FOLLOW_UP_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.service = services.ordering
        self.outbox_sender = services.outbox_sender
        self.follow_up = services.order_follow_up
        self._unsubscribe: Callable[[], None] | None = None
        self._sender_moved.connect(self._after_send)
        self._syncing = False
        self._again = False  # a follow-up was asked for while one ran
        self._checks = 0  # follow-ups asked for while an order is being checked
        self._timer = QTimer(self)
        self._timer.setInterval(follow_up_interval_ms)
        self._timer.timeout.connect(self.sync_follow_up)

    def username(self) -> str | None:
        return self.services.signed_in_username()

    # -- lifetime --------------------------------------------------------------------------

    def start(self) -> None:
        """Start sending and following up (after sign-in)."""
        if self._unsubscribe is None:
            self._unsubscribe = self.services.outbox_changed.subscribe(self._on_sender_moved)
        self.outbox_sender.start()
        self._timer.start()
        self.refresh_outbox_count()
        self.refresh_approvals()

    def stop(self) -> None:
        """Stop the sender (at sign-out or exit); queued orders stay in the store."""
        self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.outbox_sender.stop(timeout=5.0)

    def _on_sender_moved(self) -> None:
        """Called on the sender's thread: hand over to the UI thread (queued signal)."""
        if shiboken6.isValid(self):  # a window deleted without closing is gone quietly
            self._sender_moved.emit()

    def wake_sender(self) -> None:
        self.outbox_sender.wake()

    def network_back(self, online: bool) -> None:
        """The connection came back: send now instead of waiting out the backoff."""
        if online:
            self.outbox_sender.wake(reset_backoff=True)
            self.sync_follow_up()

    # -- follow-up --------------------------------------------------------------------------

    def sync_follow_up(self) -> None:
        me = self.services.auth.me
        if me is None or not self.services.auth.signed_in:
            return
        if self._syncing:
            self._again = True  # asked while one runs: it may have asked the server too early
            return
        self._syncing = True
        services = self.services

        def work() -> tuple[OrderSyncResult, dict[str, str]]:
            result = self.follow_up.sync(me)
            ids = {n.order.supplier_id for n in result.notices}
            names = services.run_db(lambda: _supplier_names(services.reference, ids))
            return result, names

        self.tasks.run_net(work, self._synced, self._sync_failed)

    def _synced(self, outcome: tuple[OrderSyncResult, dict[str, str]]) -> None:
        self._sync_ended()
        self._follow_checks()
        result, names = outcome
        if result.changed:
            self.orders_changed.emit()
            self.refresh_approvals()
        for notice in result.notices:
            supplier = names.get(notice.order.supplier_id, notice.order.supplier_id)
            self.notice.emit(notice_text(notice, supplier))

    def _sync_failed(self, error: BaseException) -> None:
        self._sync_ended()
        log.info("order follow-up sync failed: %r", error)
        self._follow_checks()  # an order being checked is followed up again all the same

    def _sync_ended(self) -> None:
        self._syncing = False
        if self._again:
            self._again = False
            self.sync_follow_up()

    # -- the outbox ---------------------------------------------------------------------------

    def _after_send(self) -> None:
        self.refresh_outbox_count()
        self.refresh_approvals()
        self.orders_changed.emit()
        self._checks = 0
        self._follow_checks()

    def _follow_checks(self) -> None:
        """While one of the user's orders is being checked by the server, follow up
        soon (the outcome: sent, waiting for approval or needs fix)."""
        service = self.service

        def checking() -> bool:
            return any(e.order.state is OrderState.VALIDATING for e in service.entries())

        self.tasks.run_db(checking, self._check_again)

    def _check_again(self, checking: bool) -> None:
        delay = next_check_delay(self._checks)
        if not checking or delay is None:
            return
        self._checks += 1
        QTimer.singleShot(delay, self, self.sync_follow_up)

    def refresh_outbox_count(self) -> None:
        user = self.username()
        self.tasks.run_db(lambda: self.service.outbox_count(user), self.outbox_changed.emit)

    def refresh_approvals(self) -> None:
        service = self.service
        self.tasks.run_db(lambda: approvals_waiting(service), self.approvals_changed.emit)


def _supplier_names(reference: ReferenceRepository, ids: set[str]) -> dict[str, str]:
    found = {i: reference.supplier(i) for i in ids}
    return {i: s.name for i, s in found.items() if s is not None}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrdersController", text)


def notice_text(notice: OrderNotice, supplier: str) -> str:
    """The status-bar line for a follow-up notice (translated)."""
    order = notice.order
    values = {"%1": order_label(order), "%2": supplier, "%3": state_text(order.state)}
    if notice.kind is NoticeKind.ANSWERED and order.responses:
        values["%3"] = response_text(order.responses[-1].code)
        text = _tr(QT_TRANSLATE_NOOP("OrdersController", "Order %1 to %2: %3"))
    elif notice.kind is NoticeKind.APPROVAL:
        values["%2"] = order.placed_by_name or order.created_by
        text = _tr(
            QT_TRANSLATE_NOOP("OrdersController", "Order %1 from %2 waits for your approval.")
        )
    else:
        text = _tr(QT_TRANSLATE_NOOP("OrdersController", "Order %1 to %2 is now: %3"))
    for key, value in values.items():
        text = text.replace(key, value)
    return text
