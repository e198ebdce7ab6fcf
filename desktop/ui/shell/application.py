"""``run(services)``: the Qt application around the services.

``create_application`` is cheap to import (PySide6 and the style only): the start-up
(``desktop.ui.shell.startup``) shows the first paint with it before the rest exists.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

import desktop
from desktop.ui.shell.collector import freeze_startup_heap, thaw_heap
from desktop.ui.shell.i18n import Translations, resolve_language
from desktop.ui.shell.style import FUSION, apply_style

if TYPE_CHECKING:
    from desktop.app import Services
    from desktop.ui.find.first_paint import FirstFindPage
    from desktop.ui.shell.app_controller import AppController
    from desktop.ui.shell.crash import CrashHandler


def create_application(
    argv: list[str] | None = None, *, fit: bool = True, window_icon: bool = True
) -> QApplication:
    """The one ``QApplication``, named and styled (reused when one exists); with
    ``fit``, dialogs are fitted to the screen (``fit_dialogs``) from the start; without
    ``window_icon`` the caller sets it later (``apply_style``)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, fusion_made = existing, False
    else:  # made with Fusion: set afterwards, it is made twice and everything re-polished
        app, fusion_made = QApplication([*(argv or sys.argv), "-style", FUSION]), True
    app.setApplicationName("Avrop")
    app.setApplicationDisplayName("Avrop")
    app.setOrganizationName("Avrop")
    app.setApplicationVersion(desktop.__version__)
    app.setDesktopFileName("avrop")
    app.setQuitOnLastWindowClosed(False)  # sign-out closes the main window, not the app
    apply_style(app, window_icon=window_icon, set_fusion=not fusion_made)
    if fit:
        fit_dialogs(app)
    return app


def fit_dialogs(app: QApplication) -> None:
    """Fit every dialog to its screen when shown (once per app). The start-up installs
    it after its first paint: an app-wide filter sees every event of that paint."""
    from desktop.ui.shell.screen_fit import DialogFitter

    if app.findChild(DialogFitter) is None:
        app.installEventFilter(DialogFitter(app))


def start_controller(
    services: Services, translations: Translations, first_page: FirstFindPage | None = None
) -> tuple[AppController, CrashHandler]:
    """Install the crash handler and start the windows (sign-in, then the main window,
    which takes over ``first_page``'s typing). Undo with ``stop_controller``."""
    from desktop.ui.shell.app_controller import AppController
    from desktop.ui.shell.crash import CrashHandler
    from desktop.ui.shell.tasks import TaskManager

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    fit_dialogs(app)  # before the sign-in dialog
    crashes = CrashHandler(services.data_dir, parent=app)
    crashes.install()
    tasks = TaskManager(services)
    controller = AppController(services, tasks, translations, first_page=first_page)
    # Start-up is done once the main window is up: its objects leave the collector's walk.
    controller.main_window_shown.connect(lambda _window: freeze_startup_heap())
    controller.start()
    return controller, crashes


def stop_controller(controller: AppController, crashes: CrashHandler) -> None:
    controller.shutdown()
    crashes.uninstall()
    thaw_heap()


def run(services: Services) -> int:
    """Show the app on ``services`` until the user quits; returns the exit code (0 also
    after an unexpected error: the crash handler reported it and closed the app).

    The caller built ``services`` and closes them afterwards.
    """
    app = create_application()
    translations = Translations(app)
    translations.apply(resolve_language(services.language))
    controller, crashes = start_controller(services, translations)
    try:
        return app.exec()
    finally:
        stop_controller(controller, crashes)
        translations.remove()
