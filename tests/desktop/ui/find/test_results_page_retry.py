"""A page whose loading failed is asked for again when drawn again: left marked as
pending, its rows would never come (the journey waited 30 s for them once)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.find.results_model import FindResultsModel, RowsArrival
from tests.desktop.ui.find.test_results_currency import _row

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_a_failed_page_is_asked_for_again(qapp: Any) -> None:
    rows = {1: _row(1, "SEK", "10.00"), 2: _row(2, "SEK", "12.00")}
    asked: list[list[int]] = []

    def load(ids: list[int], arrival: RowsArrival) -> None:
        asked.append(ids)
        if len(asked) == 1:
            arrival.failed(OSError("database is locked"))
        else:
            arrival(arrival.prepare([rows[i] for i in ids]))

    model = FindResultsModel(load)
    model.set_result(list(rows), complete=True)
    model.data(model.index(0, 0), DISPLAY)  # drawn: asked for, and the loading fails
    assert model.loaded_rows() == 0
    model.data(model.index(0, 0), DISPLAY)  # drawn again: asked for again
    assert len(asked) == 2
    assert model.loaded_rows() == 2
