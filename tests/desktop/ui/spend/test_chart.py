"""The amount axis of the monthly chart writes numbers as the user's locale does."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGraphicsTextItem

from desktop.domain.spend import Figures, MonthFigures
from desktop.ui.spend.chart import SpendChart, SpendChartModel


def _month(month: str, avrop: str) -> MonthFigures:
    amount = Decimal(avrop)
    zero = Decimal("0.00")
    return MonthFigures(month, Figures(amount, amount, zero, zero, amount, zero, zero, 1))


@pytest.fixture
def locale() -> Iterator[Any]:
    """Sets the default locale (as the app does with the language); restores it after."""
    previous = QLocale()

    def use(language: QLocale.Language, country: QLocale.Country) -> None:
        QLocale.setDefault(QLocale(language, country))

    yield use
    QLocale.setDefault(previous)


def _axis_labels(qtbot: Any, view: SpendChart) -> list[str]:
    """The amount axis's labels as drawn (Qt Charts keeps them as text items in the scene)."""
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)

    def labels() -> list[str]:
        found = []
        for item in view.scene().items():
            obj = item.toGraphicsObject()
            if isinstance(obj, QGraphicsTextItem) and obj.metaObject().className() == (
                "ValueAxisLabel"
            ):
                found.append(" ".join(obj.toPlainText().split()))  # no-break space → space
        return found

    qtbot.waitUntil(lambda: len(labels()) >= 3, timeout=5000)
    return labels()


def _chart(qtbot: Any) -> SpendChart:
    model = SpendChartModel()
    view = SpendChart(model)
    qtbot.addWidget(view)
    model.set_months([_month("2025-01", "40000.00"), _month("2025-02", "12500.00")], "SEK")
    return view


def test_amounts_have_the_swedish_thousands_separator(qtbot: Any, locale: Any) -> None:
    locale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    labels = _axis_labels(qtbot, _chart(qtbot))
    assert "0" in labels and "40 000" in labels, labels
    assert not [label for label in labels if label.isdigit() and len(label) > 3], labels


def test_amounts_have_the_english_thousands_separator(qtbot: Any, locale: Any) -> None:
    locale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    labels = _axis_labels(qtbot, _chart(qtbot))
    assert "40,000" in labels, labels
    assert not [label for label in labels if label.isdigit() and len(label) > 3], labels
