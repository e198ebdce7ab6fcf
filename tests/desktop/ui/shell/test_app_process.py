"""The app as a process: quitting is clean (no traceback, exit 0), and an unexpected
exception in a slot or a thread is logged in the data folder without secrets, shown in a
dialog that copies the details, and the app then closes with exit status 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
SCRIPT = HERE / "app_process.py"


def _run_app(step: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, str(SCRIPT), step, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_quitting_the_main_window_exits_0_without_a_traceback(tmp_path: Path) -> None:
    done = _run_app("quit", "--demo", "--data-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "already deleted" not in done.stderr
    assert not (tmp_path / "demo" / "crashes").exists()


@pytest.mark.parametrize("step", ["crash-slot", "crash-thread"])
def test_an_unexpected_exception_is_logged_shown_and_the_app_closes(
    tmp_path: Path, step: str
) -> None:
    done = _run_app(step, "--data-dir", str(tmp_path), "--server", "http://127.0.0.1:9")
    assert done.returncode == 0, done.stderr
    (log,) = (tmp_path / "crashes").glob("crash-*.log")
    report = log.read_text(encoding="utf-8")
    assert "RuntimeError: a slot failed" in report or "RuntimeError: a thread failed" in report
    assert "Traceback" in report and "Avrop " in report
    for secret in ("hunter2", "abc.def.ghi"):
        assert secret not in report
        assert secret not in done.stdout
    (copied,) = [line for line in done.stdout.splitlines() if line.startswith("COPIED:")]
    assert copied.removeprefix("COPIED:").replace("\\n", "\n") == report
