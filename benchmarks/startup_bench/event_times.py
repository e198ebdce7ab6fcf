"""The UI thread's CPU time per Qt event, for the stall probe.

A Python stack sampler cannot see inside Qt: while C++ paints or lays out, the main
thread's Python stack is only the probe's ``processEvents`` line, and a short Python
callback (``data()``) hands the GIL back before a sampler can look. So the probe's
application times each outermost event it dispatches (``notify``): which event, sent to
which widget, and how much CPU the UI thread spent on it. Work done outside any event (the
probe's own calls, e.g. ``setValue`` on the scroll bar, which fetches more rows at once)
is the rest of a stall's CPU.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

EventTime = tuple[float, float, str]  # perf_counter at start, CPU ms, "Type → receiver"


def _name(receiver: QObject) -> str:
    """The receiver's objectName, or its class; a viewport is named by its scroll area.
    A receiver its own event deleted (``DeferredDelete``) is named by its class."""
    try:
        return _live_name(receiver)
    except RuntimeError:  # the C++ object is gone: only its Python wrapper is left
        return f"{type(receiver).__name__} (deleted)"


def _live_name(receiver: QObject) -> str:
    name = receiver.objectName()
    parent = receiver.parent()
    if name == "qt_scrollarea_viewport" and parent is not None:
        return f"{parent.objectName() or type(parent).__name__}.viewport"
    return name or type(receiver).__name__


class TimedApplication(QApplication):
    """A ``QApplication`` that logs each outermost event's UI-thread CPU time."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.depth = 0
        self.times: list[EventTime] = []

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        nested = self.depth > 0
        if nested and event.type() != QEvent.Type.Paint:
            return super().notify(receiver, event)
        self.depth += 1
        at, cpu = time.perf_counter(), time.thread_time()
        try:
            return super().notify(receiver, event)
        finally:
            ms = (time.thread_time() - cpu) * 1000
            self.depth -= 1
            if ms >= 0.05:  # the many empty ones are not worth their memory
                kind = f"{event.type().name} → {_name(receiver)}"
                self.times.append((at, ms, f"  inside: {kind}" if nested else kind))


def events_between(times: list[EventTime], start: float, end: float) -> dict[str, Any]:
    """The CPU ms per kind of event that began in ``[start, end)``, most first (the
    widgets painted inside an outermost event are listed too, "inside:")."""
    per_kind: dict[str, float] = defaultdict(float)
    for at, ms, kind in times:
        if start <= at < end:
            per_kind[kind] += ms
    ranked = sorted(per_kind.items(), key=lambda kv: -kv[1])
    outermost = sum(ms for kind, ms in ranked if not kind.startswith(" "))
    return {
        "events_cpu_ms": round(outermost, 1),
        "top_events": [f"{kind}: {ms:.1f} ms" for kind, ms in ranked[:8]],
    }
