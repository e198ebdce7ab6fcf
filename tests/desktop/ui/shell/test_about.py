"""Help → About shows the version kept in ``desktop.__version__`` (the installers' too)."""

from __future__ import annotations

import importlib.metadata
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop.ui.shell.main_window import MainWindow
from tests.fixtures.qt_app import UiEnvFactory


def test_help_about_shows_the_installed_version(qtbot: Any, ui_env: UiEnvFactory) -> None:
    env = ui_env()
    window = MainWindow(env.services, env.tasks, None, online=False, monitor_interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    assert window.about_action in window.help_menu.actions()
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(200, read_and_close)
    window.about_action.trigger()
    assert len(shown) == 1
    assert f"Avrop {desktop.__version__}" in shown[0]
    assert importlib.metadata.version("avrop") == desktop.__version__
