"""The Find page's search row and filter row: each wraps into more rows when narrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
