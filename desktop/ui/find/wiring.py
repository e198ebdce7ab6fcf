"""The Find place as the main window uses it: the Find view (``view``), the list of the
user's questions for Help (``requests``) and the request sender, kept in step through the
change bus (``desktop/ui/shell/changes.py``). The catalogue sync follows the reference
sync, and the item pictures' sync follows the catalogues'."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.app import Services
from desktop.domain.office_request import OfficeRequest
from desktop.remote.catalogue_sync import CatalogueProgress
from desktop.remote.picture_sync import PictureSyncReport
from desktop.services.find import FindSyncReport
from desktop.ui.find.requests_panel import RequestsPanel
from desktop.ui.find.thumbnails import Thumbnails
from desktop.ui.find.view import FindView
from desktop.ui.shell.changes import Change, ChangeBus, Changes
from desktop.ui.shell.status_bar import AppStatusBar
from desktop.ui.shell.style import icon
from desktop.ui.shell.tasks import TaskManager

log = logging.getLogger(__name__)


class FindWiring(QObject):
    """Keeps the Find view, the Help list and the sender in step.

    ``answer_opened`` asks the window to show the Find place (an answer opens there).
    """

    answer_opened = Signal()

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        changes: ChangeBus,
        status: AppStatusBar,
        unit_id: Callable[[], str | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.service = services.find
        self.tasks = tasks
        self.changes = changes
        self.status = status
        self.view = FindView(tasks, self.service, unit_id, parent)
        self.requests = RequestsPanel()
        self.thumbnails = Thumbnails(
            services.pictures.folder, services.data_dir / "thumbnails", self
        )
        self.view.model.set_pictures(self.thumbnails, icon("item-picture"))
        self.view.pane.set_pictures(self.thumbnails)
        self._refused_embedded = 0  # set by a catalogue sync, said after the pictures'

        actions = self.view.find_actions
        self.view.notice.connect(status.show_notice)
        actions.synced.connect(self._synced)
        actions.sync_failed.connect(lambda _e: status.hide_sync_progress())
        actions.submitted.connect(lambda _id: changes.announce(Change.REQUESTS))
        actions.progressed.connect(self._progress)
        self.requests.ask.connect(lambda: actions.ask_office())
        self.requests.open_answer.connect(self.open_answer)
        self.view.cart_changed.connect(lambda unit: changes.announce(Change.CART, unit_id=unit))
        changes.changed.connect(self._changed)
        self._unsubscribe: Callable[[], None] | None = services.requests_changed.subscribe(
            lambda: tasks.run_on_main(self._requests_moved)
        )
        self.load_requests()
        self.view.reload()

    def stop(self) -> None:
        """Stop listening to the outbox sender (it belongs to the app, not to Find)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _requests_moved(self) -> None:
        if shiboken6.isValid(self.changes):  # the window may be gone meanwhile
            self.changes.announce(Change.REQUESTS)

    def _changed(self, changes: Changes) -> None:
        if Change.REFERENCE in changes:
            self.view.find_actions.start_sync()
        if Change.REQUESTS in changes:
            self.load_requests()

    def _progress(self, step: CatalogueProgress) -> None:
        self.status.show_sync_progress(step.index, step.total, "catalogues")

    def _synced(self, report: FindSyncReport) -> None:
        self.status.hide_sync_progress()
        if report.guidance.newly_answered:
            self.status.show_notice(
                QCoreApplication.translate("FindWiring", "The office has answered you: see Help.")
            )
        else:  # the last part of a sync: only now is everything up to date
            self.status.show_notice(
                QCoreApplication.translate("MainWindow", "Sync finished. Everything is up to date.")
            )
        self.changes.announce(Change.CATALOGUE, Change.REQUESTS)
        # embedded pictures the catalogues carried too large: said with the others
        self._refused_embedded = sum(r.refused_pictures for r in report.catalogues.results)
        self.tasks.run_net(self.services.pictures.sync, self._pictures_synced, self._no_pictures)

    def _pictures_synced(self, report: PictureSyncReport) -> None:
        """New pictures are shown as rows are drawn; refused ones are said once."""
        self.thumbnails.refresh()
        self.view.model.refresh_pictures()
        refused = report.refused + self._refused_embedded  # lupdate wants a plain name
        self._refused_embedded = 0
        if refused:
            notice = self.tr("%n item picture(s) were refused as unsafe.", "", refused)
            self.status.show_notice(notice)

    def _no_pictures(self, error: BaseException) -> None:
        log.info("item pictures not synced: %r", error)  # offline: the cached ones show

    def load_requests(self) -> None:
        self.tasks.run_db(self.services.requests.mine, self.requests.set_requests)

    def open_answer(self, request: OfficeRequest) -> None:
        requests = self.services.requests
        self.tasks.run_db(
            lambda: requests.mark_answers_seen([request.id]),
            lambda _r: self.changes.announce(Change.REQUESTS),
        )
        self.answer_opened.emit()
        self.view.find_actions.open_answer(request)
