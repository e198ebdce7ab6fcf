"""The Spend view on the hand-computed fixture: chart model, tables, click-through, states.

Real widgets offscreen, a real store; the figures come from the fixture report (the
server's answer for it is checked in ``tests/central_api/test_spend_api.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QWidget,
)

from desktop.domain.spend import SpendKind
from desktop.storage.spend_cache import CachedSpend
from desktop.ui.spend.chart import PARTS, SpendChart, SpendChartModel
from desktop.ui.spend.models import SORT_ROLE
from desktop.ui.spend.page import SpendPage
from desktop.ui.spend.tables import KIND_NAMES
from tests.fixtures.qt_app import UiEnvFactory
from tests.fixtures.spend_data import fixture_report

NBSP = "\u00a0"


@pytest.fixture
def swedish() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def page(qtbot: Any, ui_env: UiEnvFactory, swedish: None) -> SpendPage:
    env = ui_env()
    widget = SpendPage(env.tasks, env.services.spend, env.services.reference)
    qtbot.addWidget(widget)
    fetched = datetime.now(UTC) - timedelta(hours=3)
    widget.show_figures(CachedSpend(fixture_report(), '"e"', fetched))
    widget.resize(1100, 900)
    return widget


def test_chart_model_holds_the_three_parts_of_each_month(qtbot: Any, qtmodeltester: Any) -> None:
    model = SpendChartModel()
    model.set_months(fixture_report().months, "SEK")
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    # January: 1000.00 Avrop, 3000.00 on agreement outside, 400.00 beside
    assert [model.amount(0, k) for k in PARTS] == [
        Decimal("1000.00"), Decimal("3000.00"), Decimal("400.00")]  # fmt: skip
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Through Avrop"
    view = SpendChart(model)
    qtbot.addWidget(view)
    sets = view.series.barSets()
    assert [s.label() for s in sets] == [KIND_NAMES[k] for k in PARTS]
    assert [sets[2].at(i) for i in range(3)] == [400.0, 2456.78, 500.0]
    assert view.months_axis.count() == 3
    with qtbot.waitSignal(view.bar_clicked) as clicked:
        view.series.clicked.emit(1, sets[2])
    assert clicked.args == ["2025-02", SpendKind.OFF_AGREEMENT]


def test_every_table_model_passes_the_model_tester(page: SpendPage, qtmodeltester: Any) -> None:
    for tab in page.tabs._tabs:
        assert tab.model.rowCount() > 0, tab.key
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.view.model())  # the sorting proxy too


def test_headline_shows_the_hand_computed_figures_in_swedish(page: SpendPage) -> None:
    headline = page.headline
    assert headline.spend.value.text() == f"7{NBSP}607{NBSP}SEK"
    assert headline.e_share.value.text() == f"16,4{NBSP}%"
    assert headline.compliance.value.text() == f"55,9{NBSP}%"
    assert headline.missed.value.text() == f"213{NBSP}SEK"
    # The largest supplier beside the agreements and the agreement covering most of it.
    text = headline.callout_text.text()
    assert "Lanthandeln" in text and f"2{NBSP}333{NBSP}SEK" in text
    assert "RA-FX-2" in text and "Livsmedel" in text
    assert "timmar" in page.freshness.text() or "hours" in page.freshness.text()


def test_comparison_puts_the_best_compliance_first_and_marks_the_unit(page: SpendPage) -> None:
    view = page.tabs.tab("comparison").view
    proxy = view.model()
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == ["Förskolan Jämförelsen", "Förskolan Fixturen"]  # 75,0 % before 55,9 %
    own = proxy.index(1, 0).data(Qt.ItemDataRole.FontRole)
    assert own is not None and own.bold()
    assert proxy.index(0, 3).data() == f"75,0{NBSP}%"
    assert proxy.index(0, 3).data(SORT_ROLE) == pytest.approx(0.75)


def test_clicking_a_row_or_a_bar_shows_the_invoices_behind_it(page: SpendPage, qtbot: Any) -> None:
    page.tabs.setCurrentIndex(1)  # beside the agreements
    view = page.tabs.tab("off_agreement").view
    source = page.tabs.model("off_agreement")
    row = next(r for r in range(source.rowCount()) if source.row_at(r).supplier_id == "s-fx-off-1")
    proxy_row = view.model().mapFromSource(source.index(row, 0)).row()
    view.activated.emit(view.model().index(proxy_row, 0))
    dialog = page.last_dialog
    qtbot.addWidget(dialog)
    assert [p.invoice_id for p in dialog.purchases] == ["fx-i4", "fx-i3"]
    assert f"523,45{NBSP}SEK" in dialog.summary.text()
    agreement_column = 4  # date, supplier, what, how, agreement
    assert dialog.model.index(0, agreement_column).data() == "Covered by RA-FX-1 Kaffe och te"

    page.chart.bar_clicked.emit("2025-01", SpendKind.THROUGH_AVROP)
    dialog = page.last_dialog
    qtbot.addWidget(dialog)
    assert [p.order_id for p in dialog.purchases] == ["o-fx-i1"]


def test_offline_the_age_of_the_figures_is_said(page: SpendPage) -> None:
    page.offline = True
    page._show_state()
    page._show_freshness()
    assert not page.offline_notice.isHidden()
    assert "3" in page.offline_notice.text()


def _interactive(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QAbstractItemView)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def test_every_control_has_an_accessible_name(page: SpendPage, qtbot: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.headline.callout_button.click()
    qtbot.addWidget(page.last_dialog)
    for root in (page, page.last_dialog):
        unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in _interactive(root)
                   if not w.accessibleName()]  # fmt: skip
        assert unnamed == []


def test_an_orderer_is_told_who_sees_the_figures(qtbot: Any, ui_env: UiEnvFactory) -> None:
    from tests.fixtures.store import sample_me, sample_units

    env = ui_env()
    widget = SpendPage(env.tasks, env.services.spend, env.services.reference)
    qtbot.addWidget(widget)
    widget._loaded = True
    widget.set_context(sample_me(), sample_units())
    assert sample_me().role.value == "orderer"
    assert "managers" in widget.message.text() and widget.message.isVisibleTo(widget)
