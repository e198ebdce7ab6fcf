"""The Find page's search row and filter row: each wraps into more rows when narrow; the
item pane goes under the results when the page is narrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from desktop.ui.shell.flow_layout import FlowRow

if TYPE_CHECKING:
    from desktop.ui.find.view import FindView


def search_row(view: FindView) -> FlowRow:
    """The label and search box (growing), then the favourites, news and ask buttons."""
    row = FlowRow()
    row.add_group(view.search_label, view.search_edit, grow=True)
    for button in (view.favourites.button, view.news_button, view.ask_button):
        row.addWidget(button)
    return row


def filter_row(view: FindView) -> FlowRow:
    """Each filter's label with its box (kept together), then the eco-label check box."""
    row = FlowRow()
    combos = (view.agreement_filter, view.supplier_filter, view.category_filter)
    for label, combo in zip(view.filter_labels, combos, strict=True):
        row.add_group(label, combo, grow=True)
    row.addWidget(view.eco_only)
    return row


class PaneBelowWhenNarrow(QObject):
    """Puts the item pane under the results (not beside them) when the page is too narrow
    for both side by side (150 %, 200 %): the pane then never scrolls sideways."""

    def __init__(self, view: FindView) -> None:
        super().__init__(view)
        self.view = view
        self.base = view.pane.minimumWidth()  # the pane's own least width
        view.splitter.installEventFilter(self)
        # New content; the timer dies with this object (a closed window fits nothing).
        view.item_shown.connect(lambda _detail: QTimer.singleShot(0, self, self.fit))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view = self.view
        content = view.pane.widget()
        pane_need = view.pane.verticalScrollBar().sizeHint().width() + max(
            content.minimumSizeHint().width() if content else 0, self.base
        )
        need = view.table.minimumSizeHint().width() + pane_need + view.splitter.handleWidth()
        beside = view.splitter.width() >= need
        if view.pane.minimumWidth() != pane_need:  # beside: never narrower than its content
            view.pane.setMinimumWidth(pane_need)
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if view.splitter.orientation() != wanted:
            view.splitter.setOrientation(wanted)
