"""``avrop --self-test`` from the source tree: the same check CI runs on the bundle.

Run as a process, as an IT department would: it starts the real demo central API,
opens the main window offscreen on a temporary data folder, syncs and searches.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[4]


def _self_test(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(tmp_path), TMPDIR=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )


def test_self_test_opens_the_main_window_searches_and_exits_0(tmp_path: Path) -> None:
    done = _self_test(tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("avrop self-test:")]
    assert "avrop self-test: main window open" in lines
    assert any(" catalogue(s)" in line and "synced" in line for line in lines)
    assert any("'espresso' shows" in line for line in lines)
    assert lines[-1] == "avrop self-test: passed"
    assert not list(tmp_path.glob("avrop-self-test-*"))  # the temporary folder is gone


def test_self_test_runs_the_danish_demo_in_danish(tmp_path: Path) -> None:
    done = _self_test(tmp_path, "--demo", "dk", "--self-test-query", "bleer")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("avrop self-test:")]
    assert any(line.endswith("demo variant dk") for line in lines)
    assert any("'bleer' shows" in line for line in lines)
    assert lines[-1] == "avrop self-test: passed"


def test_self_test_fails_with_the_reason_when_a_step_fails(tmp_path: Path) -> None:
    done = _self_test(tmp_path, "--self-test-query", "zqxj-no-such-product")
    assert done.returncode == 1
    assert (
        "avrop self-test: FAILED: the search for 'zqxj-no-such-product' found nothing"
        in done.stderr.splitlines()
    )


def test_self_test_fails_when_the_app_quits_before_the_search(
    qtbot: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.self_test import run_self_test

    # exit() does nothing until an event loop runs: keep asking until the self-test's does
    # (not quit(): a window left open by another test may refuse it)
    quitter = QTimer()
    quitter.timeout.connect(lambda: QApplication.exit(0))
    quitter.start(20)
    try:
        assert run_self_test() == 1
    finally:
        quitter.stop()
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("avrop self-test: FAILED: the app quit (exit 0) while ")
