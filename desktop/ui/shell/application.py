"""``run(services, options)``: the Qt application around the services."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication

import desktop
from desktop.ui.shell.app_controller import AppController
from desktop.ui.shell.i18n import Translations, resolve_language
from desktop.ui.shell.settings_access import language_setting
from desktop.ui.shell.style import apply_style
from desktop.ui.shell.tasks import TaskManager


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one ``QApplication``, named and styled (reused when one exists)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Avrop")
    app.setApplicationDisplayName("Avrop")
    app.setOrganizationName("Avrop")
    app.setApplicationVersion(desktop.__version__)
    app.setDesktopFileName("avrop")
    app.setQuitOnLastWindowClosed(False)  # sign-out closes the main window, not the app
    apply_style(app)
    return app


def run(services: Any, options: Any = None) -> int:
    """Show the app on ``services`` until the user quits; returns the exit code.

    The caller built ``services`` and closes them afterwards.
    """
    app = create_application()
    translations = Translations(app)
    translations.apply(resolve_language(language_setting(services)))
    tasks = TaskManager(services)
    controller = AppController(services, tasks, translations, options)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        translations.remove()
