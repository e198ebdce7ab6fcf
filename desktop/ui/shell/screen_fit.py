"""Keeps a window within the screen it is on (large text, small screens, 200 % scale)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the screen's free area and move it fully onto it."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame_extra = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), free.width() - frame_extra.width())
    height = min(window.height(), free.height() - frame_extra.height())
    window.resize(max(width, 1), max(height, 1))
    x = min(max(window.x(), free.left()), free.right() - window.frameGeometry().width() + 1)
    y = min(max(window.y(), free.top()), free.bottom() - window.frameGeometry().height() + 1)
    window.move(max(x, free.left()), max(y, free.top()))


def _fit_if_alive(window: QWidget) -> None:
    """The dialog may be gone by the next turn of the event loop (closed at once)."""
    if shiboken6.isValid(window):
        fit_to_screen(window)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: at 200 % text it scrolls, the window stays."""
    area = QScrollArea()
    area.setObjectName("contentScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
    area.setWidget(content)
    return area


class DialogFitter(QObject):
    """Application-wide: every dialog, when shown, is fitted to its screen (200 % text)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
            QTimer.singleShot(0, lambda: _fit_if_alive(watched))  # once the frame is known
        return False
