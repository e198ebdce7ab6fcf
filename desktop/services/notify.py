"""``Notifier``: plain callbacks a background worker calls when something changed (no Qt)."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Notifier:
    """Calling it calls every subscriber (on the caller's thread, in subscription order).

    Senders are built once by ``desktop/app.py`` with a notifier as ``on_change``; each
    window subscribes while it is open and unsubscribes when it closes.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Callable[[], None]] = []

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Add ``callback``; returns the function that removes it again."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def __call__(self) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            callback()
