"""A page's texts are made on the database worker from the rows and values captured on
the UI thread when the page was asked for: the worker never reads the model (a QObject
of the UI thread), and texts made in the language of before a change are not kept."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt

from desktop.ui.find.result_texts import NEW, result_tr, row_texts
from desktop.ui.find.results_model import FindResultsModel
from desktop.ui.find.results_pages import PreparedPage, RowsArrival
from tests.desktop.ui.find.test_results_currency import _row

DISPLAY = Qt.ItemDataRole.DisplayRole


def _model(asked: list[RowsArrival]) -> FindResultsModel:
    """A model whose loader keeps each page's arrival (delivered by the test)."""
    return FindResultsModel(lambda _ids, arrival: asked.append(arrival))


def test_a_page_is_formatted_with_what_was_captured_when_it_was_asked_for(qapp: Any) -> None:
    offered_by_three = dataclasses.replace(_row(2, "EUR", "12.50"), offers=3)  # "+2 more…"
    rows = [_row(1, "SEK", "10.00"), offered_by_three]
    asked: list[RowsArrival] = []
    model = _model(asked)
    day, new = date(2026, 3, 2), frozenset({rows[0].agreement_id or ""})
    model.set_result([1, 2], complete=True, today=day, new_agreements=new)
    model.data(model.index(0, 0), DISPLAY)  # drawn: the page is asked for
    (arrival,) = asked
    # The UI thread moves on while the worker formats: the model's values change, then
    # the model itself is gone. The page is made with what was captured when asked.
    model._new = frozenset()
    model._today = date(2030, 1, 1)
    shiboken6.delete(model)
    prepared = arrival.prepare(rows)
    assert prepared == PreparedPage(rows, [row_texts(r, day, new) for r in rows])
    assert result_tr(NEW) in prepared.texts[0][FindResultsModel.LABELS]


def test_texts_made_before_a_change_of_language_are_not_kept(qapp: Any) -> None:
    rows = [_row(1, "SEK", "10.00")]
    asked: list[RowsArrival] = []
    model = _model(asked)
    model.set_result([1], complete=True)
    index = model.index(0, FindResultsModel.PRICE)
    model.data(index, DISPLAY)
    (arrival,) = asked
    made_before = ("old language",) * FindResultsModel.COLUMN_COUNT
    model.retranslate()  # while the page is on its way
    arrival(PreparedPage(rows, [made_before]))
    assert model.loaded_rows() == 1  # the rows are kept
    assert model.data(index, DISPLAY) == row_texts(rows[0], date.today(), frozenset())[1]


def test_texts_made_in_the_current_language_are_kept(qapp: Any) -> None:
    rows = [_row(1, "SEK", "10.00")]
    asked: list[RowsArrival] = []
    model = _model(asked)
    model.set_result([1], complete=True)
    index = model.index(0, FindResultsModel.PRICE)
    model.data(index, DISPLAY)
    made = ("made on the worker",) * FindResultsModel.COLUMN_COUNT
    asked[0](PreparedPage(rows, [made]))
    assert model.data(index, DISPLAY) == "made on the worker"  # not formatted again
