"""A benchmark's child process reports its own peak RSS, not its parent's (Linux keeps
the parent's peak in ``ru_maxrss`` across ``fork`` + ``exec``)."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from benchmarks.process_memory import peak_rss_mb

ROOT = Path(__file__).resolve().parents[2]
PARENT_MB = 400


def test_a_child_reports_its_own_peak_not_the_parents() -> None:
    held = bytearray(PARENT_MB * 2**20)
    held[:: 1 << 12] = b"x" * len(range(0, len(held), 1 << 12))  # touch every page
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 >= PARENT_MB
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from benchmarks.process_memory import peak_rss_mb as p; print(p())",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    del held
    child_mb = float(out.stdout)
    assert 0 < child_mb < 100  # a bare interpreter: some 10-20 MB
    assert peak_rss_mb() >= PARENT_MB
