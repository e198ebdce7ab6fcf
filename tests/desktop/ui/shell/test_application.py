"""``run(services)``: the real entry point, until the user closes the sign-in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.shell.application import run
from desktop.ui.shell.sign_in_dialog import SignInDialog
from tests.fixtures.qt_app import UiEnvFactory


def test_run_asks_to_sign_in_and_quits_when_cancelled(
    qtbot: Any, qapp: QApplication, ui_env: UiEnvFactory, demo_server: Any
) -> None:
    env = ui_env(server_url=demo_server.url)
    seen: list[SignInDialog] = []

    def cancel_sign_in() -> None:
        dialogs = [w for w in qapp.topLevelWidgets() if isinstance(w, SignInDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(50, cancel_sign_in)
            return
        seen.append(visible[0])
        assert visible[0].server_edit.text() == demo_server.url
        visible[0].reject()

    QTimer.singleShot(50, cancel_sign_in)
    try:
        code = run(env.services)
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setStyleSheet("")
    assert code == 0
    assert seen
    assert qapp.applicationName() == "Avrop"
    assert not qapp.windowIcon().isNull()
