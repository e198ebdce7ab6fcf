"""Opens the main window on a synced store and prints how it fits the screen, as JSON.

``python fit_process.py SERVER_URL DATA_DIR LANGUAGE`` under
``QT_QPA_PLATFORM=offscreen:configfile=…`` (a 1,366×768 screen) and any ``QT_SCALE_FACTOR``:
for each place, the screen's available size, the window's frame, the shown buttons and labels
narrower than their text needs, the pages wider than the window gives them (sideways
scrolling) and any scrolling down.
``AVROP_FIT_SHOTS=DIR`` also saves a screenshot of each place there.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from desktop.app import AppOptions, build_services
from desktop.ui.shell.places import Place
from desktop.ui.shell.tasks import TaskManager


def clipped(root: QApplication, top: QWidget) -> list[str]:
    """Shown buttons and one-line labels of ``top`` narrower than their text needs."""
    found = []
    for widget in root.allWidgets():
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget.parentWidget(), QLineEdit):
            continue  # the line edit's own clear button: Qt sizes it to the box
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
        ):
            need = widget.minimumSizeHint().width()
            if widget.width() < need:
                text = widget.text() if hasattr(widget, "text") else ""
                found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {need}")
    return found


def sideways(top: QWidget, pages: list[QWidget]) -> list[str]:
    """Shown scroll areas of ``top`` that scroll sideways (reflow: EN 301 549 11.1.4.10),
    and the pages (of the window's stack) that need more width than the window has."""
    found, over = [], 0
    for area in top.findChildren(QScrollArea):
        if area.isVisible() and (bar := area.horizontalScrollBar()).maximum() > 0:
            found.append(f"{area.objectName() or type(area).__name__} scrolls sideways")
            over = max(over, bar.maximum())
    room = max(page.width() for page in pages) - over  # the current page's width
    return found + [
        f"{page.objectName() or type(page).__name__} needs {need} of {room} px"
        for page in pages
        if over and (need := page.minimumSizeHint().width()) > room
    ]


def downward(window: Any) -> list[str]:
    """The window's content scrolling down, and what the current page needs for that."""
    bar = window.centralWidget().verticalScrollBar()
    if bar.maximum() <= 0:
        return []
    needs = {
        type(page).__name__: page.minimumSizeHint().height()
        for page in (window.stack.widget(index) for index in range(window.stack.count()))
    }
    return [f"scrolls down by {bar.maximum()} px; the pages need {needs} px"]


def _frame(widget: QWidget) -> list[int]:
    frame = widget.frameGeometry()
    return [frame.x(), frame.y(), frame.width(), frame.height()]


def _wait(app: QApplication, done: Any, seconds: float = 30) -> None:
    """Turns the event loop until ``done()`` (or ``seconds`` have passed)."""
    timer = QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < seconds * 1000:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def fill_the_cart(app: QApplication, window: Any) -> None:
    """A line in the cart (found, picked, added), so the cart shows all its controls."""
    view = window.find_page
    answers: list[Any] = []
    view.searched.connect(lambda answer: answer.query.text == "kaffe" and answers.append(answer))
    window.show_place(Place.FIND)
    view.search_edit.setText("kaffe")
    _wait(app, lambda: bool(answers))
    shown: list[Any] = []
    view.item_shown.connect(shown.append)
    view.table.selectRow(0)
    _wait(app, lambda: bool(shown))
    view.pane.add_button.click()
    _wait(app, lambda: window.cart_page.model.rowCount() > 0)


def dialogs(app: QApplication, window: Any, services: Any, tasks: Any) -> dict[str, Any]:
    """Every dialog of the walk (``dialogs.BUILDERS``), shown over the window."""
    from tests.desktop.ui.a11y.dialogs import BUILDERS, dialog_classes

    view = window.find_page
    loop = QEventLoop()
    view.searched.connect(lambda answer: answer.query.text == "hantverkare" and loop.quit())
    QTimer.singleShot(30_000, loop.quit)
    window.show_place(Place.FIND)
    view.search_edit.setText("hantverkare")
    loop.exec()
    context = SimpleNamespace(env=SimpleNamespace(services=services, tasks=tasks), window=window)
    found = {}
    for cls in dialog_classes():
        dialog = BUILDERS[cls.__name__](context)
        dialog.show()
        for _ in range(20):
            app.processEvents()
        found[cls.__name__] = {"frame": _frame(dialog), "clipped": clipped(app, dialog)}
        _shoot(dialog, cls.__name__)
        dialog.close()
    return found


def _shoot(widget: QWidget, name: str) -> None:
    """Saves ``widget`` as ``AVROP_FIT_SHOTS/<name>.png`` when that is set."""
    if shots := os.environ.get("AVROP_FIT_SHOTS"):
        Path(shots).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(shots) / f"{name}.png"))


def main(server_url: str, data_dir: str, language: str) -> int:
    from desktop.ui.shell.application import create_application
    from desktop.ui.shell.i18n import Translations
    from desktop.ui.shell.main_window import MainWindow

    app = create_application([sys.argv[0]])
    translations = Translations(app)  # kept: its translators live as long as it does
    translations.apply(language)
    options = AppOptions(data_dir=Path(data_dir), server_url=server_url, language=language)
    services = build_services(options)
    services.auth.use_session_only()
    services.auth.sign_in(server_url, "orderer", "demo", remember=False)
    tasks = TaskManager(services)
    window = MainWindow(services, tasks, services.auth.me, online=True, monitor_interval_ms=60_000)
    window.show()
    # A long status text (several notices' worth) must shorten, not widen the window.
    window.status.show_notice(" ".join(["Sync finished; 3 orders sent, 2 answers received."] * 4))
    screen = app.primaryScreen().availableGeometry()
    pages = [window.stack.widget(index) for index in range(window.stack.count())]
    fill_the_cart(app, window)
    places = {}
    for place in Place:
        window.show_place(place)
        for _ in range(20):
            app.processEvents()
        frame = window.frameGeometry()
        places[place.name] = {
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "clipped": clipped(app, window),
            "sideways": sideways(window, pages),
            "downward": downward(window),
        }
        _shoot(window, place.name)
    places.update(dialogs(app, window, services, tasks))
    print(json.dumps({"screen": [screen.width(), screen.height()], "places": places}))
    window.close()
    tasks.shutdown()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
