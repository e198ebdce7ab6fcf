"""Screenshots of the app in demo mode: ``python -m tools.screenshots [--language sv]``.

Starts the demo (its own central API), waits for the first sync, then saves every place,
the sign-in dialog and the settings dialog as PNGs in ``screenshots/`` (git-ignored).
Run it under a display, e.g. ``xvfb-run -a -s "-screen 0 1280x800x24"``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import AppOptions, build_services
from desktop.ui.shell.app_controller import AppController
from desktop.ui.shell.application import create_application
from desktop.ui.shell.i18n import Translations, resolve_language
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.shell.sign_in_dialog import SignInDialog
from desktop.ui.shell.tasks import TaskManager


def _wait_until(app: QApplication, condition: Callable[[], bool], timeout_s: float) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    timer.start()
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    if not condition():
        raise SystemExit("timed out waiting for the app")
    app.processEvents()


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def take(out: Path, language: str) -> list[Path]:
    app = create_application()
    translations = Translations(app)
    translations.apply(resolve_language(language))
    data_dir = Path(tempfile.mkdtemp(prefix="avrop-shots-"))
    services = build_services(AppOptions(data_dir=data_dir, demo=True))
    tasks = TaskManager(services)
    controller = AppController(services, tasks, translations)
    saved: list[Path] = []
    try:
        controller.start()
        _wait_until(app, lambda: controller.main_window is not None, 60)
        window: MainWindow = controller.main_window  # type: ignore[assignment]
        window.resize(1200, 760)
        _wait_until(app, lambda: not window.sync.running, 60)
        _wait_until(app, lambda: window.overview is not None, 30)
        _wait_until(app, lambda: not window.status.progress.isVisible(), 60)
        suffix = f"-{language}" if language != "en" else ""
        for place in Place:
            window.show_place(place)
            saved.append(_save(window, out, f"{place.name.lower()}{suffix}"))
        window.status.show_sync_progress(1, 4, "units")
        window.show_place(Place.FIND)
        saved.append(_save(window, out, f"syncing{suffix}"))
        window.status.hide_sync_progress()
        window.status.set_online(False)
        saved.append(_save(window, out, f"offline{suffix}"))
        dialog = SignInDialog(tasks, services.auth, server_url=services.server_url)
        dialog.username_edit.setText("orderer")
        dialog.show()
        saved.append(_save(dialog, out, f"sign-in{suffix}"))
        dialog.show_error(
            QApplication.translate(
                "ErrorMessages", "The user name or password is wrong. Check them and try again."
            )
        )
        saved.append(_save(dialog, out, f"sign-in-error{suffix}"))
        dialog.close()
        settings = SettingsDialog("system", window)
        settings.show()
        saved.append(_save(settings, out, f"settings{suffix}"))
        settings.close()
    finally:
        controller.shutdown()
        services.close()
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the demo app.")
    parser.add_argument("--language", default="en", choices=("en", "sv", "da", "nb"))
    parser.add_argument("--out", default="screenshots", help="folder for the PNG files")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    take(out, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
