"""What the Find view does besides searching: the cart (with the off-agreement and
ranked-cascade prompts), questions to the office, recorded call-offs, news, the
catalogue sync, and opening the office's answers. Dialogs open window-modal (``open``)
and report through ``finished``, so nothing blocks the event loop."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.guidance_resolve import AgreementGuidance
from desktop.domain.office_request import OfficeRequest
from desktop.remote.catalogue_sync import CatalogueProgress
from desktop.services.find import AddCheck, AddCheckKind, FindSyncReport
from desktop.ui.find.announcements import AnnouncementsDialog
from desktop.ui.find.calloff_dialog import CallOffDialog
from desktop.ui.find.offagreement_dialog import Choice, ReasonDialog
from desktop.ui.find.office_dialog import OfficeRequestDialog
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.status_bar import format_timestamp
from desktop.ui.shell.tasks import is_network_error

if TYPE_CHECKING:
    from desktop.ui.find.view import FindView


class FindActions(QObject):
    """Signals: ``submitted(str)`` after a request or call-off is saved (its id),
    ``progressed(CatalogueProgress)``, ``synced(FindSyncReport)``, ``sync_failed(error)``."""

    submitted = Signal(str)
    progressed = Signal(object)  # CatalogueProgress
    synced = Signal(object)
    sync_failed = Signal(object)

    def __init__(self, view: FindView) -> None:
        super().__init__(view)
        self.view = view
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self.syncing = False

    # -- the cart ---------------------------------------------------------------------

    def add_to_cart(self, item_id: int, quantity: Decimal) -> None:
        view, service, language, today = (
            self.view,
            self.view.service,
            self.view.language,
            (self.view.today()),
        )
        view.tasks.run_db(
            lambda: service.check_add(item_id, language, today),
            lambda check: self._checked(check, quantity),
            self._failed,
        )

    def _checked(self, check: AddCheck, quantity: Decimal) -> None:
        if check.kind is AddCheckKind.GONE or check.detail is None:
            self.view.notice.emit(self.tr("This item is no longer in the catalogue."))
            self.view.run_search()
            return
        if check.kind is AddCheckKind.OK:
            self._add(check, quantity, None)
            return
        name = check.detail.name
        if check.kind is AddCheckKind.CASCADE and check.agreement is not None:
            dialog = ReasonDialog(
                check.detail.supplier_name,
                cascade=(check.agreement, list(check.ranked_before)),
                parent=self.view,
            )
        else:
            dialog = ReasonDialog(name, advice=check.advice, parent=self.view)
        dialog.finished.connect(lambda _r: self._reason_given(dialog, check, quantity))
        self._open(dialog)

    def _reason_given(self, dialog: ReasonDialog, check: AddCheck, quantity: Decimal) -> None:
        self.dialog = None
        if dialog.choice is Choice.GO_ON:
            self._add(check, quantity, dialog.reason)
        elif dialog.choice is Choice.SHOW_AGREEMENT:
            if check.kind is AddCheckKind.CASCADE and check.agreement is not None:
                self.view.show_agreement(check.agreement.id)
            elif check.advice is not None:
                self.view.show_agreement(check.advice.agreement.id)

    def _add(self, check: AddCheck, quantity: Decimal, reason: str | None) -> None:
        unit_id = self.view.unit_id()
        detail = check.detail
        if unit_id is None or detail is None:
            self.view.notice.emit(self.tr("Choose the unit you order for first."))
            return
        service = self.view.service
        self.view.tasks.run_db(
            lambda: service.add_to_cart(unit_id, detail, quantity, reason, check.advice),
            lambda _cart: self._added(unit_id, detail.item_id, detail.name, quantity),
            self._failed,
        )

    def _added(self, unit_id: str, item_id: int, name: str, quantity: Decimal) -> None:
        short = name if len(name) <= 40 else name[:39] + "…"
        self.view.notice.emit(self.tr("Added to the cart: %1").replace("%1", short))
        self.view.pane.show_added(item_id, quantity)
        self.view.cart_changed.emit(unit_id)
        focused = QApplication.focusWidget()
        if focused is not None and self.view.pane.isAncestorOf(focused):
            # Added from the pane (Enter in the quantity): on to the next need.
            self.view.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.search_edit.selectAll()

    # -- the office and call-offs -----------------------------------------------------

    def ask_office(self, need: str = "", agreement_id: str | None = None) -> None:
        service = self.view.service
        self.view.tasks.run_db(
            service.units, lambda units: self._ask(units, need, agreement_id), self._failed
        )

    def ask_office_for(self, guide: AgreementGuidance) -> None:
        need = (
            self.tr("Call-off under %1 (%2): ")
            .replace("%1", guide.agreement_name_in(self.view.language))
            .replace("%2", guide.agreement.number)
        )
        self.ask_office(need + self.view.search_edit.text().strip(), guide.agreement.id)

    def _ask(self, units: list[Any], need: str, agreement_id: str | None) -> None:
        dialog = OfficeRequestDialog(
            units,
            self.view.unit_id(),
            self.view.search_edit.text(),
            need,
            agreement_id,
            self.view,
        )
        dialog.finished.connect(lambda result: self._asked(dialog, result))
        self._open(dialog)

    def _asked(self, dialog: OfficeRequestDialog, result: int) -> None:
        self.dialog = None
        request = dialog.request
        if result != QDialog.DialogCode.Accepted or request is None:
            return
        service = self.view.service
        self.view.tasks.run_db(
            lambda: service.requests.ask_office(request),
            lambda _r: self._saved(request.id, True),
            self._failed,
        )

    def record_calloff(self, guide: AgreementGuidance) -> None:
        service = self.view.service
        self.view.tasks.run_db(
            service.units, lambda units: self._record(guide, units), self._failed
        )

    def _record(self, guide: AgreementGuidance, units: list[Any]) -> None:
        dialog = CallOffDialog(guide, units, self.view.unit_id(), self.view.today(), self.view)
        dialog.finished.connect(lambda result: self._recorded(dialog, result))
        self._open(dialog)

    def _recorded(self, dialog: CallOffDialog, result: int) -> None:
        self.dialog = None
        calloff = dialog.calloff
        if result != QDialog.DialogCode.Accepted or calloff is None:
            return
        service = self.view.service
        self.view.tasks.run_db(
            lambda: service.requests.record_calloff(calloff),
            lambda _r: self._saved(calloff.id, False),
            self._failed,
        )

    def _saved(self, ident: str, request: bool) -> None:
        self.view.service.sender.wake()
        if request:
            text = self.tr(
                "Your question is saved and goes to the procurement office as soon as Avrop is "
                "online. Their answer comes under Help (Ctrl+5)."
            )
        else:
            text = self.tr("The call-off is recorded under the agreement.")
        self.view.notice.emit(text)
        self.submitted.emit(ident)

    def open_answer(self, request: OfficeRequest) -> None:
        """Open what the office's answer points to: an item, else an agreement's items."""
        answer = request.answer
        if answer is None:
            return
        if answer.item is not None:
            item, service = answer.item, self.view.service
            self.view.tasks.run_db(
                lambda: service.item_by_article(item.supplier_id, item.seller_item_id),
                lambda item_id: self._open_item(item_id, answer.agreement_id),
                self._failed,
            )
        elif answer.agreement_id:
            self.view.show_agreement(answer.agreement_id)

    def _open_item(self, item_id: int | None, agreement_id: str | None) -> None:
        if item_id is None:
            if agreement_id:
                self.view.show_agreement(agreement_id)
            else:
                self.view.notice.emit(self.tr("This item is no longer in the catalogue."))
            return
        service, language = self.view.service, self.view.language
        self.view.tasks.run_db(lambda: service.item(item_id, language), self.view._show_item)

    # -- news -------------------------------------------------------------------------

    def show_unseen_news(self) -> None:
        service = self.view.service
        self.view.tasks.run_db(
            lambda: (service.unseen_announcements(mark_seen=True), service.home_language()),
            lambda found: self.view.banner.show_items(*found),
        )

    def show_news(self) -> None:
        service = self.view.service
        self.view.tasks.run_db(
            lambda: (service.announcements(), service.home_language()), self._news, self._failed
        )

    def _news(self, found: tuple[list[Any], str | None]) -> None:
        dialog = AnnouncementsDialog(*found, parent=self.view)
        dialog.show_agreement.connect(self.view.show_agreement)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self._open(dialog)

    # -- sync -------------------------------------------------------------------------

    def start_sync(self) -> bool:
        """Guidance and every supplier's catalogue, off the UI thread; False if running."""
        if self.syncing:
            return False
        self.syncing = True
        service, tasks = self.view.service, self.view.tasks

        def progress(step: CatalogueProgress) -> None:
            tasks.run_on_main(lambda: self._progress(step))

        self._show_sync(self.tr("Updating guidance and catalogues…"))
        tasks.run_net(lambda: service.sync(progress), self._synced, self._sync_failed)
        return True

    def _progress(self, step: CatalogueProgress) -> None:
        self.progressed.emit(step)
        if step.downloading:
            self._show_sync(self.tr("Downloading the catalogue…"))
            return
        self._show_sync(
            self.tr("Updating catalogues: supplier %1 of %2 (%3), %Ln line(s)", "", step.lines)
            .replace("%1", str(step.index))
            .replace("%2", str(step.total))
            .replace("%3", step.supplier_name)
        )

    def _synced(self, report: FindSyncReport) -> None:
        self.syncing = False
        failed = report.catalogues.failed
        if failed:
            lines = []
            for result in failed:
                when = (
                    format_timestamp(result.last_good_sync)
                    if result.last_good_sync
                    else self.tr("never")
                )
                where = (
                    self.tr(" at line %1").replace("%1", result.error_line)
                    if (result.error_line)
                    else ""
                )
                lines.append(
                    self.tr(
                        "The catalogue of %1 could not be updated (an error%2). Avrop uses "
                        "the one from the last good sync: %3."
                    )
                    .replace("%1", result.supplier_name)
                    .replace("%2", where)
                    .replace("%3", when)
                )
            self._show_sync("\n".join(lines), error=True)
        else:
            self.view.sync_label.hide()
        self.view.reload()
        self.synced.emit(report)

    def _sync_failed(self, error: BaseException) -> None:
        self.syncing = False
        if is_network_error(error):
            self._show_sync(self.tr("Offline: showing the catalogues from the last sync."))
        else:
            self._show_sync(message_for(error), error=True)
        self.sync_failed.emit(error)

    def _show_sync(self, text: str, *, error: bool = False) -> None:
        label = self.view.sync_label
        label.setText(text)
        label.setAccessibleName(text)
        label.setStyleSheet("color: #a8321c;" if error else "color: #55656d;")
        label.show()

    # -- helpers ----------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        self.view.notice.emit(message_for(error))
