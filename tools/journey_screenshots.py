"""The users' journeys in demo mode, by keyboard, a screenshot after each step:
``python -m tools.journey_screenshots [--out screenshots/journeys]``.

1. coffee: a kindergarten teacher orders coffee with the keyboard alone (keys counted);
2. offline: the server stops, an order waits in the outbox, the server returns, it is sent;
3. nothing: an absurd need finds nothing and goes to the procurement office;
4. manager: sign out, sign in as the manager, approve the order over the limit, Spend;
5. languages: every place in Swedish, Danish and Norwegian (chosen in Settings).

Run it under a display: ``xvfb-run -a -s "-screen 0 1280x800x24"``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import AppOptions, build_services
from desktop.domain.order import OrderState
from desktop.ui.shell.app_controller import AppController
from desktop.ui.shell.application import create_application
from desktop.ui.shell.i18n import Translations, resolve_language
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.shell.tasks import TaskManager

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def _pause(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(condition: Callable[[], bool], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the app")
        _pause(50)


class Journeys:
    """Drives the app as its users would: keys go to the focused widget, as typed."""

    def __init__(self, controller: AppController, services: Any, out: Path) -> None:
        self.controller, self.services, self.out = controller, services, out
        self.presses = 0

    @property
    def window(self) -> MainWindow:
        window = self.controller.main_window
        assert window is not None
        return window

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        self.presses += 1
        if QApplication.activeWindow() is None:  # a closed dialog: the window manager's job
            self.window.activateWindow()
            _pause(200)
        target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
        QTest.keyClick(target, key, modifier)
        _pause(120)

    def type(self, text: str) -> None:
        for char in text:
            self.presses += 1
            target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
            QTest.keyClicks(target, char)
        _pause(120)

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        _pause(400)
        path = self.out / f"{name}.png"
        (widget or QApplication.activeModalWidget() or self.window).grab().save(str(path))
        print(path, flush=True)

    def search(self, text: str) -> None:
        """Ctrl+1 (to the search box), Ctrl+A, the words; until the answer is shown."""
        view = self.window.find_page
        self.key(Qt.Key.Key_1, CTRL)
        self.key(Qt.Key.Key_A, CTRL)
        self.type(text)
        _wait(lambda: view.answer is not None and view.answer.query.text == text)
        _wait(lambda: view.model.rowCount() == 0 or view.model.item_row(0) is not None)

    def pick(self, downs: int, quantity: str) -> None:
        """From the search box: to the results, down to an item, its quantity, Enter."""
        view = self.window.find_page
        for _ in range(downs):
            self.key(Qt.Key.Key_Down)
        self.key(Qt.Key.Key_Return)
        _wait(view.pane.quantity.hasFocus)
        self.type(quantity)

    # -- 1 ----------------------------------------------------------------------------

    def coffee(self) -> None:
        window, started = self.window, time.monotonic()
        view = window.find_page
        print("focus on start:", type(QApplication.focusWidget()).__name__)
        self.presses = 0
        self.type("kaffe")
        _wait(lambda: view.answer is not None and view.answer.query.text == "kaffe")
        _wait(lambda: view.model.item_row(0) is not None)
        self.shot("1-coffee-1-found")
        self.pick(1, "3")
        self.shot("1-coffee-2-quantity")
        self.key(Qt.Key.Key_Return)
        _wait(view.pane.added.isVisible)
        self.shot("1-coffee-3-added")
        self.key(Qt.Key.Key_2, CTRL)
        _wait(window.cart_page.place_button.isEnabled)
        self.shot("1-coffee-4-cart")
        self.key(Qt.Key.Key_P, ALT)
        _wait(lambda: window.cart_page.model.rowCount() == 0)
        self.shot("1-coffee-5-placed")
        self.key(Qt.Key.Key_3, CTRL)
        _wait(lambda: window.orders_page.model.rowCount() > 0)
        self.shot("1-coffee-6-orders")
        seconds = time.monotonic() - started
        print(f"coffee: {self.presses} key presses, {seconds:.1f} s (with screenshots)")

    # -- 2 ----------------------------------------------------------------------------

    def offline(self) -> None:
        window, server = self.window, self.services.demo_server
        process = server._process  # the demo server's child process, to stop it as a crash
        port = server.url.rsplit(":", 1)[1]
        self.search("kaffe")
        self.pick(2, "2")
        self.key(Qt.Key.Key_Return)
        process.terminate()
        process.wait(10)
        _wait(lambda: window.status.online is False, 30)
        self.shot("2-offline-1-server-stopped")
        self.key(Qt.Key.Key_2, CTRL)
        _wait(window.cart_page.place_button.isEnabled)
        self.key(Qt.Key.Key_P, ALT)
        _wait(lambda: window.orders.outbox.count == 1)
        self.shot("2-offline-2-queued")
        self.key(Qt.Key.Key_3, CTRL)
        _pause(800)
        self.shot("2-offline-3-orders-queued")
        command = server.command()
        command[command.index("--port") + 1] = port  # back where the app expects it
        server.ready_file.unlink(missing_ok=True)
        with server.log_file.open("ab") as log:
            server._process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        _wait(lambda: window.orders.outbox.count == 0, 120)
        _wait(lambda: window.orders_page.model.entry_at(0).order.state is OrderState.SENT, 60)
        self.shot("2-offline-4-sent")

    # -- 3 ----------------------------------------------------------------------------

    def nothing(self) -> None:
        view = self.window.find_page
        self.search("flygande matta")
        _wait(view.empty_box.isVisible)
        self.shot("3-nothing-1-empty")
        self.key(Qt.Key.Key_Down)
        self.key(Qt.Key.Key_Return)
        _wait(lambda: view.find_actions.dialog is not None)
        self.key(Qt.Key.Key_End, CTRL)
        self.type(" till vilan")
        self.key(Qt.Key.Key_Tab)
        self.type("1")
        self.shot("3-nothing-2-ask")
        self.key(Qt.Key.Key_Return)
        _wait(lambda: view.find_actions.dialog is None)
        self.shot("3-nothing-3-asked")
        self.key(Qt.Key.Key_5, CTRL)
        self.shot("3-nothing-4-help")

    # -- 4 ----------------------------------------------------------------------------

    def manager(self) -> None:
        window = self.window
        window.unit_combo.setCurrentIndex(window.unit_combo.findData("u-forskola-solrosen"))
        self.search("kaffe")
        self.pick(1, "60")
        self.key(Qt.Key.Key_Return)
        self.key(Qt.Key.Key_2, CTRL)
        _wait(window.cart_page.place_button.isEnabled)
        self.shot("4-manager-1-over-limit")
        self.key(Qt.Key.Key_P, ALT)
        self.key(Qt.Key.Key_3, CTRL)
        waiting = OrderState.AWAITING_APPROVAL
        _wait(lambda: window.orders_page.model.entry_at(0).order.state is waiting)
        window.sign_out_action.trigger()  # File → Sign out
        _wait(lambda: self.controller.sign_in_dialog is not None)
        dialog = self.controller.sign_in_dialog
        assert dialog is not None
        dialog.activateWindow()
        _wait(lambda: QApplication.focusWidget() is not None)
        self.key(Qt.Key.Key_U, ALT)  # "User name"
        self.key(Qt.Key.Key_A, CTRL)
        self.type("manager")
        self.key(Qt.Key.Key_Tab)
        self.type("demo")
        self.shot("4-manager-2-sign-in", dialog)
        self.key(Qt.Key.Key_Return)
        _wait(lambda: self.controller.main_window is not None, 60)
        window = self.window
        window.resize(1280, 800)
        window.activateWindow()
        _wait(lambda: window.overview is not None and not window.sync.running, 120)
        self.key(Qt.Key.Key_3, CTRL)
        _wait(lambda: window.orders_page.model.rowCount() > 0, 60)
        self.shot("4-manager-3-orders")
        self.key(Qt.Key.Key_A, ALT)
        _wait(lambda: window.orders_page.dialog is not None)
        self.shot("4-manager-4-approve")
        self.key(Qt.Key.Key_A, ALT)
        _wait(lambda: window.orders_page.model.entry_at(0).order.state is not waiting, 60)
        self.shot("4-manager-5-approved")
        self.key(Qt.Key.Key_4, CTRL)
        page = window.spend_page
        _wait(lambda: page.figures is not None and page.refresh_button.isEnabled(), 120)
        self.shot("4-manager-6-spend")

    # -- 5 ----------------------------------------------------------------------------

    def languages(self) -> None:
        for language in ("sv", "da", "nb"):
            self._choose_language(language)
            for place in Place:
                self.key(Qt.Key(Qt.Key.Key_1 + place.value), CTRL)
                if place is Place.FIND:
                    self.search("kaffe")
                _pause(800)
                self.shot(f"5-{language}-{place.name.lower()}")

    def _choose_language(self, language: str) -> None:
        def choose() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SettingsDialog)
            dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
            self.shot(f"5-{language}-settings", dialog)
            dialog.accept()

        QTimer.singleShot(500, choose)
        self.window.settings_action.trigger()  # Settings → Language and settings…
        _pause(800)


def take(out: Path) -> None:
    app = create_application()
    translations = Translations(app)
    translations.apply(resolve_language("en"))
    data_dir = Path(tempfile.mkdtemp(prefix="avrop-journeys-"))
    services = build_services(AppOptions(data_dir=data_dir, demo=True))
    tasks = TaskManager(services)
    controller = AppController(services, tasks, translations)
    try:
        controller.start()
        _wait(lambda: controller.main_window is not None)
        window = controller.main_window
        assert window is not None
        window.resize(1280, 800)
        window.activateWindow()
        synced: list[object] = []
        window.find_page.find_actions.synced.connect(synced.append)
        _wait(lambda: bool(synced), 300)
        journeys = Journeys(controller, services, out)
        window.find_page.search_edit.clear()
        _pause(500)
        journeys.coffee()
        journeys.offline()
        journeys.nothing()
        journeys.manager()
        journeys.languages()
    finally:
        controller.shutdown()
        services.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots/journeys", help="folder for the PNGs")
    out = Path(parser.parse_args(argv).out)
    out.mkdir(parents=True, exist_ok=True)
    take(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
