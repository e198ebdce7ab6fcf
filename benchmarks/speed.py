"""``python -m benchmarks speed [--sizes 100000,1000000] [--suppliers 1000]``: issue 14.

For each size, in one run: the catalogue benchmark (first sync against the raw
baseline, the delta, as-you-type search against the raw floor, memory) on a store kept
in ``benchmarks/data/work-<size>/``, then the start-up benchmark on that store (cold and
warm, against a bare PySide6 window) and, from a million lines (and at the largest size),
the UI stall while typing, counting and scrolling. Memory is the peak RSS of each
process: the import, the scrolling of the whole catalogue, each start-up, the stall probe.
A size's PEPPOL files are generated into ``benchmarks/data/<lines>-<suppliers>/`` when
missing (3,000,000 lines: about 4.5 GB of disk and a long while; check ``df -h``).
Prints one JSON object: the figures per size, so that the cost curve shows, and
``targets``: each target beside its figure, met or not.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

from benchmarks import catalogue, startup
from benchmarks.catalogue_bench.data import DATA_DIR

SEARCH_BUCKET_MS = 16.0
STALL_FROM_LINES = 1_000_000
RSS_MB = 200.0


def _target(name: str, value: float, limit: float, at_least: bool = False) -> dict[str, Any]:
    met = value >= limit if at_least else value <= limit
    return {
        "figure": name,
        "value": value,
        "target": (">= " if at_least else "<= ") + str(limit),
        "met": met,
    }


def _worst_bucket(buckets: dict[str, dict[str, float]]) -> float:
    return max((b["p95"] for b in buckets.values() if b.get("n", 0) >= 5), default=0.0)


def targets_of(size: int, cat: dict[str, Any], start: dict[str, Any]) -> list[dict[str, Any]]:
    """Each issue-14 target beside the figure measured for ``size`` lines."""
    imp, search = cat["import"], cat["search"]
    app_search = search["app"]
    per_million = imp["app"]["seconds"] * 1_000_000 / max(imp["app"]["lines"], 1)
    found = [
        _target("first sync, app/raw lines per s", imp["ratio_app_to_raw"], 1.0, at_least=True),
        _target("first sync, s per million lines", round(per_million, 1), 60.0),
        _target(
            "delta 5k changed + 1k deleted, app/raw time (median of rounds)",
            cat["delta_rounds"]["ratio_of_medians"],
            2.0,
        ),
        _target(
            "search p95 minus the raw unranked floor's p95 (ms)",
            round(
                app_search["search_ms"]["p95"] - search["raw"]["floor_match_limit50_ms"]["p95"], 2
            ),
            0.0,
        ),
        _target(
            "search, worst p95 of a prefix length 1-8 (ms)",
            _worst_bucket(app_search["by_prefix_length"]),
            SEARCH_BUCKET_MS,
        ),
        _target(
            "search, worst p95 of 1-3 words (ms)",
            _worst_bucket(app_search["by_terms"]),
            SEARCH_BUCKET_MS,
        ),
    ]
    if "snapshot" in cat:  # the first sync the app does: from the prepared snapshot
        sync = cat["snapshot"]["first_sync"]
        found += [
            _target("first sync via snapshot, /raw lines per s", sync["ratio_to_raw"], 1.0, True),
            _target("first sync via snapshot, s per million", sync["seconds_per_million"], 60.0),
            _target("first sync via snapshot, peak RSS (MB)", sync["peak_rss_mb"], RSS_MB),
        ]
    if "process_peak_rss_mb" in imp:
        found.append(_target("import process peak RSS (MB)", imp["process_peak_rss_mb"], RSS_MB))
    if "memory" in cat:
        found.append(
            _target("scrolling process peak RSS (MB)", cat["memory"]["peak_rss_mb"], RSS_MB)
        )
    for phase in ("cold", "warm"):
        figures = start[phase]
        found.append(
            _target(
                f"start-up {phase}, app process peak RSS (MB)", figures["app_peak_rss_mb"], RSS_MB
            )
        )
        found.append(
            _target(f"start-up {phase}, s", figures["app"]["median_s"], startup.TARGET_SECONDS)
        )
        found.append(
            _target(
                f"start-up {phase}, app/bare window",
                figures["ratio_app_to_bare"],
                startup.TARGET_RATIO,
            )
        )
    if "ui_stall" in start:
        stall = start["ui_stall"]
        found.append(
            _target(
                "typing and scrolling process peak RSS (MB)", stall["process_peak_rss_mb"], RSS_MB
            )
        )
        for phase in ("typing_and_counting", "scrolling"):
            found.append(
                _target(
                    f"UI-thread stall {phase.replace('_', ' ')} (ms CPU)",
                    stall[phase]["ui_thread_cpu_ms"],
                    startup.TARGET_STALL_MS,
                )
            )
    return found


def run(sizes: list[int], suppliers: int, queries: int, runs: int, query: str) -> dict[str, Any]:
    started = time.perf_counter()
    report: dict[str, Any] = {"benchmark": "speed", "sizes": sizes, "suppliers": suppliers}
    report["load_avg_at_start"] = os.getloadavg()[0]
    per_size: dict[str, Any] = {}
    for size in sizes:
        work = DATA_DIR / f"work-{size}"
        work.mkdir(parents=True, exist_ok=True)
        for name in ("avrop.sqlite3", "raw.sqlite3"):
            for suffix in ("", "-wal", "-shm"):
                (work / (name + suffix)).unlink(missing_ok=True)
        print(f"speed: {size} lines", file=sys.stderr, flush=True)
        cat = catalogue.run(size, suppliers, DATA_DIR, work, queries, True)
        (work / "raw.sqlite3").unlink(missing_ok=True)
        # The stall probe at a million lines and more (and at the largest size asked).
        stall = size >= STALL_FROM_LINES or size == max(sizes)
        start = startup.run(work, query, runs, stall=stall)
        per_size[str(size)] = {
            "catalogue": cat,
            "startup": start,
            "targets": targets_of(size, cat, start),
        }
    report["by_size"] = per_size
    report["load_avg_at_end"] = os.getloadavg()[0]
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks speed",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated line counts")
    parser.add_argument("--suppliers", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="start-ups per kind")
    parser.add_argument("--query", default="kaffe", help="the last query shown at start-up")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    report = run(sizes, args.suppliers, args.queries, args.runs, args.query)
    text = json.dumps(report, indent=1)
    results = DATA_DIR.parent / "results"
    results.mkdir(exist_ok=True)
    (results / f"speed-{'-'.join(map(str, sizes))}.json").write_text(text, "utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
