"""Start-up in two steps, so that the Find page is usable at once on a large store.

1. First paint (PySide6 and ``sqlite3`` only): the ``QApplication``, the language, and
   ``FirstFindPage`` showing the last query's results from the store with its input
   focused. Skipped when the store is missing or needs upgrading. The last query is
   searched on the first paint's worker from the start, its SQLite reads beside the UI
   thread's imports and window (``QuickSearcher.start_early``).
2. Once the first paint has drawn its rows (their drawing calls into Python, which the
   worker's imports would hold up), on a worker thread: the services
   (``desktop.app.build_services``, the one composition root: SQLAlchemy, Alembic,
   keyring, requests, the demo server) and the modules of the windows are imported and
   built; then, back on the UI thread, the
   crash handler and the ``AppController`` start as in ``application.run``: sign-in,
   then the main window, which takes the first paint's typing over.

An error of step 2 (a store too new, the demo server not starting) closes the first
paint and is raised from ``start`` as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.app_options import STORE_FILE, AppOptions, data_dir_of
from desktop.settings import load_settings
from desktop.storage.quick_store import LAST_QUERY_KEY, QuickSearcher, open_quick_store
from desktop.ui.shell.collector import pause_collection, resume_collection
from desktop.ui.shell.i18n import Translations, resolve_language

if TYPE_CHECKING:
    from desktop.app import Services
    from desktop.ui.find.first_paint import FirstFindPage
    from desktop.ui.shell.app_controller import AppController
    from desktop.ui.shell.crash import CrashHandler

# The modules of the windows, imported on the worker while the first paint is up.
BUILD_GRACE_MS = 300  # the services are built after the first rows, or after this
WINDOW_MODULES = ("desktop.ui.shell.app_controller",)


class StartupProbe(Protocol):
    """Told of each step (the start-up benchmark measures with it)."""

    def first_paint(self, page: FirstFindPage) -> None: ...

    def services_built(self, services: Services) -> None: ...


class _Builder(QObject):
    """Builds the services on a worker thread; says so on the UI thread."""

    built = Signal(object)
    failed = Signal(object)

    def __init__(self, options: AppOptions, build: Callable[[AppOptions], Services]) -> None:
        super().__init__()
        self.services: Services | None = None
        self._thread = threading.Thread(
            target=self._run, args=(options, build), name="avrop-startup", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def join(self) -> None:
        if self._thread.ident is not None:  # never started when quit at once
            self._thread.join()

    def _run(self, options: AppOptions, build: Callable[[AppOptions], Services]) -> None:
        import importlib

        try:
            services = build(options)
        except BaseException as exc:  # raised again on the UI thread
            self.failed.emit(exc)
            return
        self.services = services  # closed at exit even if "built" is never delivered
        try:
            for name in WINDOW_MODULES:
                importlib.import_module(name)
        finally:
            self.built.emit(services)


@dataclass
class _Run:
    """What the start-up built, to undo at exit."""

    error: BaseException | None = None
    controller: tuple[AppController, CrashHandler] | None = None
    quitting: bool = False


def _show_first_paint(searcher: QuickSearcher, last_query: str) -> FirstFindPage:
    from desktop.ui.find.first_paint import FirstFindPage

    # Started early; waited for once the widgets are made.
    page = FirstFindPage(searcher, last_query, lambda: searcher.search_now(last_query))
    page.show()
    page.raise_()
    page.activateWindow()
    return page


def _start_after_first_rows(
    builder: _Builder, page: FirstFindPage | None, collecting: bool
) -> None:
    """Start building the services once the first paint has drawn its rows (at the
    latest after ``BUILD_GRACE_MS``): the builder's imports hold the GIL for long
    stretches, and every row drawn calls back into Python. The garbage collector,
    paused for the first paint, runs again from then on."""
    if page is None or page.model.rowCount() == 0:
        _after_first_paint(builder, collecting)  # nothing to draw (or no first paint)
        return
    from PySide6.QtCore import QTimer

    started: list[bool] = []

    def go(*_shown: object) -> None:
        if not started:
            started.append(True)
            _after_first_paint(builder, collecting)

    page.results_shown.connect(go)
    QTimer.singleShot(BUILD_GRACE_MS, go)


def _after_first_paint(builder: _Builder, collecting: bool) -> None:
    """What the first paint did without: the collector, the services, and the window
    icon (after the rows' paint, which is queued before it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.style import app_icon

    resume_collection(collecting)
    builder.start()
    QTimer.singleShot(0, lambda: QApplication.setWindowIcon(app_icon()))


def start(
    options: AppOptions,
    build: Callable[[AppOptions], Services],
    probe: StartupProbe | None = None,
) -> int:
    """Run the app: first paint, then ``build(options)`` off the UI thread, then the
    windows; returns the exit code. Closes what it built."""
    collecting = pause_collection()  # until the first paint has drawn its rows
    data_dir = data_dir_of(options)
    settings = load_settings(data_dir)
    language = resolve_language(options.language or settings.language)
    last_query = settings.ui_state.get(LAST_QUERY_KEY, "")
    quick = None if options.demo else open_quick_store(data_dir / STORE_FILE)
    searcher = QuickSearcher(quick, language) if quick is not None else None
    if searcher is not None:  # on its worker while the window is being made
        searcher.start_early(last_query)
    from desktop.ui.shell.application import create_application, start_controller, stop_controller

    # Fitted in start_controller; the window icon once the first rows are drawn.
    app = create_application(fit=False, window_icon=False)
    translations = Translations(app)
    translations.apply(language)
    page = _show_first_paint(searcher, last_query) if searcher is not None else None
    if page is not None:
        page.closed.connect(app.quit)  # closed before the main window: the user quits
        if probe is not None:
            probe.first_paint(page)
    run = _Run()

    def built(services: Services) -> None:
        if probe is not None:
            probe.services_built(services)
        if not run.quitting:
            run.controller = start_controller(services, translations, page)

    def failed(error: BaseException) -> None:
        run.error = error
        app.quit()

    builder = _Builder(options, build)
    builder.built.connect(built)
    builder.failed.connect(failed)
    _start_after_first_rows(builder, page, collecting)
    try:
        code = app.exec()
    finally:
        resume_collection(collecting)  # e.g. quit before the first rows were drawn
        run.quitting = True
        if run.controller is not None:
            stop_controller(*run.controller)
        builder.join()
        if page is not None and shiboken6.isValid(page):  # not yet handed over
            page.stop()
            page.close()
        translations.remove()
        if builder.services is not None:
            builder.services.close()
        if searcher is not None:
            searcher.stop()
        if quick is not None:
            quick.close()
    if run.error is not None:
        raise run.error
    return code
