"""Runs the real app (``desktop.cli.main``) in this process with one scripted step, for
the tests that start the app as a process (``test_app_process.py``).

``python app_process.py STEP ARGS…``: STEP is ``quit`` (close the main window once it
is up, as File → Quit does), ``crash-slot`` (raise in a Qt slot) or ``crash-thread``
(raise in a thread). A crash dialog that opens is answered: "Copy details", then
"Close Avrop"; the copied text is printed after ``COPIED:``.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.cli import main
from desktop.ui.shell.application import create_application
from desktop.ui.shell.crash import CrashDialog

SECRET = "password=hunter2 Authorization: Bearer abc.def.ghi"


def _visible(app: QApplication, name: str) -> list[QWidget]:
    return [w for w in app.topLevelWidgets() if type(w).__name__ == name and w.isVisible()]


def _raise_in_thread() -> None:
    raise RuntimeError(f"a thread failed ({SECRET})")


def run(step: str, args: list[str]) -> int:
    app = create_application([sys.argv[0]])
    done = False

    def act() -> None:
        nonlocal done
        ready = _visible(app, "MainWindow") or _visible(app, "SignInDialog")
        if done or not ready:
            QTimer.singleShot(100, act)
            return
        if step == "quit" and _visible(app, "MainWindow"):
            done = True
            ready[0].close()
        elif step == "crash-slot":
            done = True
            raise RuntimeError(f"a slot failed ({SECRET})")
        elif step == "crash-thread":
            done = True
            threading.Thread(target=_raise_in_thread, name="avrop-test").start()
        else:
            QTimer.singleShot(100, act)

    def answer_crash_dialog() -> None:
        dialogs = [w for w in app.topLevelWidgets() if isinstance(w, CrashDialog)]
        if dialogs and dialogs[0].isVisible():
            dialogs[0].copy_button.click()
            print("COPIED:" + QApplication.clipboard().text().replace("\n", "\\n"), flush=True)
            dialogs[0].close_button.click()
            return
        QTimer.singleShot(100, answer_crash_dialog)

    QTimer.singleShot(100, act)
    QTimer.singleShot(100, answer_crash_dialog)
    return main(args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1], sys.argv[2:]))
