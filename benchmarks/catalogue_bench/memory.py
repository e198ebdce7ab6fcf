"""Peak memory of a process that holds the store and scrolls a whole-catalogue result.

Run as ``python -m benchmarks.catalogue_bench.memory STORE`` (the catalogue benchmark
starts it as a subprocess): opens the store, searches with an empty text (every item:
the largest result there is), counts it and scrolls through all of it the way the Find
view's lazy model does — ids a page at a time, rows only for the page drawn — then
does the same for a one-letter query. Prints one JSON object; RSS in MB.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import psutil

from desktop.storage.database import open_database
from desktop.storage.search import CatalogueSearch

PAGE = 50


def _rss() -> float:
    return round(psutil.Process().memory_info().rss / 2**20, 1)


def scroll(search: CatalogueSearch, text: str) -> dict[str, object]:
    start = time.perf_counter()
    result = search.search(text)
    first = time.perf_counter()
    total = result.count()
    counted = time.perf_counter()
    drawn = 0
    peak = _rss()
    for offset in range(0, total, PAGE):
        ids = result.fetch_ids(offset, PAGE)
        drawn += len(result.rows(ids))
        if offset % (PAGE * 2000) == 0:
            peak = max(peak, _rss())
    end = time.perf_counter()
    return {
        "query": text, "rows": total, "drawn": drawn,
        "first_page_ms": round((first - start) * 1000, 1),
        "count_s": round(counted - first, 2), "scroll_s": round(end - counted, 1),
        "rss_mb_sampled_peak": max(peak, _rss()),
    }


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    before = _rss()
    db = open_database(path)
    search = CatalogueSearch(db)
    opened = _rss()
    runs = [scroll(search, ""), scroll(search, "s")]
    db.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"rss_mb_start": before, "rss_mb_store_open": opened, "runs": runs,
                      "peak_rss_mb": round(peak_kb / 1024, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
