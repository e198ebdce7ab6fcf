"""FlowRow: a row of controls that wraps when narrow, each keeping its full text."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.shell.flow_layout import FlowRow


def _page(qtbot: Any) -> tuple[QWidget, list[QPushButton], QComboBox]:
    page = QWidget()
    qtbot.addWidget(page)
    row = FlowRow()
    combo = QComboBox(page)
    combo.addItem("All")
    row.add_group(QLabel("&Agreement:", page), combo, grow=True)
    buttons = [QPushButton(text, page) for text in ("Favourites", "News", "Ask the office")]
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(page)
    layout.addLayout(row)
    layout.addStretch(1)
    return page, buttons, combo


def _settle(page: QWidget, width: int) -> None:
    page.resize(width, page.minimumSizeHint().height() + 200)
    for _ in range(5):
        QApplication.processEvents()


def test_one_row_when_wide_and_the_growing_group_takes_the_room(qtbot: Any) -> None:
    page, buttons, combo = _page(qtbot)
    page.show()
    _settle(page, 1200)
    tops = {button.geometry().top() for button in buttons}
    group = combo.parentWidget()
    assert group is not None
    assert len(tops) == 1 and group.geometry().top() in tops  # all on one row
    assert buttons[-1].geometry().right() <= page.width()
    assert group.width() > 1200 - sum(b.width() for b in buttons) - 100  # stretched


def test_wraps_when_narrow_keeping_every_button_whole(qtbot: Any) -> None:
    page, buttons, _combo = _page(qtbot)
    page.show()
    widest = max(button.minimumSizeHint().width() for button in buttons)
    assert page.minimumSizeHint().width() < 2 * widest + 100  # not the whole row's width
    _settle(page, widest + 30)
    tops = [button.geometry().top() for button in buttons]
    assert len(set(tops)) > 1  # more rows
    for button in buttons:
        assert button.width() >= button.minimumSizeHint().width(), button.text()
        assert button.geometry().right() <= page.width()
    rows_bottom = max(button.geometry().bottom() for button in buttons)
    assert page.minimumSizeHint().height() >= rows_bottom  # the page asks for the rows' height
