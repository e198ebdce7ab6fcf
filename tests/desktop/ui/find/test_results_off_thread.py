"""No frozen frames: the Find results never load or format a row on the UI thread (a
real synced store, the real Find page drawn offscreen; timing is the benchmark's)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find import results_pages
from desktop.ui.find.results_model import FindResultsModel
from desktop.ui.find.view import FindView
from tests.desktop.ui.find.test_view import make_view, search
from tests.fixtures.find_ui import FindEnv


def _drawn(qtbot: Any, view: FindView, rows: int) -> None:
    """Paint the results (as the screen does) until ``rows`` rows show their data."""
    model = view.model

    def shown() -> bool:
        view.table.viewport().grab()  # a real paint: the delegate asks for every role
        return model.loaded_rows() >= min(rows, model.rowCount())

    qtbot.waitUntil(shown, timeout=10_000)
    view.table.viewport().grab()


def test_rows_are_loaded_and_formatted_on_the_worker_never_on_the_ui_thread(
    qtbot: Any, find_env: FindEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = threading.main_thread()
    loaded_on: list[threading.Thread] = []
    formatted_on: list[threading.Thread] = []
    rows: Callable[[list[int]], list[ItemRow]] = find_env.service.rows
    row_texts = results_pages.row_texts

    def loading(ids: list[int]) -> list[ItemRow]:
        loaded_on.append(threading.current_thread())
        return rows(ids)

    def formatting(row: ItemRow, *args: Any) -> tuple[str, ...]:
        formatted_on.append(threading.current_thread())
        return row_texts(row, *args)

    monkeypatch.setattr(find_env.service, "rows", loading)
    monkeypatch.setattr(results_pages, "row_texts", formatting)
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaff")
    _drawn(qtbot, view, 10)
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # a page further down, drawn for the first time
    _drawn(qtbot, view, 10)

    model = view.model
    first = model.data(model.index(0, FindResultsModel.NAME))
    assert "kaff" in first.lower()  # the rows show their texts
    assert model.data(model.index(0, FindResultsModel.PRICE))
    assert loaded_on and formatted_on
    assert main not in loaded_on, "a page of rows was read on the UI thread"
    assert main not in formatted_on, "a row's texts were formatted on the UI thread"


def test_a_change_of_language_formats_the_rows_again(qtbot: Any, find_env: FindEnv) -> None:
    """The cached texts are the language's they were made in: retranslating drops them."""
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaff")
    _drawn(qtbot, view, 3)
    model = view.model
    index = model.index(0, FindResultsModel.NAME)
    before = model.data(index)
    model._texts[model.item_id(0)] = ("stale",) * model.COLUMN_COUNT  # type: ignore[index]
    assert model.data(index) == "stale"  # served from the cache
    model.retranslate()
    assert model.data(index) == before
