"""The crash handler (after qutebrowser's ``misc/crashsignal.py``): an exception nobody
caught — at the top level, in a Qt slot, or in a thread — is written to a log file in the
data folder (with tokens and passwords blanked out), shown in a plain translated dialog
that offers to copy the details, and then the app quits cleanly (exit status 0).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import desktop

log = logging.getLogger(__name__)

CRASH_FOLDER = "crashes"

# What looks like a secret is blanked out before anything is written or shown.
_SECRETS = (
    re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+"),
    re.compile(
        r"(?i)\b(password|passwd|token|access_token|refresh_token|secret|authorization|api_key)"
        r"(['\"]?\s*[:=]\s*['\"]?)[^\s'\",}&]+"
    ),
)


def scrub(text: str) -> str:
    """``text`` with bearer tokens and ``password=…``-like values replaced by ``***``."""
    text = _SECRETS[0].sub(lambda m: f"{m.group(1)} ***", text)
    return _SECRETS[1].sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


def crash_details(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None, where: str
) -> str:
    """The text of the report: version, where it happened, and the traceback (scrubbed)."""
    lines = traceback.format_exception(kind, error, trace)
    header = (
        f"Avrop {desktop.__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
        f"{datetime.now(UTC).isoformat(timespec='seconds')} — {where}\n\n"
    )
    return scrub(header + "".join(lines))


def write_crash_log(data_dir: Path, details: str) -> Path:
    """Write ``details`` to ``<data dir>/crashes/crash-<time>.log``; returns the path."""
    folder = data_dir / CRASH_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.log"
    path.write_text(details, encoding="utf-8")
    return path


class CrashDialog(QDialog):
    """What happened, where the details are, the details, and a button to copy them."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.details = details
        self.setWindowTitle(self.tr("Avrop must close"))
        self.message = QLabel(
            self.tr(
                "Avrop ran into a problem it did not expect and must close. What was saved "
                "on this computer is kept; queued orders are sent after the next start."
            ),
            self,
        )
        self.where = QLabel(
            self.tr(
                "If it happens again, send the details to your IT support. They are saved in %1."
            ).replace("%1", str(log_path) if log_path is not None else "–"),
            self,
        )
        for label in (self.message, self.where):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(details, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Details of the problem"))
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button = QPushButton(self.tr("C&lose Avrop"), self)
        self.close_button.setObjectName("closeAvrop")
        self.close_button.setAccessibleName(self.tr("Close Avrop"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_crash_dialog(details: str, log_path: Path | None) -> None:
    """Show the report until the user closes it."""
    CrashDialog(details, log_path).exec()


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook`` (``install``),
    reports the first unexpected exception and ends the event loop with status 0.

    ``show(details, log_path)`` shows the report (the dialog; tests may pass another).
    """

    _from_thread = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        *,
        show: Callable[[str, Path | None], None] = show_crash_dialog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.show = show
        self.crashed = False
        self.log_path: Path | None = None
        self._previous: tuple[object, object] | None = None
        self._from_thread.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """Uncaught on the main thread (top level, or in a slot: Qt hands it here)."""
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        self._report(crash_details(kind, error, trace, "main thread"))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """Uncaught in a thread: report it on the main thread."""
        name = args.thread.name if args.thread is not None else "a thread"
        error = args.exc_value if args.exc_value is not None else args.exc_type()
        details = crash_details(args.exc_type, error, args.exc_traceback, f"thread {name}")
        self._from_thread.emit(details)

    def _report(self, details: str) -> None:
        if self.crashed:  # a second one while reporting the first: log it, no new dialog
            log.error("another unexpected error while closing:\n%s", details)
            return
        self.crashed = True
        log.critical("unexpected error, Avrop closes:\n%s", details)
        try:
            self.log_path = write_crash_log(self.data_dir, details)
        except OSError as exc:
            log.error("the crash report could not be written: %r", exc)
        try:
            self.show(details, self.log_path)
        finally:
            QCoreApplication.exit(0)
