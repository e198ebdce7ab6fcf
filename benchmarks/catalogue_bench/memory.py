"""Peak memory of a process that holds the store and scrolls a whole-catalogue result.

Run as ``python -m benchmarks.catalogue_bench.memory STORE`` (the catalogue benchmark
starts it as a subprocess): opens the store, searches with an empty text (every item:
the largest result there is), counts it and scrolls through all of it the way the Find
view's lazy model does — ids a page at a time, rows only for the page drawn — then
does the same for a one-letter query. Prints one JSON object; RSS in MB.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import psutil

from benchmarks.process_memory import peak_rss_kb
from desktop.storage.database import open_database
from desktop.storage.search import CatalogueSearch

PAGE = 50


def _rss() -> float:
    rss: int = psutil.Process().memory_info().rss
    return round(rss / 2**20, 1)


class Sampler(threading.Thread):
    """Samples RSS every few milliseconds and remembers during which step it peaked."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.step = "start"
        self.peak = 0.0
        self.peak_step = ""

    def run(self) -> None:
        while True:
            rss = _rss()
            if rss > self.peak:
                self.peak, self.peak_step = rss, self.step
            time.sleep(0.003)


def scroll(search: CatalogueSearch, text: str, sampler: Sampler) -> dict[str, object]:
    sampler.step = f"search {text!r}"
    start = time.perf_counter()
    result = search.search(text)
    first = time.perf_counter()
    sampler.step = f"count {text!r}"
    total = result.count()
    counted = time.perf_counter()
    sampler.step = f"scroll {text!r}"
    drawn = 0
    peak = _rss()
    for offset in range(0, total, PAGE):
        ids = result.fetch_ids(offset, PAGE)
        drawn += len(result.rows(ids))
        if offset % (PAGE * 2000) == 0:
            peak = max(peak, _rss())
    end = time.perf_counter()
    return {
        "query": text,
        "rows": total,
        "drawn": drawn,
        "first_page_ms": round((first - start) * 1000, 1),
        "count_s": round(counted - first, 2),
        "scroll_s": round(end - counted, 1),
        "rss_mb_sampled_peak": max(peak, _rss()),
    }


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    wal = path.with_name(path.name + "-wal")
    wal_mb = round(wal.stat().st_size / 2**20, 1) if wal.exists() else 0.0
    sampler = Sampler()
    sampler.start()
    before = _rss()
    sampler.step = "open"
    db = open_database(path)
    search = CatalogueSearch(db)
    opened = _rss()
    runs = [scroll(search, "", sampler), scroll(search, "s", sampler)]
    db.close()
    peak_kb = peak_rss_kb()
    print(
        json.dumps(
            {
                "wal_mb_at_start": wal_mb,
                "rss_mb_start": before,
                "rss_mb_store_open": opened,
                "runs": runs,
                "sampled_peak_mb": sampler.peak,
                "sampled_peak_during": sampler.peak_step,
                "peak_rss_mb": round(peak_kb / 1024, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
