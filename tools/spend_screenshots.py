"""Screenshots of the Spend view as the demo manager sees it:
``python -m tools.spend_screenshots [--language sv] [--out screenshots]``.

Starts the demo (its own central API), signs in as ``manager`` (Förskolan Solrosen),
syncs, opens Spend, and saves the overview, the tables, the invoices behind the largest
supplier beside the agreements, the offline state and the monthly PDF report (as PDF,
and as PNG when poppler's ``pdftoppm`` is installed) in ``screenshots/`` (git-ignored).
Run it under a display, e.g. ``xvfb-run -a -s "-screen 0 1400x1000x24"``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import AppOptions, build_services
from desktop.ui.shell.application import create_application
from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.style import apply_style
from desktop.ui.shell.tasks import TaskManager


def _wait_until(condition: Callable[[], bool], timeout_s: float) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    timer.start()
    loop.exec()
    if not condition():
        raise SystemExit("timed out waiting for the app")
    QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)
    return path


def take(out: Path, language: str) -> list[Path]:
    app = create_application()
    apply_style(app)
    Translations(app).apply(language)
    suffix = "" if language == "en" else f"-{language}"
    services = build_services(
        AppOptions(data_dir=Path(tempfile.mkdtemp(prefix="avrop-spend-")), demo=True)
    )
    tasks = TaskManager(services)
    saved: list[Path] = []
    try:
        assert services.demo_server is not None
        url = services.demo_server.url
        services.net_executor.submit(
            lambda: services.auth.sign_in(url, "manager", "demo", remember=False)
        ).result()
        services.net_executor.submit(services.sync.sync).result()
        window = MainWindow(services, tasks, services.auth.me, online=True)
        window.resize(1280, 900)
        window.show()
        window.show_place(Place.SPEND)
        page = window.spend_page
        _wait_until(lambda: page.figures is not None and page.refresh_button.isEnabled(), 60)
        saved.append(_save(window, out / f"spend-overview{suffix}.png"))
        page._scroll.verticalScrollBar().setValue(page._scroll.verticalScrollBar().maximum())
        saved.append(_save(window, out / f"spend-comparison{suffix}.png"))
        page.tabs.setCurrentIndex(1)
        saved.append(_save(window, out / f"spend-beside-agreements{suffix}.png"))
        page.tabs.setCurrentIndex(4)
        saved.append(_save(window, out / f"spend-budget{suffix}.png"))
        page.headline.callout_button.click()
        dialog = page.last_dialog
        saved.append(_save(dialog, out / f"spend-invoices{suffix}.png"))
        dialog.close()
        month = page.month_exporter.month() or ""
        pdf = out / f"spend-report{suffix}.pdf"
        page.month_exporter.export_pdf(pdf, month)
        page.month_exporter.export_xlsx(out / f"spend-month{suffix}.xlsx", month)
        saved.append(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(pdf),
                            str(pdf.with_suffix(""))], check=True)  # fmt: skip
            saved.append(pdf.with_suffix(".png"))
        services.demo_server.stop()
        page._scroll.verticalScrollBar().setValue(0)
        page.refresh()
        _wait_until(lambda: page.offline, 60)
        saved.append(_save(window, out / f"spend-offline{suffix}.png"))
        window.leave()
    finally:
        tasks.shutdown()
        services.close()
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the Spend view (demo).")
    parser.add_argument("--language", default="en", choices=("en", "sv", "da", "nb"))
    parser.add_argument("--out", default="screenshots", help="folder for the files")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    take(out, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
