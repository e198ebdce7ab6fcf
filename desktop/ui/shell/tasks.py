"""Background work for the UI, after Anki's ``aqt/taskman.py``.

Widgets hand a function to the :class:`TaskManager`; it runs on the services' database
executor (one worker, so the store sees one writer) or network pool, and the result or
error comes back **on the main thread** through a queued signal. Workers never touch
widgets. :class:`LatestRequest` drops results of requests that a newer one replaced.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Executor, Future
from concurrent.futures import wait as wait_futures
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.domain.errors import AvropError

log = logging.getLogger(__name__)

T = TypeVar("T")
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]

NETWORK_ERROR_CODES = frozenset({"network_unavailable", "server_unavailable", "timeout"})


class _HasExecutors(Protocol):
    @property
    def db_executor(self) -> Executor: ...

    @property
    def net_executor(self) -> Executor: ...


def is_network_error(error: BaseException) -> bool:
    """Whether ``error`` says the server could not be reached (not a refusal by it)."""
    return isinstance(error, AvropError) and error.code in NETWORK_ERROR_CODES


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False when ``callback`` is a method of a Qt object that has been deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class TaskManager(QObject):
    """Runs functions off the UI thread and calls back on it.

    ``failed`` is emitted for errors no ``on_error`` handled; ``network_failed`` for
    every network error (handled or not), so the status bar can re-check connectivity.
    """

    failed = Signal(object)
    network_failed = Signal(object)
    _closures_pending = Signal()

    def __init__(self, services: _HasExecutors, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = services.db_executor
        self._net = services.net_executor
        self._lock = threading.Lock()
        self._closures: list[Callable[[], None]] = []
        self._futures: set[Future[Any]] = set()
        self._closed = False
        self._latest: dict[str, LatestRequest] = {}
        self._closures_pending.connect(self._run_closures, Qt.ConnectionType.QueuedConnection)

    # -- public API -------------------------------------------------------------------

    def run_db(
        self, fn: Callable[[], T], on_done: OnDone | None, on_error: OnError | None = None
    ) -> Future[T] | None:
        """Run ``fn`` on the database executor; ``on_done(result)`` on the main thread."""
        return self._submit(self._db, fn, on_done, on_error)

    def run_net(
        self, fn: Callable[[], T], on_done: OnDone | None, on_error: OnError | None = None
    ) -> Future[T] | None:
        """Run ``fn`` on the network pool; ``on_done(result)`` on the main thread."""
        return self._submit(self._net, fn, on_done, on_error)

    def run_on_main(self, closure: Callable[[], None]) -> None:
        """Call ``closure`` on the main thread soon; safe from any thread."""
        with self._lock:
            if self._closed:
                return
            self._closures.append(closure)
            # Emitted under the lock, so once ``shutdown`` holds it no worker emits again
            # (a queued emit only posts an event; it never calls back into this lock).
            self._closures_pending.emit()

    def latest(self, name: str) -> LatestRequest:
        """The "latest request wins" channel called ``name`` (created on first use)."""
        if name not in self._latest:
            self._latest[name] = LatestRequest(self)
        return self._latest[name]

    @property
    def closed(self) -> bool:
        return self._closed

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop delivering results, cancel queued work, wait a little for running work."""
        with self._lock:
            self._closed = True
            self._closures.clear()
            futures = list(self._futures)
        for future in futures:
            future.cancel()
        if futures:
            wait_futures(futures, timeout=timeout)

    # -- internals --------------------------------------------------------------------

    def _submit(
        self,
        executor: Executor,
        fn: Callable[[], T],
        on_done: OnDone | None,
        on_error: OnError | None,
    ) -> Future[T] | None:
        if self._closed:
            return None
        future = executor.submit(fn)
        with self._lock:
            self._futures.add(future)

        def finished(fut: Future[T]) -> None:
            with self._lock:
                self._futures.discard(fut)
            self.run_on_main(lambda: self._deliver(fut, on_done, on_error))

        future.add_done_callback(finished)
        return future

    def _deliver(self, future: Future[T], on_done: OnDone | None, on_error: OnError | None) -> None:
        if not (_alive(on_done) and _alive(on_error)):
            return
        try:
            result = future.result()
        except CancelledError:
            return
        except Exception as error:
            if is_network_error(error):
                self.network_failed.emit(error)
            if on_error is not None:
                on_error(error)
            else:
                log.warning("background task failed: %r", error)
                self.failed.emit(error)
            return
        if on_done is not None:
            on_done(result)

    @Slot()
    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            if self._closed:
                return
            try:
                closure()
            except RuntimeError as exc:
                # The widget that asked was closed (and deleted) meanwhile: nothing to show.
                if "already deleted" not in str(exc):
                    log.exception("callback on the main thread failed")
            except Exception:  # a broken callback must not stop the others
                log.exception("callback on the main thread failed")


class LatestRequest:
    """Runs requests where only the newest one's answer counts.

    Each ``run`` bumps a generation counter; a result (or error) that arrives for an
    older generation is dropped, so a slow stale search never overwrites a newer one.
    """

    def __init__(self, tasks: TaskManager) -> None:
        self._tasks = tasks
        self._generation = 0

    @property
    def generation(self) -> int:
        return self._generation

    def invalidate(self) -> None:
        """Drop whatever is in flight (e.g. the view showing it was closed)."""
        self._generation += 1

    def run_db(
        self, fn: Callable[[], T], on_done: OnDone, on_error: OnError | None = None
    ) -> Future[T] | None:
        return self._run(self._tasks.run_db, fn, on_done, on_error)

    def run_net(
        self, fn: Callable[[], T], on_done: OnDone, on_error: OnError | None = None
    ) -> Future[T] | None:
        return self._run(self._tasks.run_net, fn, on_done, on_error)

    def _run(
        self,
        runner: Callable[[Callable[[], T], OnDone, OnError | None], Future[T] | None],
        fn: Callable[[], T],
        on_done: OnDone,
        on_error: OnError | None,
    ) -> Future[T] | None:
        self._generation += 1
        generation = self._generation

        def done(result: Any) -> None:
            if generation == self._generation:
                on_done(result)

        def error(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if on_error is not None:
                on_error(exc)
            else:
                self._tasks.failed.emit(exc)

        return runner(fn, done, error)
