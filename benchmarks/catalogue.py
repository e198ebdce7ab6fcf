"""``python -m benchmarks catalogue [--lines N] [--suppliers N] [--data DIR]``.

Generates (once, cached in ``benchmarks/data/``) PEPPOL catalogues for ``--suppliers``
suppliers with ``--lines`` lines in all, then measures in one run on the same data and
prints one JSON object:

* import: PEPPOL files → searchable store through the app's path (PEPPOL reader →
  ``CatalogueStore.replace_catalogue``), lines/s, against the raw limit (``iterparse`` +
  ``executemany`` into a plain table without index); app and raw alternate file by
  file so both see the same machine load. Targets (issue 14): ratio ≥ 1.0, and a
  million lines in ≤ 60 s. The peak RSS of this process after the import is reported.
* delta: 5,000 changed and 1,000 deleted lines as partial catalogues (``apply_delta``,
  index included) against raw keyed updates and deletes. Target ≤ 2× raw.
* search: p50/p95/p99 of 1,000 as-you-type queries through ``CatalogueSearch`` (search
  plus the first page's rows), by prefix length, beside the raw FTS5 floor
  (``MATCH … LIMIT 50``) and the naive ranked query (``ORDER BY bm25 LIMIT 50``).
  Target p95 ≤ 16 ms.
* memory: peak RSS of a separate process holding the store and scrolling a result of
  every item through the paging API. Target ≤ 200 MB.
* snapshot: the store exported as a snapshot (the server's one-time preparation), then
  the first sync from it in a separate process (file streamed and hashed, checked,
  installed into a fresh store): seconds, CPU, peak RSS, lines/s against the raw
  baseline above (``catalogue_bench.snapshot``). Targets: a million lines in ≤ 60 s,
  ratio ≥ 1.0, ≤ 200 MB. ``--snapshot-from STORE`` measures only this part (and the raw
  baseline it is compared with) on a copy of an existing store of the same data;
  ``--delta-from STORE`` only the delta part (the copy's delta undone first), ``--rounds``
  times (both sides restored between rounds; the ratio of the medians is reported; the
  full run does 3 rounds).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import process_memory
from benchmarks.catalogue_bench import imports, searching, snapshot
from benchmarks.catalogue_bench.data import (
    DATA_DIR,
    PlannedSupplier,
    delta_plan,
    ensure_data,
    load_plan,
)
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import open_database
from desktop.storage.search import CatalogueSearch

DELTA_ROUNDS = 3  # in the full run; --rounds with --delta-from


def peak_rss_mb() -> float:
    """The peak resident set size of this process so far."""
    return process_memory.peak_rss_mb()


def _import_both(
    store: CatalogueStore,
    raw: sqlite3.Connection,
    folder: Path,
    plan: list[PlannedSupplier],
) -> dict[str, Any]:
    app_lines = raw_lines = 0
    app_s = raw_s = reader_s = app_cpu = raw_cpu = 0.0
    for n, s in enumerate(plan):
        order = (0, 1) if n % 2 == 0 else (1, 0)
        for which in order:
            if which == 0:
                lines, seconds, reader, cpu = imports.app_import_one(store, folder, s)
                app_lines, app_s, reader_s = app_lines + lines, app_s + seconds, reader_s + reader
                app_cpu += cpu
            else:
                lines, seconds, cpu = imports.raw_import_one(raw, folder, s)
                raw_lines, raw_s, raw_cpu = raw_lines + lines, raw_s + seconds, raw_cpu + cpu
        if n % 100 == 99:
            print(f"  imported {n + 1}/{len(plan)} suppliers", file=sys.stderr, flush=True)
    start, cpu = time.perf_counter(), time.process_time()
    steps = store.compact_index()  # what the sync does after a round
    compact_s = time.perf_counter() - start
    app_s += compact_s
    app_cpu += time.process_time() - cpu
    app_rate, raw_rate = app_lines / app_s, raw_lines / raw_s
    return {
        "app": {
            "lines": app_lines,
            "seconds": round(app_s, 1),
            "lines_per_s": round(app_rate),
            "reader_seconds": round(reader_s, 1),
            "store_seconds": round(app_s - reader_s - compact_s, 1),
            "compact_index_seconds": round(compact_s, 1),
            "compact_steps": steps,
            "store_only_lines_per_s": round(app_lines / max(app_s - reader_s, 1e-9)),
            "cpu_seconds": round(app_cpu, 3),
        },
        "raw": {
            "lines": raw_lines,
            "seconds": round(raw_s, 1),
            "lines_per_s": round(raw_rate),
            "cpu_seconds": round(raw_cpu, 3),
        },
        "ratio_app_to_raw": round(app_rate / raw_rate, 3),
        # The same ratio in CPU time (this process): what the load of a shared machine
        # changes least.
        "cpu_ratio_app_to_raw": round((raw_cpu / raw_lines) / (app_cpu / app_lines), 3),
        "target_ratio_at_least": 1.0,
        "target_app_seconds_per_million_at_most": 60,
    }


def _delta_both(
    store: CatalogueStore,
    raw: sqlite3.Connection,
    folder: Path,
    plan: list[PlannedSupplier],
) -> dict[str, Any]:
    imports.prepare_raw_delta(raw)
    app = [0, 0, 0.0, 0.0]  # changed, deleted, seconds, CPU seconds
    rawt = [0, 0, 0.0, 0.0]
    for n, (s, _, _) in enumerate(delta_plan(plan)):

        def app_one(s: PlannedSupplier = s) -> tuple[int, int, float]:
            return imports.app_delta_one(store, folder, s)

        def raw_one(s: PlannedSupplier = s) -> tuple[int, int, float]:
            return imports.raw_delta_one(raw, folder, s)

        runs = [(app, app_one), (rawt, raw_one)]
        for total, run in runs if n % 2 == 0 else runs[::-1]:
            cpu = time.process_time()
            changed, deleted, seconds = run()
            total[0] += changed
            total[1] += deleted
            total[2] += seconds
            total[3] += time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    steps = store.compact_index()
    app[2] += time.perf_counter() - start
    app[3] += time.process_time() - cpu
    return {
        "app": {
            "changed": app[0],
            "deleted": app[1],
            "seconds": round(app[2], 3),
            "cpu_seconds": round(app[3], 3),
            "compact_steps": steps,
        },
        "raw": {
            "changed": rawt[0],
            "deleted": rawt[1],
            "seconds": round(rawt[2], 3),
            "cpu_seconds": round(rawt[3], 3),
        },
        "ratio_app_to_raw_time": round(app[2] / rawt[2], 2),
        "cpu_ratio_app_to_raw": round(app[3] / max(rawt[3], 1e-9), 2),
        "target_ratio_at_most": 2.0,
    }


def _memory(store_path: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.catalogue_bench.memory", str(store_path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    result["target_peak_rss_mb_at_most"] = 200
    return result


def _snapshot(store: CatalogueStore, work: Path, raw_lines_per_s: float) -> dict[str, Any]:
    """Export the store, then the first sync from the snapshot (a separate process)."""
    out = work / "catalogue.snapshot"
    export = snapshot.export_timed(store, out)
    sync = snapshot.first_sync(out, export.pop("sha256"), work, raw_lines_per_s)
    out.unlink()
    return {"export": export, "first_sync": sync}


def run_snapshot_only(
    lines: int, suppliers: int, data: Path, work: Path, source: Path
) -> dict[str, Any]:
    """The raw baseline over every file, then the snapshot part on a copy of ``source``
    (a store of the same data, left untouched)."""
    started = time.perf_counter()
    work.mkdir(parents=True, exist_ok=True)
    folder = ensure_data(lines, suppliers, data)
    plan = load_plan(folder)
    report: dict[str, Any] = {
        "benchmark": "catalogue --snapshot-from",
        "lines": lines,
        "suppliers": suppliers,
        "source_store": str(source),
        "load_avg_at_start": os.getloadavg()[0],
    }
    raw = imports.raw_connection(work / "raw.sqlite3")
    imports.create_raw_table(raw)
    raw_lines, raw_s, raw_cpu = 0, 0.0, 0.0
    for s in plan:
        n, seconds, cpu = imports.raw_import_one(raw, folder, s)
        raw_lines, raw_s, raw_cpu = raw_lines + n, raw_s + seconds, raw_cpu + cpu
    raw.close()
    report["raw"] = {
        "lines": raw_lines,
        "seconds": round(raw_s, 1),
        "lines_per_s": round(raw_lines / raw_s),
        "cpu_seconds": round(raw_cpu, 1),
    }
    shutil.copyfile(source, work / "avrop.sqlite3")
    db = open_database(work / "avrop.sqlite3")
    report["snapshot"] = _snapshot(CatalogueStore(db), work, raw_lines / raw_s)
    db.close()
    report["load_avg_at_end"] = os.getloadavg()[0]
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    return report


def _delta_rounds(
    store: CatalogueStore,
    raw: sqlite3.Connection,
    folder: Path,
    plan: list[PlannedSupplier],
    repeat: int,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first delta, and ``repeat`` rounds of it: one delta is a second's work on a
    shared machine, so it is done again (both sides restored between rounds) and the
    ratio of the medians is reported beside the first."""
    first = _delta_both(store, raw, folder, plan)
    rounds = [first]
    for _ in range(1, repeat):
        imports.restore_pre_delta(store, folder, plan)
        imports.restore_raw_pre_delta(raw, folder, plan)
        rounds.append(_delta_both(store, raw, folder, plan))
    app_s = statistics.median(r["app"]["seconds"] for r in rounds)
    raw_s = statistics.median(r["raw"]["seconds"] for r in rounds)
    return first, {
        "app_changed_deleted": [[r["app"]["changed"], r["app"]["deleted"]] for r in rounds],
        "ratios_app_to_raw_time": [r["ratio_app_to_raw_time"] for r in rounds],
        "cpu_ratios_app_to_raw": [r["cpu_ratio_app_to_raw"] for r in rounds],
        "app_median_seconds": round(app_s, 3),
        "raw_median_seconds": round(raw_s, 3),
        "ratio_of_medians": round(app_s / raw_s, 2),
    }


