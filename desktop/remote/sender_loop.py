"""The background thread shared by the outbox senders: passes until stopped."""

from __future__ import annotations

import threading
from collections.abc import Callable


class SenderLoop:
    """Runs ``one_pass`` on a daemon thread until ``stop``.

    ``one_pass`` returns how many seconds to wait before the next pass, or ``None`` to
    end the loop; ``wake`` cuts the wait short. ``stopping`` is set once ``stop`` is
    called, so a pass can end early.
    """

    def __init__(self, name: str, one_pass: Callable[[], float | None]) -> None:
        self._name = name
        self._one_pass = one_pass
        self._wake = threading.Event()
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.running:
            return
        self.stopping.clear()
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self.stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        while not self.stopping.is_set():
            wait = self._one_pass()
            if wait is None:
                return
            if wait > 0:
                self._wake.wait(wait)
            self._wake.clear()
