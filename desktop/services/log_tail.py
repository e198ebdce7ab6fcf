"""The last log lines of this run, kept in memory for support bundles (no Qt)."""

from __future__ import annotations

import logging
import threading
from collections import deque

MAX_LINES = 200


class LogTail(logging.Handler):
    """A logging handler that keeps the last ``MAX_LINES`` formatted records."""

    def __init__(self, max_lines: int = MAX_LINES) -> None:
        super().__init__(logging.INFO)
        self._lines: deque[str] = deque(maxlen=max_lines)
        self._guard = threading.Lock()
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # a broken record must not break logging
            return
        with self._guard:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._guard:
            return list(self._lines)

    def install(self) -> None:
        """Attach to the root logger (once)."""
        root = logging.getLogger()
        if self not in root.handlers:
            root.addHandler(self)
