"""Screenshots of the Support place as the demo superuser sees it:
``python -m tools.support_screenshots [--language sv] [--out screenshots]``.

Starts the demo (its own central API), signs in as ``superuser``, picks Förskolan Eken,
opens Support and saves the units-at-a-glance view and the order templates. Run it
under a display, e.g. ``xvfb-run -a -s "-screen 0 1400x1000x24"``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop.app import AppOptions, build_services
from desktop.ui.shell.application import create_application
from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.style import apply_style
from desktop.ui.shell.tasks import TaskManager
from tools.spend_screenshots import _save, _wait_until

UNIT = "u-forskola-eken"


def take(out: Path, language: str) -> list[Path]:
    app = create_application()
    apply_style(app)
    Translations(app).apply(language)
    suffix = "" if language == "en" else f"-{language}"
    services = build_services(
        AppOptions(data_dir=Path(tempfile.mkdtemp(prefix="avrop-support-")), demo=True)
    )
    tasks = TaskManager(services)
    saved: list[Path] = []
    try:
        assert services.demo_server is not None
        url = services.demo_server.url
        services.net_executor.submit(
            lambda: services.auth.sign_in(url, "superuser", "demo", remember=False)
        ).result()
        services.net_executor.submit(services.sync.sync).result()
        services.net_executor.submit(services.find.sync).result()  # the catalogues
        window = MainWindow(services, tasks, services.auth.me, online=True)
        window.resize(1280, 900)
        window.show()
        _wait_until(lambda: window.unit_combo.findData(UNIT) >= 0, 60)
        window.unit_combo.setCurrentIndex(window.unit_combo.findData(UNIT))
        window.show_place(Place.SUPPORT)
        glance = window.support_page.glance
        _wait_until(lambda: glance.devices.rowCount() > 0 and glance.people.rowCount() > 0, 60)
        _wait_until(lambda: glance.orders.rowCount() > 0 and glance.requests.rowCount() > 0, 60)
        saved.append(_save(window, out / f"support-glance{suffix}.png"))
        page = window.support_page
        page.tabs.setCurrentWidget(page.templates_tab)
        _wait_until(lambda: page.templates_tab.lines.rowCount() > 0, 60)
        saved.append(_save(window, out / f"support-templates{suffix}.png"))
        window.leave()
    finally:
        tasks.shutdown()
        services.close()
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the Support place (demo).")
    parser.add_argument("--language", default="en", choices=("en", "sv", "da", "nb"))
    parser.add_argument("--out", default="screenshots", help="folder for the files")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    take(out, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
