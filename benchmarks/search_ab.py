"""``python -m benchmarks search_ab --store PATH [--work DIR] [--queries N]``.

As-you-type search alone, app against the raw unranked floor in ONE run, query by query
(app first on even queries, floor first on odd ones), so both see the same load: a
copy of an existing store (``PATH`` is only read), and a plain FTS5 table built from
its items (``catalogue_bench.searching.build_raw_fts``'s columns; kept in ``--work`` and
reused when it is there). The queries are the catalogue benchmark's. Prints one JSON
object: the app's and the floor's timings (search plus the first page's rows, by prefix
length and word count), the targets of issue 14 beside them, and the slowest keystrokes
with the garbage collections that ran during them.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.catalogue_bench import searching
from desktop.storage.catalogue_cpv import cpv_codes
from desktop.storage.catalogue_rows import UNIT_SEP
from desktop.storage.database import open_database
from desktop.storage.search import CatalogueSearch

_COLUMNS = searching.RAW_FTS_COLUMNS


def build_floor_table(store: Path, raw: sqlite3.Connection) -> float:
    """A plain FTS5 table (the floor's) over the store's items; seconds taken."""
    start = time.perf_counter()
    raw.execute(
        f"CREATE VIRTUAL TABLE raw_fts USING fts5({', '.join(_COLUMNS)}, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    labels = {code: c.labels.get("sv", "") for code, c in cpv_codes().items()}
    source = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    names = dict(source.execute("SELECT id, name FROM suppliers"))
    cursor = source.execute(
        "SELECT item_id, name, description, keywords, brand, supplier_id, seller_item_id, "
        "gtin, cpv_codes FROM catalogue_items"
    )
    marks = ", ".join("?" * (len(_COLUMNS) + 1))
    raw.execute("BEGIN")
    while rows := cursor.fetchmany(5000):
        raw.executemany(
            f"INSERT INTO raw_fts(rowid, {', '.join(_COLUMNS)}) VALUES ({marks})",
            [
                (
                    *r[:3],
                    (r[3] or "").replace(UNIT_SEP, " "),
                    r[4],
                    names.get(r[5], ""),
                    r[6],
                    r[7],
                    labels.get((r[8] or "").split(" ")[0], ""),
                )
                for r in rows
            ],
        )
    raw.execute("COMMIT")
    source.close()
    return time.perf_counter() - start


class _GcWatch:
    """Milliseconds spent in garbage collections (and their generations) since reset."""

    def __init__(self) -> None:
        self.ms = 0.0
        self.generations: list[int] = []
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.ms += (time.perf_counter() - self._start) * 1000
            self.generations.append(info["generation"])

    def reset(self) -> None:
        self.ms, self.generations = 0.0, []


def run_ab(search: CatalogueSearch, raw: sqlite3.Connection, queries: list[Any]) -> dict[str, Any]:
    floor_sql = "SELECT rowid FROM raw_fts WHERE raw_fts MATCH ? LIMIT 50"
    for text, lang, _ in queries[:50]:  # warm both
        search.search(text, language=lang)
        raw.execute(floor_sql, (searching._raw_expr(text),)).fetchall()
    app: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    floor: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    slowest: list[tuple[float, str, float, list[int], float]] = []
    watch = _GcWatch()
    gc.callbacks.append(watch)
    try:
        for n, (text, lang, length) in enumerate(queries):
            expr = searching._raw_expr(text)
            for side in ("app", "floor") if n % 2 == 0 else ("floor", "app"):
                start, cpu = time.perf_counter(), time.thread_time()
                if side == "app":
                    watch.reset()
                    result = search.search(text, language=lang, limit=50)
                    result.rows(result.first_page(50))
                else:
                    raw.execute(floor_sql, (expr,)).fetchall()
                ms = (time.perf_counter() - start) * 1000
                cpu_ms = (time.thread_time() - cpu) * 1000
                into = app if side == "app" else floor
                for key in ("all", f"prefix {length}", f"words {len(text.split())}"):
                    into[key]["ms"].append(ms)
                into["all"]["cpu"].append(cpu_ms)
                if side == "app":
                    slowest.append((ms, text, cpu_ms, watch.generations, watch.ms))
    finally:
        gc.callbacks.remove(watch)
    slowest.sort(reverse=True)

    def figures(part: dict[str, dict[str, list[float]]]) -> dict[str, Any]:
        return {
            "p95_ms": searching.percentiles(part["all"]["ms"]),
            "cpu_ms": searching.percentiles(part["all"]["cpu"]),
            "buckets_p95_ms": {
                k: searching.percentiles(v["ms"])["p95"]
                for k, v in sorted(part.items())
                if k != "all"
            },
        }

    app_f, floor_f = figures(app), figures(floor)
    app_p95, floor_p95 = app_f["p95_ms"]["p95"], floor_f["p95_ms"]["p95"]
    worst = max(app_f["buckets_p95_ms"].items(), key=lambda kv: kv[1])
    return {
        "app_search_and_first_page_rows": app_f,
        "floor_match_limit50": floor_f,
        "targets": {
            "app_p95_ms": app_p95,
            "floor_p95_ms": floor_p95,
            "ratio_app_to_floor_p95": round(app_p95 / floor_p95, 2),
            "app_cpu_p95_ms": app_f["cpu_ms"]["p95"],
            "floor_cpu_p95_ms": floor_f["cpu_ms"]["p95"],
            "worst_bucket": worst[0],
            "worst_bucket_p95_ms": worst[1],
            "met": app_p95 <= floor_p95 and worst[1] <= searching.BUCKET_P95_MS,
        },
        "slowest_app": [
            {"ms": round(ms, 2), "text": t, "cpu_ms": round(c, 2), "gc": g, "gc_ms": round(gm, 2)}
            for ms, t, c, g, gm in slowest[:8]
        ],
    }


def _copy_store(store: Path, copy: Path) -> None:
    """A consistent copy (SQLite's backup API: what the store's WAL holds comes too)."""
    source = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks search_ab", description=__doc__)
    parser.add_argument("--store", type=Path, required=True, help="a catalogue store (read)")
    parser.add_argument("--work", type=Path, default=None, help="kept: the floor's table")
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="avrop-search-ab-"))
    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"benchmark": "search_ab", "store": str(args.store)}
    try:
        copy = work / "avrop.sqlite3"
        for suffix in ("-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
        _copy_store(args.store, copy)
        raw_path = work / "raw-fts.sqlite3"
        fresh = not raw_path.exists()
        raw = sqlite3.connect(raw_path, isolation_level=None)
        if fresh:
            report["floor_table_seconds"] = round(build_floor_table(copy, raw), 1)
        db = open_database(copy)
        search = CatalogueSearch(db)
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        names = searching.sample_names(conn, 3000, seed=7)
        report["items"] = conn.execute("SELECT count(*) FROM catalogue_items").fetchone()[0]
        conn.close()
        texts = searching.make_queries(names, args.queries, seed=11)
        report["load_avg_at_start"] = os.getloadavg()[0]
        report.update(run_ab(search, raw, texts))
        report["load_avg_at_end"] = os.getloadavg()[0]
        raw.close()
        db.close()
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
