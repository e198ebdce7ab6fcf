"""One measured start, run as its own process by ``benchmarks.startup``.

``python -m benchmarks.startup_bench.child bare``: a bare PySide6 window with a focused
line edit, shown (the floor). ``… child app DATA_DIR QUERY``: the app's real start-up
(``desktop.ui.shell.startup.start`` with ``desktop.app.build_services``, as ``avrop
--data-dir DATA_DIR`` runs it) until the Find page shows the results of ``QUERY`` (the
last query, saved in the settings) with its input focused; it then waits for the
services to be built and quits. ``… child stall DATA_DIR QUERY``: the full Find page
(``FindView`` over the real services) and the longest main-thread stall while typing a
broad query and scrolling its whole result. Prints one JSON line: ``ready_at``
(``time.time()`` when usable) and ``phase_at`` or ``stall``.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

WHEEL_NOTCHES = 40
PAGE_DOWNS = 20


def _bare() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    app = QApplication([])
    window = QWidget()
    layout = QVBoxLayout(window)
    edit = QLineEdit(window)
    layout.addWidget(edit)
    window.resize(1200, 800)
    window.show()
    edit.setFocus()
    while not (window.isVisible() and edit.hasFocus()):
        app.processEvents()
    app.processEvents()
    ready = time.time()
    return {"ready_at": ready}


def _wait(app: Any, done: Any, timeout: float) -> bool:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            return False
        app.processEvents()
        time.sleep(0.0005)
    return True


class _Probe:
    """Told of the start-up's steps: usable once the first paint has drawn ``query``'s
    rows with its input focused; the app quits once the services are built too (or at once
    with ``quit_when_usable``)."""

    def __init__(self, query: str, quit_when_usable: bool) -> None:
        self.query, self.quit_when_usable = query, quit_when_usable
        self.phases: dict[str, float] = {}
        self.ready_at: float | None = None
        self.rows = 0
        self.page: Any = None

    def first_paint(self, page: Any) -> None:
        from PySide6.QtCore import QTimer

        self.phases["first_paint_built"] = time.time()
        self.page = page
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        page = self.page
        # Drawn: the rows were painted (``drawn_text`` is set after the table's paint).
        shown = page.drawn_text == self.query and page.model.loaded_rows() > 0
        if self.ready_at is None and shown and page.search_edit.hasFocus():
            self.ready_at = time.time()
            self.rows = page.model.rowCount()
            self.timer.stop()
            self._maybe_quit()

    def services_built(self, services: Any) -> None:
        self.phases["services_built"] = time.time()
        self._maybe_quit()

    def _maybe_quit(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        done = "services_built" in self.phases or self.quit_when_usable
        if self.ready_at is not None and done:
            QTimer.singleShot(0, QApplication.quit)


def _app(data_dir: Path, query: str, quit_when_usable: bool) -> dict[str, Any]:
    """The app's real start-up (``desktop.cli``'s), until the Find page is usable."""
    from desktop.app_options import AppOptions, build_services_when_called
    from desktop.ui.shell.startup import start

    probe = _Probe(query, quit_when_usable)
    probe.phases["imported"] = time.time()
    start(AppOptions(data_dir=data_dir), build_services_when_called, probe)
    if probe.ready_at is None:
        raise SystemExit("the Find page did not show the results of the last query")
    return {"ready_at": probe.ready_at, "rows_of_last_query": probe.rows, "phase_at": probe.phases}


def _find_view(data_dir: Path, query: str, sample: bool) -> dict[str, Any]:
    """The Find page over the real services (as in the main window), for the stall probe."""
    from desktop.app import AppOptions, build_services

    services = build_services(AppOptions(data_dir=data_dir))
    # Imported before the page is usable: a module imported later makes PySide rescan
    # every module (~20 ms of the UI thread) at its next lazy type set-up.
    from PySide6 import QtTest  # noqa: F401  (the wheel and PageDown phase's key presses)
    from PySide6.QtWidgets import QApplication

    from benchmarks.startup_bench.event_times import TimedApplication
    from benchmarks.startup_bench.heartbeat import Heartbeat
    from desktop.ui.find.view import FindView
    from desktop.ui.shell.collector import freeze_startup_heap
    from desktop.ui.shell.style import apply_style
    from desktop.ui.shell.tasks import TaskManager

    app = TimedApplication([]) if sample else QApplication([])
    apply_style(app)  # the app's look: Fusion and its style sheet (what a paint costs)
    tasks = TaskManager(services)
    view = FindView(tasks, services.find, lambda: None)
    answers: list[Any] = []
    view.searched.connect(answers.append)
    view.search_edit.setText(query)
    view.resize(1200, 800)
    view.show()
    view.run_search()
    view.search_edit.setFocus()
    model = view.model

    def usable() -> bool:
        shown = bool(answers) and answers[-1].query.text == query
        return shown and model.loaded_rows() > 0 and view.search_edit.hasFocus()

    if not _wait(app, usable, 60):
        raise SystemExit("the Find page did not show the results within 60 s")
    if "--no-freeze" not in sys.argv:  # as the app does once its main window is up
        freeze_startup_heap()
    beat = Heartbeat(sample, getattr(app, "times", None))
    report: dict[str, Any] = {"ready_at": time.time(), "stall": _stall(app, view, beat)}
    tasks.shutdown()
    services.close()
    return report


def _stall(app: Any, view: Any, beat: Any, scroll_seconds: float = 40.0) -> dict[str, Any]:
    """Idle (the control), then type a one-letter query, wait for its count, erase it
    (the whole catalogue, counted), then scroll down that result and back through it.
    Each phase says what the main thread ran during its longest stall (``heartbeat``)."""
    model, edit, bar = view.model, view.search_edit, view.table.verticalScrollBar()
    _wait(app, lambda: False, 1.0)  # the first answer's item pane settles
    beat.start()
    _wait(app, lambda: False, 2.0)
    idle = beat.report()
    beat.start()
    edit.clear()
    typed = ""
    for char in "a":  # one letter: the broadest as-you-type result
        typed += char
        edit.insert(char)
        _wait(app, lambda: False, 0.15)
    answered = _wait(app, lambda: view.answer is not None and view.answer.query.text == typed, 30)
    _wait(app, lambda: view.count_label.text() and "…" not in view.count_label.text(), 30)
    letter_count = view.count_label.text()
    shown: list[Any] = []
    view.item_shown.connect(shown.append)
    edit.backspace()  # nothing typed: every item, agreement items first
    answered = answered and _wait(
        app, lambda: view.answer is not None and view.answer.query.text == "", 30
    )
    _wait(app, lambda: view.count_label.text() and "…" not in view.count_label.text(), 60)
    # The first row's item pane is filled after the answer: part of the answer, not of
    # the scrolling that follows.
    _wait(app, lambda: bool(shown) and shown[-1] is not None, 10)
    _wait(app, lambda: False, 0.3)
    typing = beat.report()
    beat.start()
    end = time.perf_counter() + scroll_seconds

    def more() -> bool:  # ids still to fetch (one fetch may be out)
        return not model._complete

    while time.perf_counter() < end and more():
        bar.setValue(bar.maximum())  # to the end of what is known: fetches more ids
        app.processEvents()
        time.sleep(0.004)
    scrolled = model.rowCount()
    # And back through the middle: rows drawn load their pages off the UI thread.
    for fraction in (0.5, 0.25, 0.75, 0.1, 0.9):
        bar.setValue(int(bar.maximum() * fraction))
        _wait(app, lambda: False, 0.1)
    scrolling = beat.report()
    beat.start()
    stepping = _wheel_and_page_down(app, view)
    beat.stop()
    stepped = beat.report()
    beat.close()
    return {
        "query": typed,
        "answered": answered,
        "count_label_of_query": letter_count,
        "count_label_of_everything": view.count_label.text(),
        "rows_reached_by_scrolling": scrolled,
        "scrolled_to_the_end": not more(),
        "idle_control": idle,
        "typing_and_counting": typing,
        "scrolling": scrolling,
        "wheel_and_page_down": {**stepped, **stepping},
        "sampler": {
            "on": beat.sampling,
            "samples": beat.sampled,
            "cpu_ms": round(beat.sampler_cpu * 1000),
        },
        "gc_threshold": list(gc.get_threshold()),
        "gc_frozen_objects": gc.get_freeze_count(),
        **_full_collection(),
    }


def _wheel_and_page_down(app: Any, view: Any) -> dict[str, Any]:
    """As a user scrolls: wheel notches over the rows (three rows each, the current row
    stays), then PageDown presses in the table (the current row moves, the item pane
    follows)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest

    table = view.table
    table.verticalScrollBar().setValue(0)
    table.setFocus()
    _wait(app, lambda: False, 0.3)
    viewport = table.viewport()
    at = QPointF(viewport.width() / 2, viewport.height() / 2)
    start = table.rowAt(0)
    for _ in range(WHEEL_NOTCHES):
        wheel = QWheelEvent(
            at, QPointF(viewport.mapToGlobal(at.toPoint())), QPoint(), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        app.sendEvent(viewport, wheel)
        _wait(app, lambda: False, 0.04)
    wheeled = table.rowAt(0) - start
    first = table.currentIndex().row()
    for _ in range(PAGE_DOWNS):
        QTest.keyClick(table, Qt.Key.Key_PageDown)
        _wait(app, lambda: False, 0.08)
    _wait(app, lambda: False, 0.5)  # the last row's item pane
    return {"rows_wheeled": wheeled, "rows_paged": table.currentIndex().row() - first}


def _full_collection() -> dict[str, Any]:
    """What a generation-2 collection costs the UI thread now (the worst the collector
    can do to a frame), and over how many objects it runs."""
    tracked = len(gc.get_objects())
    cpu = time.thread_time()
    gc.collect()
    ms = (time.thread_time() - cpu) * 1000
    return {"gc_tracked_objects": tracked, "gc_full_collection_ui_thread_ms": round(ms, 1)}


def _peak_rss_mb() -> float:
    """This process's peak resident set size so far (measured after the timing)."""
    from benchmarks.process_memory import peak_rss_mb

    return peak_rss_mb()


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "bare":
        report = _bare()
    elif mode == "stall":
        report = _find_view(Path(argv[1]), argv[2], "--no-sampler" not in argv)
    else:
        report = _app(Path(argv[1]), argv[2], "--quit-when-usable" in argv)
    report["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
