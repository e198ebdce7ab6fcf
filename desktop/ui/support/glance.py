"""Units at a glance: installations (a stuck one stands out), orders waiting, requests to
the office, and the unit's colleagues with their certification."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.support import Colleagues, UnitOverview
from desktop.ui.shell.formats import money_text
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.shell.status_bar import format_timestamp
from desktop.ui.support.tables import ReadOnlyTable

_STATES = {
    "awaiting_approval": QT_TRANSLATE_NOOP("SupportGlance", "Waiting for approval"),
    "rejected": QT_TRANSLATE_NOOP("SupportGlance", "Rejected by the supplier"),
    "declined": QT_TRANSLATE_NOOP("SupportGlance", "Declined by the manager"),
    "changed": QT_TRANSLATE_NOOP("SupportGlance", "Changed by the supplier: check it"),
}
_REQUESTS = {
    "queued": QT_TRANSLATE_NOOP("SupportGlance", "Not sent yet"),
    "open": QT_TRANSLATE_NOOP("SupportGlance", "Open"),
    "answered": QT_TRANSLATE_NOOP("SupportGlance", "Answered"),
    "closed": QT_TRANSLATE_NOOP("SupportGlance", "Closed"),
}
_ROLES = {
    "orderer": QT_TRANSLATE_NOOP("SupportGlance", "Orderer"),
    "manager": QT_TRANSLATE_NOOP("SupportGlance", "Unit manager"),
    "superuser": QT_TRANSLATE_NOOP("SupportGlance", "Superuser"),
    "procurement": QT_TRANSLATE_NOOP("SupportGlance", "Procurement office"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupportGlance", text)


def _when(moment: datetime | None) -> str:
    return format_timestamp(moment) if moment else "–"


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("cardHeading")
    return label


class GlanceTab(QWidget):
    """What needs the superuser's attention in one unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("supportSummary")
        self.summary.setWordWrap(True)
        self.devices = ReadOnlyTable("supportDevices", self)
        self.orders = ReadOnlyTable("supportOrders", self)
        self.requests = ReadOnlyTable("supportRequests", self)
        self.people = ReadOnlyTable("supportColleagues", self)
        self.training = QLabel(self)
        self.training.setObjectName("supportTraining")
        self.training.setOpenExternalLinks(True)
        self.training.setTextFormat(Qt.TextFormat.RichText)
        self._headings = [_heading("", self) for _ in range(4)]
        self._names: dict[str, str] = {}  # username → display name, from the colleagues
        self._overview: UnitOverview | None = None
        self._now: datetime | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for heading, table in zip(
            self._headings, (self.devices, self.orders, self.requests, self.people), strict=True
        ):
            layout.addWidget(heading)
            layout.addWidget(table, 1)
        layout.addWidget(self.training)
        self.retranslate()

    def retranslate(self) -> None:
        for heading, text in zip(
            self._headings,
            (
                self.tr("Installations"),
                self.tr("Orders that need someone"),
                self.tr("Questions to the procurement office"),
                self.tr("Colleagues"),
            ),
            strict=True,
        ):
            heading.setText(text)
        for table, heading in zip(
            (self.devices, self.orders, self.requests, self.people), self._headings, strict=True
        ):
            table.setAccessibleName(heading.text())
        self.training.setAccessibleName(self.tr("orderer training"))
        self.devices.set_headers(
            [
                self.tr("Person"),
                self.tr("App version"),
                self.tr("Last sync"),
                self.tr("Waiting to be sent"),
                self.tr("Waiting since"),
                self.tr("Last error"),
            ]
        )
        self.orders.set_headers(
            [self.tr("Order"), self.tr("Status"), self.tr("Total"), self.tr("Placed by")]
        )
        self.requests.set_headers(
            [self.tr("Need"), self.tr("Asked by"), self.tr("Status"), self.tr("Answer")]
        )
        self.people.set_headers(
            [self.tr("Name"), self.tr("Role"), self.tr("Certified"), self.tr("May order")]
        )

    def show_overview(self, overview: UnitOverview, now: datetime | None = None) -> None:
        self._overview, self._now = overview, now
        moment = now or datetime.now(UTC)
        name = self._names.get
        stuck = [d.stuck(moment) for d in overview.devices]
        self.devices.set_rows(
            [
                (
                    d.display_name,
                    d.app_version,
                    _when(d.last_sync_at),
                    str(d.outbox_length),
                    _when(d.oldest_queued_at) if d.outbox_length else "–",
                    d.last_error or "",
                )
                for d in overview.devices
            ],
            stuck,
        )
        self.orders.set_rows(
            [
                (
                    o.number,
                    _tr(_STATES.get(o.state, o.state)),
                    money_text(o.total, o.currency),
                    name(o.created_by, o.created_by),
                )
                for o in overview.orders
            ],
            [o.state in ("rejected", "declined") for o in overview.orders],
        )
        self.requests.set_rows(
            [
                (
                    r.need,
                    name(r.username, r.username),
                    _tr(_REQUESTS.get(r.status, r.status)),
                    r.answer or "",
                )
                for r in overview.requests
            ]
        )
        parts = []
        if any(stuck):
            pairs = zip(overview.devices, stuck, strict=True)
            waiting = sum(d.outbox_length for d, is_stuck in pairs if is_stuck)
            parts.append(self.tr("%n item(s) are stuck on a colleague's computer.", "", waiting))
        orders = len(overview.orders)
        if orders:
            parts.append(self.tr("%n order(s) need someone.", "", orders))
        asked = sum(1 for r in overview.requests if r.status == "open")
        if asked:
            parts.append(self.tr("%n question(s) to the office are open.", "", asked))
        self.summary.setText(" ".join(parts) or self.tr("Nothing waits in this unit."))

    def show_colleagues(self, colleagues: Colleagues) -> None:
        self._names = {p.username: p.display_name for p in colleagues.people}
        if self._overview is not None:
            self.show_overview(self._overview, self._now)
        yes, no = self.tr("Yes"), self.tr("No")
        self.people.set_rows(
            [
                (
                    p.display_name,
                    _tr(_ROLES.get(p.role, p.role)),
                    yes if p.certified else no,
                    yes if p.may_order else no,
                )
                for p in colleagues.people
            ],
            [p.role == "orderer" and not p.certified for p in colleagues.people],
        )
        uncertified = [p for p in colleagues.people if p.role == "orderer" and not p.certified]
        if uncertified and colleagues.certification_url:
            url = colleagues.certification_url
            link = self.tr("orderer training")
            self.training.setText(
                self.tr("Not yet certified: %1. They may not order until they pass the %2.")
                .replace("%1", html.escape(", ".join(p.display_name for p in uncertified)))
                .replace("%2", f'<a href="{html.escape(url)}">{html.escape(link)}</a>')
            )
        else:
            self.training.setText("")
