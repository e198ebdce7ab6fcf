"""Scrolling the results repaints the rows, not the Find page: the results viewport fills
its own background (the style sheet turns that off), so the page, the splitter and the
table's frame under it are not painted again (only beside it, under the see-through
scroll bar), the item pane not at all, and a scroll by one row draws only the row
scrolled in. What the user sees is the same pixels."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from desktop.ui.find.current_row import REST_MS
from desktop.ui.find.view import FindView
from desktop.ui.shell.style import style_sheet
from tests.desktop.ui.find.test_view import make_view, search
from tests.fixtures.find_ui import FindEnv


class PaintCounter(QObject):
    """Counts the paint events of the widgets watched, and the viewport's painted rows."""

    def __init__(self, widgets: dict[str, QWidget]) -> None:
        super().__init__()
        self.names = {id(w): name for name, w in widgets.items()}
        self.painted: Counter[str] = Counter()
        self.heights: list[int] = []
        self.regions: dict[str, QRegion] = {name: QRegion() for name in widgets}
        for widget in widgets.values():
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and id(watched) in self.names:
            name = self.names[id(watched)]
            self.painted[name] += 1
            if isinstance(event, QPaintEvent) and isinstance(watched, QWidget):
                region = event.region().translated(watched.mapTo(watched.window(), QPoint()))
                self.regions[name] = self.regions[name].united(region)
            if name == "rows" and isinstance(event, QPaintEvent):
                self.heights.append(event.rect().height())
        return False


def _styled_view(qtbot: Any, env: FindEnv) -> FindView:
    view = make_view(qtbot, env)
    view.setStyleSheet(style_sheet())  # the app's: the table's frame and background
    search(qtbot, view, "")  # everything: more rows than the table shows
    model, table = view.model, view.table
    first_page = min(model.rowCount(), 40)
    qtbot.waitUntil(lambda: model.loaded_rows() >= first_page, timeout=10_000)
    assert table.rowAt(table.viewport().height() - 1) >= 0, "fewer rows than a screenful"
    QApplication.processEvents()
    return view


def _settle(qtbot: Any) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def test_scrolling_a_row_repaints_only_the_row_scrolled_in(qtbot: Any, find_env: FindEnv) -> None:
    view = _styled_view(qtbot, find_env)
    table = view.table
    table.setFocus()
    _settle(qtbot)
    counter = PaintCounter(
        {"page": view, "frame": table, "pane": view.pane, "rows": table.viewport()}
    )
    bar = table.verticalScrollBar()
    for step in range(1, 4):  # as the wheel or the arrow keys move it: a row at a time
        bar.setValue(step)
        _settle(qtbot)
    assert counter.painted["rows"] >= 3
    viewport = table.viewport()
    rows = QRect(viewport.mapTo(view.window(), QPoint()), viewport.size())
    for under in ("page", "frame"):  # painted at most beside the rows (the scroll bar)
        assert not counter.regions[under].intersects(rows), (under, counter.painted)
    assert counter.painted["pane"] == 0, counter.painted
    row_height = table.rowHeight(0)
    assert max(counter.heights) <= 2 * row_height, (counter.heights, row_height)


def test_the_viewport_stays_opaque_after_a_style_change(qtbot: Any, find_env: FindEnv) -> None:
    view = _styled_view(qtbot, find_env)
    viewport = view.table.viewport()
    assert viewport.autoFillBackground()
    view.setStyleSheet("")  # polished again: the style sheet's polish turns the fill off
    view.setStyleSheet(style_sheet())
    assert viewport.autoFillBackground()


def test_the_filled_viewport_looks_the_same(qtbot: Any, find_env: FindEnv) -> None:
    view = _styled_view(qtbot, find_env)
    search(qtbot, view, "kaff")  # a few rows: the background below them shows
    view.table.clearSelection()
    _settle(qtbot)
    filled = view.grab().toImage()
    view.table.viewport().setAutoFillBackground(False)  # as the style sheet leaves it
    view.update()
    _settle(qtbot)
    see_through = view.grab().toImage()
    fmt = QImage.Format.Format_RGB32
    assert filled.convertToFormat(fmt) == see_through.convertToFormat(fmt)


def test_paging_down_quickly_shows_only_the_row_it_stops_on(qtbot: Any, find_env: FindEnv) -> None:
    view = _styled_view(qtbot, find_env)
    table = view.table
    table.setFocus()
    qtbot.waitUntil(lambda: view.pane.detail is not None, timeout=10_000)
    qtbot.wait(REST_MS * 2)  # at rest
    shown: list[Any] = []
    view.item_shown.connect(shown.append)
    counter = PaintCounter({"pane": view.pane.viewport()})
    for _ in range(8):  # held down: the key repeats every 30 ms
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.wait(30)
    current = view.model.item_id(table.currentIndex().row())
    qtbot.waitUntil(lambda: bool(shown) and shown[-1].item_id == current, timeout=10_000)
    qtbot.wait(REST_MS * 2)
    assert table.currentIndex().row() == 8
    assert len(shown) <= 2, [d.item_id for d in shown]  # the first step's, and the last
    assert view.pane.detail is not None and view.pane.detail.item_id == current
    assert counter.painted["pane"] <= 6, counter.painted


def test_a_row_picked_after_a_rest_is_shown_at_once(qtbot: Any, find_env: FindEnv) -> None:
    view = _styled_view(qtbot, find_env)
    table = view.table
    qtbot.waitUntil(lambda: view.pane.detail is not None, timeout=10_000)
    qtbot.wait(REST_MS * 2)
    with qtbot.waitSignal(view.item_shown, timeout=REST_MS - 20) as blocker:
        table.selectRow(3)  # not held back: nothing moved just before
    assert blocker.args[0].item_id == view.model.item_id(3)


def test_no_header_measures_the_rows(qtbot: Any, find_env: FindEnv) -> None:
    """Sizing a column or a row to its contents measures every row drawn (and asks the
    lazy model for them): the widths are computed once from typical values instead."""
    view = make_view(qtbot, find_env)
    table = view.table
    to_contents = QHeaderView.ResizeMode.ResizeToContents
    for header in (table.horizontalHeader(), table.verticalHeader()):
        modes = [header.sectionResizeMode(i) for i in range(header.count())]
        assert to_contents not in modes
    widths = [table.columnWidth(c) for c in range(view.model.columnCount())]
    search(qtbot, view, "kaff")
    assert [table.columnWidth(c) for c in range(view.model.columnCount())] == widths
