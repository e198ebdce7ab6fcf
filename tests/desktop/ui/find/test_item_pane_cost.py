"""Showing another item in the pane (every row the user stops on) does only what changed:
no new style sheet for the badge when its colour stays (a re-polish and a layout pass),
the form's rows shown or hidden only when that changes, and the stand-in picture drawn
from its SVG once. What it shows is unchanged (the last test)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout

from desktop.storage.catalogue_views import ItemDetail
from desktop.ui.find.item_pane import ItemPane
from desktop.ui.shell.style import icon
from tests.desktop.ui.find.test_view import make_view, search
from tests.fixtures.find_ui import FindEnv


class _StyleChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


@pytest.fixture
def shown_detail(qtbot: Any, find_env: FindEnv) -> ItemDetail:
    """A real item's detail, as the Find page read it from the synced store."""
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    first = view.model.item_id(0)
    qtbot.waitUntil(lambda: getattr(view.pane.detail, "item_id", None) == first, timeout=10_000)
    assert view.pane.detail is not None
    return view.pane.detail


def _another(detail: ItemDetail, n: int) -> ItemDetail:
    return replace(detail, item_id=detail.item_id + n, name=f"{detail.name} {n}", image_ref=None)


def test_the_badge_is_not_restyled_while_its_colour_stays(
    qtbot: Any, shown_detail: ItemDetail
) -> None:
    pane = ItemPane()
    qtbot.addWidget(pane)
    pane.show_detail(shown_detail)
    changes = _StyleChanges()
    pane.badge.installEventFilter(changes)
    for n in range(1, 4):
        pane.show_detail(_another(shown_detail, n))
    assert changes.count == 0
    pane.show_detail(replace(shown_detail, agreement_id=None, item_id=1))
    assert changes.count == 1  # another colour: restyled


def test_form_rows_are_shown_or_hidden_only_when_that_changes(
    qtbot: Any, shown_detail: ItemDetail, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = ItemPane()
    qtbot.addWidget(pane)
    pane.show_detail(shown_detail)
    calls: list[bool] = []
    real = QFormLayout.setRowVisible

    def counted(layout: QFormLayout, row: Any, on: bool) -> None:
        calls.append(on)
        real(layout, row, on)

    monkeypatch.setattr(QFormLayout, "setRowVisible", counted)
    pane.show_detail(_another(shown_detail, 1))  # the same fields filled
    assert calls == []
    pane.show_detail(_another(replace(shown_detail, gtin=None), 2))
    assert calls == [False]  # the GTIN's row hidden (and the value's row reports it)
    assert not pane.form.isRowVisible(pane.values["gtin"])


def test_the_stand_in_picture_is_drawn_once(
    qtbot: Any, shown_detail: ItemDetail, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []

    def counted(name: str) -> Any:
        drawn.append(name)
        return icon(name)

    monkeypatch.setattr("desktop.ui.find.item_pane.icon", counted)
    pane = ItemPane()
    qtbot.addWidget(pane)
    for n in range(1, 4):
        pane.show_detail(_another(shown_detail, n))
    assert drawn.count("item-picture") == 1
    assert not pane.picture.pixmap().isNull()
