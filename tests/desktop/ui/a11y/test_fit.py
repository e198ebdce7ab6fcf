"""The main window fits a 1,366×768 screen at 100 % and 200 % (EN 301 549 11.1.4.4/11.1.4.10).

The app runs as a process under the offscreen platform with a screen of that size and
``QT_SCALE_FACTOR``, in each language (the Nordic texts are the longest); it reports, per
place, its frame, any clipped button or label, and any sideways scrolling.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.find_ui import STORE_FILE

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]


@pytest.mark.parametrize("language", ["en", "sv", "da", "nb"])
@pytest.mark.parametrize(
    ("scale", "font_dpi", "size"),
    [
        ("1", "96", (1366, 768)),
        ("2", "96", (1366, 768)),
        ("1", "192", (1366, 768)),
        ("1.5", "96", (1280, 720)),  # issue 11: a 1,280×720 screen at 150 %
    ],
)
def test_main_window_fits_the_screen_at_scale(
    scale: str,
    font_dpi: str,
    size: tuple[int, int],
    language: str,
    tmp_path: Path,
    find_template: Path,
    demo_server: Any,
) -> None:
    """1,366×768 at 100 %, at 200 % (``QT_SCALE_FACTOR=2``) and with a 200 % system font;
    1,280×720 at 150 %; no page scrolls sideways in any of them."""
    shutil.copyfile(find_template, tmp_path / STORE_FILE)
    screens = tmp_path / "screens.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": size[0], "height": size[1], "logicalDpi": 96}
    screens.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
        QT_SCALE_FACTOR=scale,
        QT_FONT_DPI=font_dpi,  # 192: text twice as large, as a large system font
        PYTHONPATH=str(ROOT),
        AVROP_DATA_DIR=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, str(HERE / "fit_process.py"), demo_server.url, str(tmp_path), language],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = report["screen"]
    factor = float(scale)
    assert width <= size[0] / factor and height <= size[1] / factor  # the screen as set
    problems, sideways, downward = {}, {}, {}
    for place, seen in report["places"].items():
        if seen.get("sideways"):
            sideways[place] = seen["sideways"]
        if seen.get("downward"):
            downward[place] = seen["downward"]
        x, y, w, h = seen["frame"]
        found = list(seen["clipped"])
        if x < 0 or y < 0 or x + w > width or y + h > height:
            found.append(f"window {seen['frame']} beyond the screen {width}×{height}")
        if found:
            problems[place] = found
    assert problems == {}
    assert sideways == {}  # the rows reflow: nothing scrolls sideways at any of these scales
    if scale == "1" and font_dpi == "96" and downward:
        # Known gap (issue 11): with a line in the cart, Cart and Support scroll down by
        # about 22 px at 100 %; empty-cart runs do not. To be fixed, then made an assert.
        pytest.xfail(f"pages scroll down at 100 %: {downward}")
