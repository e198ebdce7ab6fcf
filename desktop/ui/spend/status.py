"""Above the figures: whose they are, how far they go, how old they are; offline notice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.storage.spend_cache import CachedSpend
from desktop.ui.spend import format as fmt

STATUS_STYLE = """
QLabel#spendFreshness { color: #55656d; }
QLabel#spendOffline { background: #fff4d6; border: 1px solid #e8c66b; border-radius: 8px;
                      padding: 8px 12px; color: #5b4500; }
"""


class SpendStatus(QWidget):
    """The freshness line and, offline, a notice with the age of the figures shown.

    The age is rewritten every minute while figures are shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STATUS_STYLE)
        self.figures: CachedSpend | None = None
        self.offline = False
        self.freshness = QLabel(self)
        self.freshness.setObjectName("spendFreshness")
        self.freshness.setWordWrap(True)
        self.offline_notice = QLabel(self)
        self.offline_notice.setObjectName("spendOffline")
        self.offline_notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.freshness)
        layout.addWidget(self.offline_notice)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.refresh_texts)
        self.show_figures(None, False)

    def show_figures(self, figures: CachedSpend | None, offline: bool) -> None:
        self.figures, self.offline = figures, offline
        self.freshness.setVisible(figures is not None)
        self.offline_notice.setVisible(figures is not None and offline)
        if figures is None:
            self._timer.stop()
        else:
            self._timer.start()
        self.refresh_texts()

    def refresh_texts(self) -> None:
        figures = self.figures
        if figures is None:
            return
        report = figures.report
        first, last = report.months[0].month, report.months[-1].month
        period = f"{fmt.month_name(first)} – {fmt.month_name(last)}"
        self.freshness.setText(
            self.tr("%1: %2, invoices up to %3. Fetched %4.")
            .replace("%1", report.unit_name)
            .replace("%2", period)
            .replace("%3", fmt.long_day(report.as_of))
            .replace("%4", fmt.age(figures.fetched_at))
        )
        self.offline_notice.setText(
            self.tr(
                "You are offline. These are the figures fetched %1 (%2); they are "
                "updated when the server can be reached again."
            )
            .replace("%1", fmt.age(figures.fetched_at))
            .replace("%2", fmt.moment(figures.fetched_at))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_texts()
        super().changeEvent(event)
