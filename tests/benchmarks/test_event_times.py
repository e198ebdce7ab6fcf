"""The stall probe's event log names a receiver its own event deleted (a finished
animation's ``DeferredDelete``) instead of raising inside ``QApplication.notify``."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QPropertyAnimation
from PySide6.QtWidgets import QTableView

from benchmarks.startup_bench.event_times import _name


def test_a_receiver_deleted_by_its_own_event_is_named_by_its_class(qapp: Any) -> None:
    animation = QPropertyAnimation()
    shiboken6.delete(animation)
    assert _name(animation) == "QPropertyAnimation (deleted)"


def test_a_viewport_is_named_by_its_scroll_area(qapp: Any) -> None:
    table = QTableView()
    table.setObjectName("findResults")
    assert _name(table.viewport()) == "findResults.viewport"
    assert _name(table) == "findResults"
