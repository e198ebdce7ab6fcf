"""Opens the main window on a synced store and prints how it fits the screen, as JSON.

``python fit_process.py SERVER_URL DATA_DIR`` under ``QT_QPA_PLATFORM=offscreen:configfile=…``
(a 1,366×768 screen) and any ``QT_SCALE_FACTOR``: for each place, the screen's available
size, the window's frame, and the shown buttons and labels narrower than their text needs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from desktop.app import AppOptions, build_services
from desktop.ui.shell.places import Place
from desktop.ui.shell.tasks import TaskManager


def clipped(root: QApplication) -> list[str]:
    """Shown buttons and one-line labels narrower than their text needs."""
    found = []
    for widget in root.allWidgets():
        if not widget.isVisible() or widget.window().objectName() != "mainWindow":
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
        ):
            need = widget.minimumSizeHint().width()
            if widget.width() < need:
                text = widget.text() if hasattr(widget, "text") else ""
                found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {need}")
    return found


def main(server_url: str, data_dir: str) -> int:
    from desktop.ui.shell.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    from desktop.ui.shell.style import apply_style

    apply_style(app)
    services = build_services(AppOptions(data_dir=Path(data_dir), server_url=server_url))
    services.auth.use_session_only()
    services.auth.sign_in(server_url, "orderer", "demo", remember=False)
    tasks = TaskManager(services)
    window = MainWindow(services, tasks, services.auth.me, online=True, monitor_interval_ms=60_000)
    window.show()
    # A long status text (several notices' worth) must shorten, not widen the window.
    window.status.show_notice(" ".join(["Sync finished; 3 orders sent, 2 answers received."] * 4))
    screen = app.primaryScreen().availableGeometry()
    places = {}
    for place in Place:
        window.show_place(place)
        for _ in range(20):
            app.processEvents()
        frame = window.frameGeometry()
        places[place.name] = {
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "clipped": clipped(app),
        }
    print(json.dumps({"screen": [screen.width(), screen.height()], "places": places}))
    window.close()
    tasks.shutdown()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
