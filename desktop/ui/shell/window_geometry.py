"""The main window's size and place, kept in the settings between starts, always fitted
to the screen it opens on."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QWidget

from desktop.app import Services
from desktop.ui.shell.screen_fit import fit_to_screen

GEOMETRY_KEY = "main_window_geometry"


def restore_geometry(window: QWidget, services: Services) -> None:
    saved = services.settings.ui_state.get(GEOMETRY_KEY)
    if saved:
        window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
    fit_to_screen(window)
    QTimer.singleShot(0, lambda: fit_to_screen(window))  # again once the frame is known


def save_geometry(window: QWidget, services: Services, also: dict[str, str] | None = None) -> None:
    """Keep ``window``'s size and place (and the ``also`` entries of ``ui_state``)."""
    state = dict(services.settings.ui_state)
    state.update(also or {})
    state[GEOMETRY_KEY] = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    with contextlib.suppress(OSError):  # losing the window size is not worth an error
        services.settings_store.update(ui_state=state)