def run_delta_only(
    lines: int, suppliers: int, data: Path, work: Path, source: Path, repeat: int = 1
) -> dict[str, Any]:
    """The delta part alone on a copy of ``source`` (a store this benchmark left, the
    delta undone first), against the raw baseline over every file (the same size);
    ``repeat`` rounds."""
    started = time.perf_counter()
    work.mkdir(parents=True, exist_ok=True)
    folder = ensure_data(lines, suppliers, data)
    plan = load_plan(folder)
    report: dict[str, Any] = {
        "benchmark": "catalogue --delta-from",
        "lines": lines,
        "source_store": str(source),
        "load_avg_at_start": os.getloadavg()[0],
    }
    shutil.copyfile(source, work / "avrop.sqlite3")
    db = open_database(work / "avrop.sqlite3")
    store = CatalogueStore(db)
    imports.restore_pre_delta(store, folder, plan)
    raw = imports.raw_connection(work / "raw.sqlite3")
    imports.create_raw_table(raw)
    for s in plan:
        imports.raw_import_one(raw, folder, s)
    report["delta"], report["delta_rounds"] = _delta_rounds(store, raw, folder, plan, repeat)
    raw.close()
    db.close()
    report["load_avg_at_end"] = os.getloadavg()[0]
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    return report


def run(
    lines: int, suppliers: int, data: Path, work: Path, queries: int, memory: bool
) -> dict[str, Any]:
    started = time.perf_counter()
    folder = ensure_data(lines, suppliers, data)
    plan = load_plan(folder)
    report: dict[str, Any] = {
        "benchmark": "catalogue",
        "lines": lines,
        "suppliers": suppliers,
        "machine": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "cpus": os.cpu_count(),
            "load_avg_at_start": os.getloadavg()[0],
        },
    }
    db = open_database(work / "avrop.sqlite3")
    imports.register_suppliers(db, plan)
    store = CatalogueStore(db)  # loads the CPV labels: not part of the timed import
    raw = imports.raw_connection(work / "raw.sqlite3")
    imports.create_raw_table(raw)
    report["import"] = _import_both(store, raw, folder, plan)
    report["import"]["process_peak_rss_mb"] = peak_rss_mb()
    report["delta"], report["delta_rounds"] = _delta_rounds(store, raw, folder, plan, DELTA_ROUNDS)
    report["store_file_mb"] = round((work / "avrop.sqlite3").stat().st_size / 2**20, 1)

    search = CatalogueSearch(db)
    store_conn = sqlite3.connect(work / "avrop.sqlite3")
    names = searching.sample_names(store_conn, 3000, seed=7)
    store_conn.close()
    texts = searching.make_queries(names, queries, seed=11)
    report["search"] = {"queries": len(texts), "app": searching.app_search(search, texts)}
    fts_seconds = searching.build_raw_fts(raw, {s.supplier_id: s.name for s in plan})
    report["search"]["raw_fts_build_seconds"] = round(fts_seconds, 1)
    report["search"]["raw"] = searching.raw_search(
        raw, texts, ranked_every=5 if lines > 300_000 else 2
    )
    report["search"]["targets"] = searching.targets(report["search"])
    report["snapshot"] = _snapshot(store, work, report["import"]["raw"]["lines_per_s"])
    raw.close()
    db.close()
    if memory:
        report["memory"] = _memory(work / "avrop.sqlite3")
    report["load_avg_at_end"] = os.getloadavg()[0]
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks catalogue",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--suppliers", type=int, default=1000)
    parser.add_argument(
        "--data", type=Path, default=DATA_DIR, help="where the generated catalogues are cached"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="where the stores go (default: a temporary folder, removed)",
    )
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--no-memory", action="store_true", help="skip the RSS subprocess")
    parser.add_argument(
        "--snapshot-from",
        type=Path,
        default=None,
        help="measure only the raw baseline and the snapshot part, on a copy of this store",
    )
    parser.add_argument(
        "--delta-from",
        type=Path,
        default=None,
        help="measure only the delta (and the raw baseline), on a copy of this store",
    )
    parser.add_argument("--rounds", type=int, default=5, help="delta rounds (--delta-from)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="avrop-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    for name in ("avrop.sqlite3", "raw.sqlite3"):
        for suffix in ("", "-wal", "-shm"):
            (work / (name + suffix)).unlink(missing_ok=True)
    try:
        if args.delta_from:
            report = run_delta_only(
                args.lines, args.suppliers, args.data, work, args.delta_from, args.rounds
            )
        elif args.snapshot_from:
            report = run_snapshot_only(
                args.lines, args.suppliers, args.data, work, args.snapshot_from
            )
        else:
            report = run(
                args.lines, args.suppliers, args.data, work, args.queries, not args.no_memory
            )
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
