"""Scrolling through a million results keeps the results model small: it holds each
id in 8 bytes, not as a Python int in a list (about 40 bytes), so that the Find page
stays under the issue's 200 MB however far it is scrolled."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find.results_model import ID_CHUNK, FindResultsModel

TOTAL = 400_000
BASE = 10**9  # ids as the store's: none of them a cached small int


def _fetch(offset: int, on_ids: Callable[[list[int]], None]) -> None:
    """As the Find page's fetcher: a fresh list of new ints for each chunk."""
    on_ids(list(range(BASE + offset, BASE + min(offset + ID_CHUNK, TOTAL))))


def _no_rows(ids: list[int], done: Callable[[list[ItemRow]], None]) -> None:
    done([])


def test_ids_scrolled_through_are_held_in_eight_bytes_each(qapp: Any) -> None:
    model = FindResultsModel(_no_rows)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        model.set_result(list(range(BASE, BASE + 100)), complete=False, fetch_ids=_fetch)
        while model.canFetchMore():  # as the view does when scrolled to the end
            model.fetchMore()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert model.rowCount() == TOTAL
    assert model.item_id(TOTAL - 1) == BASE + TOTAL - 1
    assert held < TOTAL * 8 * 1.5, f"{held / TOTAL:.1f} bytes an id"
