"""Watches whether the central API can be reached, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.remote.connectivity import check_online
from desktop.ui.shell.tasks import TaskManager

CheckOnline = Callable[[str], bool]


class ConnectivityMonitor(QObject):
    """Checks ``/health`` every few seconds and at once after a network error.

    ``online_changed(bool)`` fires when the state changes (and after the first check).
    A check runs on the network pool; at most one is in flight at a time.
    """

    online_changed = Signal(bool)

    def __init__(
        self,
        tasks: TaskManager,
        server_url: Callable[[], str | None],
        *,
        interval_ms: int = 5000,
        timeout: float = 2.0,
        check: Callable[[str, float], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._server_url = server_url
        self._timeout = timeout
        self._check = check or (lambda url, timeout: check_online(url, timeout=timeout))
        self._online: bool | None = None
        self._in_flight = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        tasks.network_failed.connect(self._on_network_error)

    @property
    def online(self) -> bool | None:
        """The last known state (``None`` before the first check)."""
        return self._online

    def start(self, initial: bool | None = None) -> None:
        if initial is not None:
            self._set(initial)
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    def check_now(self) -> None:
        if self._in_flight:
            self._again = True
            return
        url = self._server_url()
        if not url:
            self._set(False)
            return
        self._in_flight = True
        timeout = self._timeout
        self._tasks.run_net(
            lambda: self._check(url, timeout), self._on_result, lambda _exc: self._on_result(False)
        )

    def _on_result(self, online: object) -> None:
        self._in_flight = False
        self._set(bool(online))
        if self._again:
            self._again = False
            self.check_now()

    def _on_network_error(self, _error: object) -> None:
        self.check_now()

    def _set(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.online_changed.emit(online)
