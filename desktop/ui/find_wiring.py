"""Puts the Find place into the main window (replacing the agreements placeholder) and
the list of the user's questions into Help, and chains the catalogue sync after the
reference sync. ``install_find(window)`` is called once at the end of
``MainWindow.__init__``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.office_request import OfficeRequest
from desktop.remote.catalogue_sync import CatalogueProgress
from desktop.ui.find_requests_panel import RequestsPanel
from desktop.ui.find_service import FindService, FindSyncReport, build_find_service
from desktop.ui.find_view import FindView
from desktop.ui.places import Place


class FindWiring:
    """Keeps the Find view, the Help list and the sender in step."""

    def __init__(self, window: Any, service: FindService) -> None:
        self.window = window
        self.service = service
        tasks = window.tasks
        self.view = FindView(tasks, service, window.current_unit_id, window)
        stack = window.stack
        old = window.find_page
        index = stack.indexOf(old)
        was_current = stack.currentIndex() == index
        stack.removeWidget(old)
        stack.insertWidget(index, self.view)
        old.hide()
        old.deleteLater()
        window.find_page = self.view
        if was_current:
            stack.setCurrentIndex(index)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # the search box, on start
        QWidget.setTabOrder(window.unit_combo, self.view.search_edit)
        self.requests = RequestsPanel(window.help_page)
        add_section = getattr(window.help_page, "add_section", None)
        if add_section is not None:
            add_section(self.requests)

        actions = self.view.actions
        status = window.status
        self.view.notice.connect(lambda text: status.show_notice(text))
        actions.synced.connect(self._synced)
        actions.sync_failed.connect(lambda _e: status.hide_sync_progress())
        actions.submitted.connect(lambda _id: self.load_requests())
        window.sync.finished.connect(lambda _report: actions.start_sync())
        self.requests.ask.connect(lambda: actions.ask_office())
        self.requests.open_answer.connect(self.open_answer)
        self.view.cart_changed.connect(self._cart_changed)
        actions.progressed.connect(self._progress)
        listener = lambda: tasks.run_on_main(self.load_requests)  # noqa: E731
        service.sender.add_listener(listener)
        window.destroyed.connect(lambda *_: service.sender.remove_listener(listener))
        self.load_requests()
        self.view.reload()

    def _progress(self, step: CatalogueProgress) -> None:
        self.window.status.show_sync_progress(step.index, step.total, "catalogues")

    def _synced(self, report: FindSyncReport) -> None:
        self.window.status.hide_sync_progress()
        answered = report.guidance.newly_answered
        if answered:
            self.window.status.show_notice(
                QCoreApplication.translate("FindWiring", "The office has answered you: see Help.")
            )
        self.load_requests()

    def _cart_changed(self, unit_id: str) -> None:
        """Show the cart's new line; the reason given for buying beside an agreement goes
        into the cart's reason field (it travels with the order)."""
        cart_page = getattr(self.window, "cart_page", None)
        reload = getattr(cart_page, "reload", None)
        if callable(reload):
            reload()
        field = getattr(cart_page, "reason", None)
        service = self.service

        def fill(reason: str | None) -> None:
            if reason and isinstance(field, QLineEdit) and not field.text().strip():
                field.setText(reason)

        self.window.tasks.run_db(lambda: service.reason_for_cart(unit_id), fill)

    def load_requests(self) -> None:
        service = self.service
        self.window.tasks.run_db(service.requests, self.requests.set_requests)

    def open_answer(self, request: OfficeRequest) -> None:
        service = self.service
        self.window.tasks.run_db(
            lambda: service.submissions.mark_answers_seen([request.id]),
            lambda _r: self.load_requests(),
        )
        self.window.show_place(Place.FIND)
        self.view.actions.open_answer(request)


def install_find(window: Any) -> FindWiring:
    """Give ``window`` the Find view and the Help list of questions (once)."""
    wiring = FindWiring(window, build_find_service(window.services))
    window.find_wiring = wiring
    return wiring
