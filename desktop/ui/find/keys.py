"""The keyboard path through the Find place: from the search box down to the results (or
to the procurement office when nothing was found), Enter on an item to its quantity, and
Enter there puts it in the cart (the item pane does that last step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from desktop.ui.find.view import FindView

DOWN_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)


class FindKeys(QObject):
    """Down (or Page Down) in the search box goes to the results; Enter or a double click
    on an item goes to its quantity."""

    def __init__(self, view: FindView) -> None:
        super().__init__(view)
        self.view = view
        self._waiting_for: int | None = None  # the item whose details are still loading
        view.search_edit.installEventFilter(self)
        view.table.activated.connect(lambda _index: self.to_quantity())
        view.item_shown.connect(lambda _detail: self._shown())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in DOWN_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self.to_results()
        return False

    def to_results(self) -> bool:
        """Focus the current result (the first when none); the office's button when the
        search found nothing. False when there is nowhere to go."""
        view = self.view
        if view.empty_box.isVisible():
            view.bottom_ask.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if view.model.rowCount() == 0:
            return False
        if not view.table.currentIndex().isValid():
            view.table.selectRow(0)
        view.table.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def to_quantity(self) -> None:
        """Choose how many of the current item (typing replaces the number); once its
        details are shown, so that Enter never adds the item shown before."""
        view = self.view
        item_id = view.model.item_id(view.table.currentIndex().row())
        detail = view.pane.detail
        if item_id is None:
            return
        if detail is None or detail.item_id != item_id:
            self._waiting_for = item_id
            view.current_row.show_now()  # not held back for a rest: it is chosen
            return
        self._waiting_for = None
        view.pane.quantity.setFocus(Qt.FocusReason.TabFocusReason)
        view.pane.quantity.selectAll()

    def _shown(self) -> None:
        waiting = self._waiting_for
        view = self.view
        current = view.model.item_id(view.table.currentIndex().row())
        detail = view.pane.detail
        if waiting is None or (
            current == waiting and (detail is None or detail.item_id != waiting)
        ):
            return  # an earlier row's details: still waiting for the chosen one's
        self._waiting_for = None
        if detail is not None and detail.item_id == waiting == current:
            self.to_quantity()
