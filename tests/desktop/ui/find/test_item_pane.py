"""The item pane on a real synced store: "Add to cart" carries any catalogue item id."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.find.item_pane import ItemPane
from tests.desktop.ui.find.test_view import make_view, search
from tests.fixtures.find_ui import FindEnv


def test_add_to_cart_sends_ids_beyond_a_c_int(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    first = view.model.item_id(0)
    qtbot.waitUntil(lambda: getattr(view.pane.detail, "item_id", None) == first, timeout=10_000)
    detail = view.pane.detail
    assert detail is not None
    pane = ItemPane()
    qtbot.addWidget(pane)
    big = replace(detail, item_id=2**34 + 298)  # ids of the later suppliers are this big
    pane.show_detail(big)
    pane.quantity.setValue(4)
    with qtbot.waitSignal(pane.add_requested, timeout=1000) as added:
        qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert added.args == [2**34 + 298, Decimal(4)]


def test_the_item_shown_again_keeps_the_quantity_typed(qtbot: Any, find_env: FindEnv) -> None:
    """Choosing the offer already shown reads the item again; that read may land after
    the user typed a quantity (the journey's flake: 3 typed, 1 added, under the
    supplier's minimum): it keeps what was typed. Another item starts from its least."""
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    first, second = view.model.item_id(0), view.model.item_id(1)
    assert first is not None and second is not None
    qtbot.waitUntil(lambda: getattr(view.pane.detail, "item_id", None) == first, timeout=10_000)
    pane = view.pane
    pane.quantity.setFocus()
    pane.quantity.selectAll()
    qtbot.keyClicks(pane.quantity, "3")
    assert pane.quantity.value() == 3
    with qtbot.waitSignal(view.item_shown, timeout=10_000):
        view.offers.show_offer(first)  # the offer shown, chosen again
    assert pane.quantity.value() == 3
    with qtbot.waitSignal(pane.add_requested, timeout=1000) as added:
        qtbot.keyClick(pane.quantity, Qt.Key.Key_Return)
    assert added.args == [first, Decimal(3)]
    with qtbot.waitSignal(view.item_shown, timeout=10_000):
        view.offers.show_offer(second)
    assert pane.quantity.value() == pane.quantity.minimum()
