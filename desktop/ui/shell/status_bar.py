"""The window's status bar: online or offline, sync progress, last sync, who is signed in."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QWidget

from desktop.ui.shell.elided_label import ElidedLabel
from desktop.ui.shell.style import icon
from desktop.ui.shell.sync_labels import sync_step_text


def format_timestamp(moment: datetime) -> str:
    """``moment`` in the UI language's short date and time (local time)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class _Indicator(QWidget):
    """An icon and a text side by side, read as one by screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.icon = QLabel(self)
        self.icon.setObjectName("statusIcon")
        self.icon.setFixedSize(QSize(18, 18))
        self.text = ElidedLabel(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)

    def show_state(self, icon_name: str, text: str, description: str) -> None:
        self.icon.setPixmap(icon(icon_name).pixmap(QSize(18, 18)))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)
        self.setToolTip(description)


class AppStatusBar(QStatusBar):
    """Shows connectivity (text and icon), sync progress, the last sync and the user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._online: bool | None = None
        self._progress_step: tuple[int, int, str] | None = None
        self._last_synced: datetime | None = None
        self._user = ""

        self.connection = _Indicator(self)
        self.connection.setObjectName("connectionIndicator")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setMinimumWidth(80)
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.last_synced = ElidedLabel(self)
        self.last_synced.setObjectName("lastSynced")
        self.user = ElidedLabel(self)
        self.user.setObjectName("signedInUser")
        self.notice = ElidedLabel(self)
        self.notice.setObjectName("statusNotice")
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)

        self.addWidget(self.connection)
        self.addWidget(self.progress)
        self.addWidget(self.notice, 1)
        self.addPermanentWidget(self.last_synced)
        self.addPermanentWidget(self.user)
        self._retranslate()

    # -- state ------------------------------------------------------------------------

    @property
    def online(self) -> bool | None:
        return self._online

    def set_online(self, online: bool) -> None:
        self._online = online
        self._show_connection()

    def set_user(self, display_name: str) -> None:
        self._user = display_name
        self._show_user()

    def set_last_synced(self, moment: datetime | None) -> None:
        self._last_synced = moment
        self._show_last_synced()

    def show_sync_progress(self, step: int, total: int, label: str) -> None:
        self._progress_step = (step, total, label)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(step, total))
        self._show_progress()
        self.progress.show()

    def show_notice(self, text: str, timeout_ms: int = 8000) -> None:
        """A short message beside the indicators (they stay visible, unlike showMessage)."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setToolTip(text)
        self._notice_timer.start(timeout_ms)

    def hide_sync_progress(self) -> None:
        self._progress_step = None
        self.progress.hide()

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.notice.clear()  # it was written in the language before
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._show_connection()
        self._show_progress()
        self._show_last_synced()
        self._show_user()

    def _show_connection(self) -> None:
        if self._online is None:
            self.connection.show_state(
                "sync", self.tr("Connecting…"), self.tr("Checking the connection to the server.")
            )
        elif self._online:
            self.connection.show_state(
                "online", self.tr("Online"), self.tr("Connected to the server.")
            )
        else:
            self.connection.show_state(
                "offline",
                self.tr("Offline"),
                self.tr(
                    "The server cannot be reached. You can keep working with the data on "
                    "this computer; Avrop reconnects by itself."
                ),
            )

    def _show_progress(self) -> None:
        if self._progress_step is None:
            return
        step, total, label = self._progress_step
        # ``step`` counts the steps done; the text names the one starting now.
        shown = min(step + 1, total) if label != "done" else total
        text = f"{sync_step_text(label)} {shown}/{total}"
        self.progress.setFormat(text)
        self.progress.setAccessibleName(text)

    def _show_last_synced(self) -> None:
        if self._last_synced is None:
            text = self.tr("Not synced yet")
        else:
            text = self.tr("Last synced %1").replace("%1", format_timestamp(self._last_synced))
        self.last_synced.setText(text)
        self.last_synced.setAccessibleName(text)

    def _show_user(self) -> None:
        text = self.tr("Signed in as %1").replace("%1", self._user) if self._user else ""
        self.user.setText(text)
        self.user.setAccessibleName(text)
        self.user.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
