"""The peak resident set size of this process image, for every benchmark's figures.

``VmHWM`` from ``/proc/self/status``, not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux
carries the parent's peak across ``fork``/``vfork`` + ``exec`` into ``ru_maxrss``, so
a child started by a benchmark that had imported millions of lines reported the
parent's peak (202 MB for a start-up of 173 MB at 3M lines).
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_kb() -> int:
    """Peak RSS of this process image, in KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def peak_rss_mb() -> float:
    """Peak RSS of this process image, in MB (one decimal)."""
    return round(peak_rss_kb() / 1024, 1)
