"""Favourites on the Find place, through the real widgets on a real synced store: Ctrl+D
stars the chosen item, the Favourites toggle lists them as the results, one goes into the
cart from there in one step, a favourite that left the catalogue is named as gone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from desktop.services.find import FindQuery
from desktop.storage.favourite_repo import FavouriteRepository
from desktop.ui.find.view import FindView
from tests.desktop.ui.find.test_view import make_view, search
from tests.fixtures.find_ui import FindEnv

UNIT = "u-forskola-solrosen"


def _first_item_shown(qtbot: Any, view: FindView) -> Any:
    qtbot.waitUntil(
        lambda: view.pane.detail is not None and view.pane.detail.item_id == view.model.item_id(0),
        timeout=10_000,
    )
    return view.pane.detail


def _list_favourites(qtbot: Any, view: FindView) -> list[Any]:
    with qtbot.waitSignal(view.favourites.shown, timeout=10_000) as blocker:
        view.favourites.button.click()
    items: list[Any] = blocker.args[0]
    return items


def test_ctrl_d_stars_the_item_and_the_favourites_list_adds_it_to_the_cart(
    qtbot: Any, find_env: FindEnv
) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaff")
    detail = _first_item_shown(qtbot, view)
    assert not view.pane.star.isChecked()
    view.activateWindow()
    view.table.setFocus()
    with qtbot.waitSignal(view.favourites.starred, timeout=10_000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [True]
    assert view.pane.star.isChecked()
    assert "Ctrl+D" in view.pane.star.accessibleName()
    repo = FavouriteRepository(find_env.services.database)
    assert repo.contains("orderer", detail.supplier_id, detail.seller_item_id)
    # One starred while it was in the catalogue, gone since.
    repo.add("orderer", detail.supplier_id, "NO-LONGER-SOLD", "Gammalt kaffe")

    items = _list_favourites(qtbot, view)
    assert [(i.favourite.seller_item_id, i.gone) for i in items] == [
        ("NO-LONGER-SOLD", True),
        (detail.seller_item_id, False),
    ]
    assert view.model.rowCount() == 1
    assert view.model.item_id(0) == detail.item_id
    assert view.favourites.gone_label.isVisible()
    assert "Gammalt kaffe" in view.favourites.gone_label.text()
    _first_item_shown(qtbot, view)
    qtbot.waitUntil(view.pane.star.isChecked, timeout=10_000)  # the store says: starred

    with qtbot.waitSignal(view.cart_changed, timeout=10_000):
        view.pane.add_button.click()
    cart = find_env.service.orders.cart(UNIT)
    assert [ln.seller_item_id for ln in cart.lines] == [detail.seller_item_id]

    # Typing a need leaves the list for a search again.
    search(qtbot, view, "blöj")
    assert not view.favourites.button.isChecked()
    assert not view.favourites.gone_label.isVisible()


def test_unstarring_removes_the_favourite_and_an_empty_list_says_how_to_star(
    qtbot: Any, find_env: FindEnv
) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaff")
    detail = _first_item_shown(qtbot, view)
    with qtbot.waitSignal(view.favourites.starred, timeout=10_000):
        view.pane.star.click()
    with qtbot.waitSignal(view.favourites.starred, timeout=10_000) as blocker:
        view.pane.star.click()
    assert blocker.args == [False]
    repo = FavouriteRepository(find_env.services.database)
    assert not repo.contains("orderer", detail.supplier_id, detail.seller_item_id)
    assert _list_favourites(qtbot, view) == []
    assert view.model.rowCount() == 0
    assert "Ctrl+D" in view.count_label.text()
    assert view.favourites.button.accessibleName()


def test_favourites_are_per_user_and_survive_a_sign_out(find_env: FindEnv) -> None:
    services, favourites = find_env.services, find_env.service.favourites
    run_db = services.run_db
    answer = run_db(lambda: find_env.service.query(FindQuery("kaffe"), date.today()))
    item_id = answer.first_ids[0]
    detail = run_db(lambda: find_env.service.item(item_id, "sv"))
    assert run_db(lambda: favourites.set_favourite(detail, True))

    services.auth.sign_out()
    assert run_db(favourites.items) == []  # nobody signed in: nobody's favourites
    services.auth.sign_in(find_env.server_url, "superuser", "demo", remember=False)
    assert run_db(favourites.items) == []  # another user's are not theirs
    assert not run_db(lambda: favourites.is_favourite(detail))
    services.auth.sign_out()
    services.auth.sign_in(find_env.server_url, "orderer", "demo", remember=False)
    mine = run_db(favourites.items)
    assert [(i.item_id, i.gone) for i in mine] == [(item_id, False)]
