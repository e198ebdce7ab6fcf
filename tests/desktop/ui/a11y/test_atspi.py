"""A screen reader's view: the main window's AT-SPI tree, read from another process.

The app runs with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` inside its own
``dbus-run-session`` (which starts the AT-SPI bus on demand); a reader in the system
Python (``pyatspi``, Debian's python3-pyatspi) lists the tree. The search field, the
results table and the add-to-cart button must be there by name. Skips only outside CI
when the tools are missing; in CI (``CI`` set) it must run.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.find_ui import STORE_FILE

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
SYSTEM_PYTHON = "/usr/bin/python3"
SESSION = ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1366x768x24"]


def _tools_missing() -> str | None:
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    return "python3-pyatspi is not installed" if probe.returncode else None


@pytest.fixture
def atspi_ready() -> None:
    missing = _tools_missing()
    if missing and not os.environ.get("CI"):
        pytest.skip(f"{missing} (apt-get install -y at-spi2-core python3-pyatspi xvfb)")
    assert missing is None, f"CI must run the AT-SPI test: {missing}"


def _read_tree(server_url: str, data_dir: Path) -> list[list[str]]:
    app = shlex.join(
        [sys.executable, str(HERE / "atspi_app.py"), server_url, str(data_dir), "kaffe"]
    )
    reader = shlex.join([SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), "Avrop"])
    script = (
        f"{app} > {data_dir}/app.out 2>&1 & APP=$!; "
        f"for i in $(seq 600); do grep -q READY {data_dir}/app.out && break; sleep 0.1; done; "
        f"{reader}; STATUS=$?; kill $APP; exit $STATUS"
    )
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
    )
    done = subprocess.run(
        [*SESSION, "sh", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    app_out = (data_dir / "app.out").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0, f"{done.stderr[-2000:]}\napp:\n{app_out[-2000:]}"
    tree: list[list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return tree


def test_a_screen_reader_finds_search_field_results_and_add_to_cart(
    atspi_ready: None, tmp_path: Path, find_template: Path, demo_server: Any
) -> None:
    shutil.copyfile(find_template, tmp_path / STORE_FILE)
    tree = _read_tree(demo_server.url, tmp_path)
    seen = {(role, name) for role, name in tree}
    assert ("text", "What do you need") in seen, sorted(seen)[:80]
    assert ("table", "Items found") in seen, sorted(seen)[:80]
    assert ("push button", "Add to cart") in seen, sorted(seen)[:80]
