"""A store error before the windows open is shown in a translated message box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.storage.database import StoreTooNewError
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.fatal_error import show_fatal_error


def _show_and_close(qapp: QApplication, error: BaseException, language: str) -> dict[str, str]:
    """Run ``show_fatal_error`` and close its box from inside its event loop; what it showed."""
    seen: dict[str, str] = {}
    tries = [0]

    def close_box() -> None:
        boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(25, close_box)
            return
        box = boxes[0]
        seen.update(
            name=box.objectName(),
            title=box.windowTitle(),
            text=box.text(),
            detail=box.detailedText(),
            expected=message_for(error),  # while the box's translations are installed
        )
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, close_box)
    try:
        show_fatal_error(error, language)
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setStyleSheet("")
    return seen


def test_a_store_too_new_is_shown_in_swedish_and_closed(qtbot: Any, qapp: QApplication) -> None:
    error = StoreTooNewError(Path("/data/avrop.sqlite3"), "9999")
    seen = _show_and_close(qapp, error, "sv")
    assert seen["name"] == "fatalError"
    assert seen["title"] == "Avrop kan inte starta"
    assert seen["text"] == seen["expected"]
    assert "nyare version av Avrop" in seen["text"]
    assert "9999" in seen["detail"]  # the technical detail, for IT support
    assert message_for(error).startswith("The data on this computer")  # translators removed


def test_in_english_the_box_says_what_to_do(qtbot: Any, qapp: QApplication) -> None:
    error = StoreTooNewError(Path("/data/avrop.sqlite3"), "9999")
    seen = _show_and_close(qapp, error, "en")
    assert seen["title"] == "Avrop cannot start"
    assert seen["text"] == message_for(error)
    assert "Install the newest version of Avrop" in seen["text"]
