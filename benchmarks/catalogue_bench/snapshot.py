"""First sync from a prepared store snapshot (issue 14): the one-time export on the
server and the client's first sync, against the raw baseline of the same run.

``export_timed`` exports the benchmark's store (``export_snapshot``: what the server's
builder does once per municipality). ``first_sync`` starts this module as a separate
process (``python -m benchmarks.catalogue_bench.snapshot SNAPSHOT SHA256 WORK``), so its
peak RSS is the first sync's alone: it makes a fresh store with the app's migrations
(timed apart: the app does so at its first start, before any sync), then times the
first sync itself — the file streamed by plain reads into the work folder with its
SHA-256 checked (the HTTP download is measured by the network half), the checks and
the install (``install_snapshot``) — and a first one-letter search on the result (its
first page, then its count), then the same search again to show what cold pages cost.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.process_memory import peak_rss_mb
from desktop.storage.catalogue_snapshot import export_snapshot, install_snapshot
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import open_database
from desktop.storage.search import CatalogueSearch

CHUNK = 1 << 20


def export_timed(store: CatalogueStore, out: Path) -> dict[str, Any]:
    """Export the store's catalogue to ``out``: seconds, CPU seconds, size, SHA-256."""
    start, cpu = time.perf_counter(), time.process_time()
    contents = export_snapshot(store, out)
    seconds, cpu_s = time.perf_counter() - start, time.process_time() - cpu
    return {
        "lines": contents.lines,
        "suppliers": len(contents.catalogues),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_s, 2),
        "file_mb": round(out.stat().st_size / 2**20, 1),
        "sha256": _sha256(out),
        "note": "one-time, server-side preparation (per municipality)",
    }


def first_sync(snapshot: Path, sha256: str, work: Path, raw_lines_per_s: float) -> dict[str, Any]:
    """The client's first sync from ``snapshot`` in its own process, with the ratio
    of its lines/s to the raw baseline's (``raw_lines_per_s``, same run)."""
    module = "benchmarks.catalogue_bench.snapshot"
    out = subprocess.run(
        [sys.executable, "-m", module, str(snapshot), sha256, str(work)],
        check=False,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    if out.returncode != 0:
        raise RuntimeError(f"the first sync from the snapshot failed:\n{out.stderr}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    rate = result["lines"] / result["seconds"]
    result["lines_per_s"] = round(rate)
    result["seconds_per_million"] = round(result["seconds"] * 1e6 / result["lines"], 1)
    result["raw_lines_per_s"] = round(raw_lines_per_s)
    result["ratio_to_raw"] = round(rate / raw_lines_per_s, 2)
    result["target_seconds_per_million_at_most"] = 60
    result["target_ratio_at_least"] = 1.0
    result["target_peak_rss_mb_at_most"] = 200
    return result


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fetch(source: Path, target: Path, sha256: str) -> int:
    """Stream ``source`` to ``target`` by plain reads, hashing as it goes."""
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
    if digest.hexdigest() != sha256:
        raise SystemExit(f"{source}: SHA-256 mismatch")
    return size


def _run(snapshot: Path, sha256: str, work: Path) -> dict[str, Any]:
    store_path, fetched = work / "first-sync.sqlite3", work / "fetched.snapshot"
    for path in (fetched, *(Path(f"{store_path}{s}") for s in ("", "-wal", "-shm"))):
        path.unlink(missing_ok=True)
    start = time.perf_counter()
    db = open_database(store_path)
    store = CatalogueStore(db)  # loads the CPV labels, as at the app's first start
    fresh_s = time.perf_counter() - start

    start, cpu = time.perf_counter(), time.process_time()
    size = _fetch(snapshot, fetched, sha256)
    fetch_s = time.perf_counter() - start
    contents = install_snapshot(store, fetched)
    seconds, cpu_s = time.perf_counter() - start, time.process_time() - cpu

    first = _timed_search(CatalogueSearch(db))
    again = _timed_search(CatalogueSearch(db))  # the same, its pages now warm
    db.close()
    fetched.unlink()
    return {
        "lines": contents.lines,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_s, 2),
        "fetch_and_sha256_seconds": round(fetch_s, 2),
        "check_and_install_seconds": round(seconds - fetch_s, 2),
        "file_mb": round(size / 2**20, 1),
        "fresh_store_seconds_not_counted": round(fresh_s, 2),
        "first_search_ms": round(first["page_ms"] + first["count_ms"], 1),
        "first_search_page_ms": first["page_ms"],
        "first_search_count_ms": first["count_ms"],
        "first_search_hits": first["hits"],
        "second_search_page_ms": again["page_ms"],
        "second_search_count_ms": again["count_ms"],
        "peak_rss_mb": peak_rss_mb(),
    }


def _timed_search(search: CatalogueSearch, text: str = "a") -> dict[str, Any]:
    """A one-letter search as the Find page runs it: the first page's rows (what the
    user waits for), then the count of every hit (off the UI thread, "…" meanwhile)."""
    start = time.perf_counter()
    result = search.search(text)
    result.rows(result.first_page(50))
    page_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    hits = result.count()
    count_ms = (time.perf_counter() - start) * 1000
    return {"page_ms": round(page_ms, 1), "count_ms": round(count_ms, 1), "hits": hits}


def main(argv: list[str]) -> int:
    snapshot, sha256, work = Path(argv[0]), argv[1], Path(argv[2])
    print(json.dumps(_run(snapshot, sha256, work)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
