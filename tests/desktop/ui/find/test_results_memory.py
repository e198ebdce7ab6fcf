"""Scrolling through a million results keeps the results model small: it holds each
id in 8 bytes, not as a Python int in a list (about 40 bytes), so that the Find page
stays under the issue's 200 MB however far it is scrolled."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find.results_model import (
    ID_CHUNK,
    KEPT_PAGES,
    PAGE,
    PLACEHOLDER,
    FindResultsModel,
)

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


def _row(item_id: int) -> ItemRow:
    return ItemRow(
        item_id, "s-1", f"A{item_id}", f"Kaffe {item_id}", "", "Gevalia AB", "a-1", "EGB-1",
        "Kaffe", "direct", None, None, Decimal("76.33"), "SEK", Decimal(1), "XPK",
        Decimal(1), "KGM", None, (), False, False, None, None, None, 1,
    )  # fmt: skip


def test_rows_scrolled_past_are_dropped_and_loaded_again_when_drawn(qapp: Any) -> None:
    asked: list[int] = []

    def load(ids: list[int], done: Callable[[list[ItemRow]], None]) -> None:
        asked.append(ids[0])
        done([_row(i) for i in ids])

    model = FindResultsModel(load)
    pages = KEPT_PAGES + 10
    model.set_result(list(range(BASE, BASE + pages * PAGE)), complete=True)
    for page in range(pages):  # scrolled through: each page drawn once
        model.data(model.index(page * PAGE, FindResultsModel.NAME))
    assert model.loaded_rows() == KEPT_PAGES * PAGE  # not every row drawn so far
    last = model.index(pages * PAGE - 1, FindResultsModel.NAME)
    assert model.data(last) == f"Kaffe {BASE + pages * PAGE - 1}\nGevalia AB"
    first = model.index(0, FindResultsModel.NAME)
    assert model.data(first) == PLACEHOLDER  # dropped: asked for again
    assert asked.count(BASE) == 2
    assert model.data(first) == f"Kaffe {BASE}\nGevalia AB"


def test_a_page_arriving_repaints_only_its_rows(qapp: Any) -> None:
    model = FindResultsModel(lambda ids, done: done([_row(i) for i in ids]))
    model.set_result(list(range(BASE, BASE + 10 * PAGE)), complete=True)
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda first, last, _roles: changed.append(
            (first.row(), last.row(), first.column(), last.column())
        )
    )
    model.data(model.index(3 * PAGE + 5, FindResultsModel.NAME))  # a row of page 3 drawn
    last_column = FindResultsModel.COLUMN_COUNT - 1
    assert changed == [(3 * PAGE, 4 * PAGE - 1, 0, last_column)]
