"""Screenshots of the order journey (issue 11) in sv, da and nb at 100 % and 200 %:
``python -m tools.order_journey_screenshots [--out docs/screenshots]`` (``make
screenshots-journey``). Each language and scale runs as its own demo-mode process (the
language's demo variant) on an offscreen 1,366×768 screen (``QT_SCALE_FACTOR`` must be
set before Qt starts) and saves
``journey-<language>-<scale>-<step>.png``: the steps of :mod:`tools.order_journey`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

LANGUAGES = ("sv", "da", "nb")
SCALES = ("1", "2")
SCREEN = {"name": "s", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}


def take_one(out: Path, language: str, scale: str) -> None:
    """In this process: the demo app in ``language``, the journey, a PNG per step."""
    from desktop.app import AppOptions, build_services
    from desktop.domain.order import OrderState
    from desktop.ui.shell.app_controller import AppController
    from desktop.ui.shell.application import create_application
    from desktop.ui.shell.i18n import Translations
    from desktop.ui.shell.tasks import TaskManager
    from tools.order_journey import (
        NAPPIES,
        VARIANT_OF_LANGUAGE,
        OrderJourney,
        supplier_accepts,
        wait_until,
    )

    app = create_application([sys.argv[0]])
    translations = Translations(app)
    translations.apply(language)
    data_dir = Path(tempfile.mkdtemp(prefix="avrop-order-journey-"))
    services = build_services(
        AppOptions(data_dir=data_dir, demo=True, demo_variant=VARIANT_OF_LANGUAGE[language])
    )
    tasks = TaskManager(services)
    controller = AppController(services, tasks, translations)
    try:
        controller.start()
        wait_until(lambda: controller.main_window is not None, 120, "the main window")
        window = controller.main_window
        assert window is not None and services.demo_server is not None
        window.showMaximized()
        window.activateWindow()
        synced: list[object] = []
        window.find_page.find_actions.synced.connect(synced.append)
        wait_until(lambda: bool(synced), 300, "the first sync")

        def shot(step: str) -> None:
            app.processEvents()
            path = out / f"journey-{language}-{int(scale) * 100}-{step}.png"
            (app.activeModalWidget() or window).grab().save(str(path))
            print(path, flush=True)

        journey = OrderJourney(window, shot)
        journey.search(NAPPIES[language])
        picked, _offers = journey.pick_cheapest_offer()
        journey.add_to_cart(journey.enough_of(picked))
        journey.place_order()
        journey.show_in_orders(journey.see_confirmation())
        journey.follow_order()
        supplier_accepts(services.demo_server.url, window, journey.order_id)
        journey.sync_until(OrderState.ACCEPTED)
        journey.receive_everything()
    finally:
        controller.shutdown()
        services.close()


def take_all(out: Path, languages: Sequence[str], scales: Sequence[str]) -> int:
    """One process per language and scale; the number that failed."""
    screens = Path(tempfile.mkdtemp(prefix="avrop-screens-")) / "screens.json"
    screens.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    failed = 0
    for language in languages:
        for scale in scales:
            env = dict(
                os.environ,
                QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
                QT_SCALE_FACTOR=scale,
            )
            command = [sys.executable, "-m", "tools.order_journey_screenshots", "--out", str(out)]
            done = subprocess.run([*command, "--one", language, scale], env=env, check=False)
            failed += done.returncode != 0
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNGs")
    parser.add_argument("--one", nargs=2, metavar=("LANGUAGE", "SCALE"), help=argparse.SUPPRESS)
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--scales", nargs="*", default=list(SCALES))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        take_one(out, *args.one)
        return 0
    return 1 if take_all(out, args.languages, args.scales) else 0


if __name__ == "__main__":
    sys.exit(main())
