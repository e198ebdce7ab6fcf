"""The guidance card and the results under it never contradict each other: under an
agreement outside Avrop's shop only items naming the words are listed (here none), and
a need recognised despite a slip lists the items the card promises."""

from __future__ import annotations

from typing import Any

from desktop.domain.guidance_resolve import OrderChannel
from tests.desktop.ui.find.test_view import make_view, search, shown_rows
from tests.fixtures.find_ui import FindEnv


def test_a_need_outside_the_shop_lists_no_unrelated_items(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "möbler")
    (card, *_) = view.guidance.cards
    assert card.guide.agreement.id == "a-furniture"
    assert card.guide.channel is OrderChannel.ASK_OFFICE
    assert view.model.rowCount() == 0  # not 1,062 staplers and scissors
    qtbot.waitUntil(view.empty_label.isVisible, timeout=5000)
    assert "“möbler”" in view.empty_label.text()
    assert "procurement office runs the call-off" in view.empty_label.text()

    search(qtbot, view, "bord")  # a keyboard ("tangentbord") is not a table
    assert view.guidance.cards[0].guide.agreement.id == "a-furniture"
    assert view.model.rowCount() == 0

    search(qtbot, view, "taxi")
    qtbot.waitUntil(view.empty_label.isVisible, timeout=5000)
    assert "not in Avrop's shop" in view.empty_label.text()


def test_a_slip_lists_the_items_the_card_promises(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "ikaffe")
    (card, *_) = view.guidance.cards
    assert card.guide.channel is OrderChannel.AVROP
    assert "Order here in Avrop" in card.how.text()
    rows = shown_rows(qtbot, view, 10)
    assert rows and all(r.agreement_id == "a-coffee" for r in rows)
    assert all("kaffe" in r.name.casefold() for r in rows[:5])
    assert not view.empty_label.isVisible()
