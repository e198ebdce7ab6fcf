"""``pytest`` (the console script) and ``python -m pytest`` collect the same tests.

The console script does not put the working folder on ``sys.path``; without pyproject's
``pythonpath`` it cannot import ``benchmarks`` (tests/benchmarks). ``.ci/same-collection``
compares the whole suite; this test the part that used to differ.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PART = ["tests/benchmarks", "tests/desktop/test_layers.py"]


def _collected(command: list[str]) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [*command, "--collect-only", "-q", *PART],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return sorted(line for line in done.stdout.splitlines() if "::" in line)


@pytest.mark.slow
def test_the_console_script_collects_what_the_module_collects() -> None:
    script = Path(sys.executable).with_name("pytest")
    by_module = _collected([sys.executable, "-m", "pytest"])
    assert by_module and any(line.startswith("tests/benchmarks/") for line in by_module)
    assert _collected([str(script)]) == by_module
