"""Runs a reference-data sync in the background and reports its progress on the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desktop.ui.tasks import TaskManager

log = logging.getLogger(__name__)


class _Sync(Protocol):
    def sync(self, progress: Any) -> Any: ...


class SyncController(QObject):
    """Starts one sync at a time; ``progress(step, total, label)`` while it runs.

    ``finished(report)`` or ``failed(error)`` end every sync that ``start`` began. After
    a sync that finished, ``after_sync(report)`` (the device heartbeat) runs on the network
    pool, best effort: its failure is logged, never shown.
    """

    started = Signal()
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        sync: _Sync,
        parent: QObject | None = None,
        *,
        after_sync: Callable[[Any], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._sync = sync
        self._after_sync = after_sync
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> bool:
        """Begin a sync unless one is running; returns whether it began."""
        if self._running or self._tasks.closed:
            return False
        self._running = True
        self.started.emit()
        self._tasks.run_net(lambda: self._sync.sync(self._report), self._done, self._error)
        return True

    def _report(self, step: Any) -> None:
        # Called on the worker thread: hand the numbers to the main thread.
        values = (int(step.step), int(step.total), str(step.label))
        self._tasks.run_on_main(lambda: self.progress.emit(*values))

    def _done(self, report: object) -> None:
        self._running = False
        self.finished.emit(report)
        after_sync = self._after_sync
        if after_sync is not None:
            self._tasks.run_net(lambda: after_sync(report), None, self._after_sync_failed)

    def _after_sync_failed(self, error: BaseException) -> None:
        log.info("the heartbeat after the sync was not sent: %r", error)

    def _error(self, error: BaseException) -> None:
        self._running = False
        self.failed.emit(error)


def make_after_sync_heartbeat(services: Any) -> Callable[[Any], object]:
    """``after_sync`` for the app's services: the heartbeat with the sync's user and time."""
    heartbeat = services.heartbeat

    def after_sync(report: Any) -> object:
        return heartbeat.send(report.me.username, report.finished_at)

    return after_sync
