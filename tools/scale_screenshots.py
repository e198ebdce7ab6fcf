"""Screenshots of every place in sv, da and nb at the current text scale (demo mode):
``QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1366x768x24" python -m tools.scale_screenshots
--out screenshots/scale --suffix 200``. For checking by eye that nothing is clipped at
200 % on a 1,366×768 screen (EN 301 549 11.1.4.4).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop.app import AppOptions, build_services
from desktop.ui.shell.app_controller import AppController
from desktop.ui.shell.application import create_application
from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.places import Place
from desktop.ui.shell.tasks import TaskManager
from tools.journey_screenshots import _pause, _wait

LANGUAGES = ("sv", "da", "nb")


def take(out: Path, suffix: str) -> list[Path]:
    app = create_application()
    translations = Translations(app)
    translations.apply("sv")
    data_dir = Path(tempfile.mkdtemp(prefix="avrop-scale-"))
    services = build_services(AppOptions(data_dir=data_dir, demo=True))
    tasks = TaskManager(services)
    controller = AppController(services, tasks, translations)
    saved: list[Path] = []
    try:
        controller.start()
        _wait(lambda: controller.main_window is not None)
        window = controller.main_window
        assert window is not None
        window.showMaximized()
        synced: list[object] = []
        window.find_page.find_actions.synced.connect(synced.append)
        _wait(lambda: bool(synced), 300)
        view = window.find_page
        view.search_edit.setText("kaffe")
        _wait(lambda: view.answer is not None and view.answer.query.text == "kaffe")
        view.table.selectRow(0)
        for language in LANGUAGES:
            translations.apply(language)
            _pause(500)
            for place in Place:
                window.show_place(place)
                _pause(1200 if place is Place.SPEND else 500)
                path = out / f"{place.name.lower()}-{language}-{suffix}.png"
                window.grab().save(str(path))
                saved.append(path)
    finally:
        controller.shutdown()
        services.close()
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots/scale", help="folder for the PNGs")
    parser.add_argument("--suffix", default="100", help="added to each name, e.g. 200")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for path in take(out, args.suffix):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
