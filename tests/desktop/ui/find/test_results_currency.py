"""Every price in the results names the currency of its item (DKK in the Danish demo,
NOK in the Norwegian), whatever the other rows' currency."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find.results_model import FindResultsModel

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal


def _row(item_id: int, currency: str, price: str) -> ItemRow:
    return ItemRow(
        item_id, "s-nappies-1", f"A{item_id}", "Bleer Maxi 40 stk", "", "Tryg Pleje A/S",
        "a-nappies", "EGB-2024-009", "Bleer", "direct", None, None, Decimal(price), currency,
        Decimal(1), "XPK", Decimal(40), "EA", None, (), False, False, None, None, None, 1,
    )  # fmt: skip


def _model(rows: dict[int, ItemRow]) -> FindResultsModel:
    def load(ids: list[int], done: Callable[[list[ItemRow]], None]) -> None:
        done([rows[i] for i in ids])

    model = FindResultsModel(load)
    model.set_result(list(rows), complete=True)
    return model


def _texts(model: FindResultsModel, column: int) -> list[Any]:
    model.data(model.index(0, column), DISPLAY)  # asks for the rows
    return [model.data(model.index(r, column), DISPLAY) for r in range(model.rowCount())]


def test_every_price_names_its_own_currency(qapp: Any) -> None:
    model = _model({1: _row(1, "DKK", "124.18"), 2: _row(2, "SEK", "99.00")})
    prices = _texts(model, FindResultsModel.PRICE)
    compares = _texts(model, FindResultsModel.COMPARE)
    assert "124" in prices[0] and "DKK" in prices[0] and "SEK" not in prices[0]
    assert "DKK" in compares[0]
    assert "SEK" in prices[1] and "DKK" not in prices[1]
    header = model.headerData(FindResultsModel.PRICE, HORIZONTAL, DISPLAY)
    assert "SEK" not in header and "DKK" not in header  # the cells say it, not the header
