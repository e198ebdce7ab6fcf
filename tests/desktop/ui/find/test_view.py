"""The Find view on a real synced store: as-you-type search, agreement items first,
stale answers dropped, the item pane, guidance per call-off kind, news."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.domain.reference import CallOffMethod
from desktop.services.find import FindAnswer, FindQuery, FindService
from desktop.ui.find.guidance_panel import GuidanceCard
from desktop.ui.find.results_model import ITEM_ROW_ROLE, FindResultsModel
from desktop.ui.find.view import FindView
from desktop.ui.shell.formats import day_text
from desktop.ui.shell.main_window import MainWindow
from tests.fixtures.find_ui import FindEnv


def make_view(qtbot: Any, env: FindEnv, service: FindService | None = None) -> FindView:
    view = FindView(env.tasks, service or env.service, lambda: "u-forskola-solrosen")
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.searched, timeout=15_000):
        view.reload()
    return view


def search(qtbot: Any, view: FindView, text: str) -> FindAnswer:
    with qtbot.waitSignal(view.searched, timeout=15_000) as blocker:
        view.search_edit.clear()
        for char in text:  # as typed, one character at a time (keyClicks cannot type ö)
            view.search_edit.insert(char)
        if not text:
            view.run_search()
    answer: FindAnswer = blocker.args[0]
    while answer.query.text != text:  # an earlier keystroke's search finished first
        with qtbot.waitSignal(view.searched, timeout=15_000) as blocker:
            pass
        answer = blocker.args[0]
    return answer


def shown_rows(qtbot: Any, view: FindView, n: int) -> list[Any]:
    model = view.model
    for r in range(min(n, model.rowCount())):
        model.data(model.index(r, 0))  # drawing a row asks for its page
    qtbot.waitUntil(lambda: model.loaded_rows() >= min(n, model.rowCount()), timeout=10_000)
    return [model.item_row(r) for r in range(min(n, model.rowCount()))]


@pytest.mark.parametrize(
    ("typed", "agreement", "word"),
    [
        ("kaff", "a-coffee", "kaff"),
        ("blöj", "a-nappies", "blöj"),
        ("kopipap", "a-copy_paper", "kopi"),
        ("handsprit", "a-sanitiser", "handsprit"),
    ],
)
def test_typing_a_need_shows_the_agreement_and_its_items_first(
    qtbot: Any, find_env: FindEnv, typed: str, agreement: str, word: str
) -> None:
    view = make_view(qtbot, find_env)
    answer = search(qtbot, view, typed)
    assert [g.agreement.id for g in answer.guidance][:1] == [agreement]
    assert view.guidance.isVisible() and view.guidance.cards
    rows = shown_rows(qtbot, view, 10)
    assert len(rows) == 10
    assert all(r.agreement_id == agreement for r in rows), [r.agreement_id for r in rows]
    assert all(r.agreement_valid_on(date.today()) for r in rows)
    agreement_col = view.model.data(view.model.index(0, FindResultsModel.AGREEMENT))
    assert agreement_col.startswith("✓")
    # The agreement items come before every item not on an agreement.
    model = view.model
    flags = [r.agreement_id is not None for r in shown_rows(qtbot, view, model.rowCount())]
    assert flags == sorted(flags, reverse=True)


class SlowFirst(FindService):
    """The real service, but the search for "slow" takes a while (a stale answer)."""

    release = threading.Event()

    def query(self, query: FindQuery, today: date) -> FindAnswer:
        if query.text == "slow":
            self.release.wait(10)
        return super().query(query, today)


def test_a_stale_answer_never_replaces_a_newer_one(qtbot: Any, find_env: FindEnv) -> None:

    slow = find_env.services.find
    slow.__class__ = SlowFirst
    view = make_view(qtbot, find_env, slow)
    seen: list[str] = []
    view.searched.connect(lambda a: seen.append(a.query.text))
    view.search_edit.setText("slow")
    view.run_search()  # starts the slow search now
    view.search_edit.setText("blöj")
    view.run_search()  # queued behind it on the database thread
    SlowFirst.release.set()
    qtbot.waitUntil(lambda: "blöj" in seen, timeout=15_000)
    qtbot.wait(300)
    assert seen == ["blöj"]  # the answer to "slow" came first and was dropped
    assert view.answer is not None and view.answer.query.text == "blöj"
    assert shown_rows(qtbot, view, 1)[0].agreement_id == "a-nappies"


def test_results_model_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, find_env: FindEnv
) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    shown_rows(qtbot, view, 50)
    qtmodeltester.check(view.model)
    row = view.model.data(view.model.index(0, 0), ITEM_ROW_ROLE)
    assert row is not None and row.item_id == view.model.item_id(0)


def test_scrolling_fetches_more_ids_and_rows(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    answer = search(qtbot, view, "")  # everything: more than the first page
    first = view.model.rowCount()
    # The first 200 items, one row per product (several suppliers' offers make one).
    assert first == len(answer.first_ids) and 100 < first <= 200
    assert view.model.canFetchMore()
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > first, timeout=10_000)
    last = view.model.rowCount() - 1
    view.model.data(view.model.index(last, 0))
    qtbot.waitUntil(lambda: view.model.item_row(last) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "items" in view.count_label.text(), timeout=10_000)


def test_item_pane_shows_everything_about_the_item(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    with qtbot.waitSignal(view.item_shown, timeout=10_000) as shown:
        view.table.selectRow(1)
    detail = shown.args[0]
    pane = view.pane
    assert pane.name.text() == detail.name
    values = {k: v.text() for k, v in pane.values.items()}
    assert values["supplier"] == detail.supplier_name
    assert detail.agreement_number in values["agreement"]
    assert day_text(detail.agreement_valid_to) in values["agreement"]  # the locale's form
    assert "SEK" in values["price"] and "/" in values["price"]
    if detail.content_quantity:
        assert "SEK" in values["compare"]
    assert values["gtin"] == (detail.gtin or "")
    assert detail.cpv_code in values["category"] and detail.cpv_label in values["category"]
    if detail.saving is not None:
        assert "%" in values["saving"]
    assert pane.badge.text().startswith("✓")
    assert not pane.picture.pixmap().isNull()
    assert pane.add_button.isVisible() and pane.quantity.value() >= 1


def _card(qtbot: Any, view: FindView, text: str) -> GuidanceCard:
    search(qtbot, view, text)
    assert view.guidance.cards, text
    return view.guidance.cards[0]


def test_guidance_renders_each_call_off_kind(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    direct = _card(qtbot, view, "kaffe")
    assert direct.guide.call_off is CallOffMethod.DIRECT
    assert "Order here in Avrop" in direct.how.text()
    assert not direct.action.isVisible() and direct.items_button.isVisible()
    assert "18" in direct.badges.text()  # the office's savings figure

    ranked = _card(qtbot, view, "bröd")
    assert ranked.guide.call_off is CallOffMethod.RANKED
    lines = ranked.steps.text().splitlines()
    assert [line.split(".")[0] for line in lines] == ["1", "2", "3"]
    assert "only when the one before cannot deliver" in ranked.how.text()
    assert "36" in ranked.badges.text() and "New" in ranked.badges.text()
    assert "12:00" in ranked.advice.text()

    taxi = _card(qtbot, view, "taxi")
    assert "not in Avrop's shop" in taxi.how.text()
    assert taxi.guide.agreement.number in taxi.how.text()
    supplier = taxi.guide.steps[0].supplier
    assert supplier is not None and supplier.phone and supplier.phone in taxi.steps.text()
    assert taxi.action.isVisible() and "Record" in taxi.action.text()
    assert view.model.rowCount() == 0
    qtbot.waitUntil(view.empty_label.isVisible, timeout=5000)  # nothing to buy in Avrop

    crafts = _card(qtbot, view, "hantverkare")
    assert crafts.guide.call_off is CallOffMethod.RANKED
    assert "Contact the suppliers in this order" in crafts.how.text()
    assert crafts.steps.text().startswith("1. ")

    furniture = _card(qtbot, view, "möbler")
    assert furniture.guide.call_off is CallOffMethod.MINI_COMPETITION
    assert "procurement office" in furniture.how.text()
    assert furniture.action.isVisible() and "procurement office" in furniture.action.text()
    assert not furniture.steps.isVisible()


def test_show_only_an_agreements_items(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    card = _card(qtbot, view, "kaffe")
    with qtbot.waitSignal(view.searched, timeout=10_000):
        qtbot.mouseClick(card.items_button, Qt.MouseButton.LeftButton)
    assert view.agreement_filter.currentData() == "a-coffee"
    rows = shown_rows(qtbot, view, 30)
    assert rows and all(r.agreement_id == "a-coffee" for r in rows)


def test_eco_filter_keeps_only_labelled_items(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    with qtbot.waitSignal(view.searched, timeout=10_000):
        view.eco_only.setChecked(True)
    rows = shown_rows(qtbot, view, 40)
    assert rows and all(r.eco for r in rows)


def test_news_are_shown_once_and_kept_in_the_list(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    qtbot.waitUntil(view.banner.isVisible, timeout=10_000)
    assert "36 %" in view.banner.title.text()  # the newest first: the bakery agreement
    with qtbot.waitSignal(view.searched, timeout=10_000):
        qtbot.mouseClick(view.banner.items_button, Qt.MouseButton.LeftButton)
    assert view.agreement_filter.currentData() == "a-bakery"
    again = make_view(qtbot, find_env)
    qtbot.wait(500)
    assert not again.banner.isVisible()  # shown once
    qtbot.mouseClick(again.news_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.find_actions.dialog is not None, timeout=5000)
    dialog = again.find_actions.dialog
    assert dialog is not None and dialog.list.count() == 3  # type: ignore[attr-defined]
    dialog.reject()


def test_item_names_get_the_room_in_a_1280_wide_window(qtbot: Any, find_env: FindEnv) -> None:
    window = MainWindow(
        find_env.services, find_env.tasks, find_env.services.auth.me, monitor_interval_ms=60_000
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(10)  # the window first fits the (800×600 offscreen) screen; then made 1280 wide
    window.resize(1280, 800)
    view = window.find_page
    assert isinstance(view, FindView)
    qtbot.waitUntil(lambda: view.loaded_once, timeout=15_000)
    search(qtbot, view, "kaffe")
    rows = shown_rows(qtbot, view, 1)
    table, model = view.table, view.model
    assert table.columnWidth(FindResultsModel.NAME) >= 300
    assert table.isColumnHidden(FindResultsModel.COMPARE)  # under the price instead
    line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(0) >= 2 * line  # a long name wraps onto a second line
    price = model.data(model.index(0, FindResultsModel.PRICE))
    if rows[0].content_unit_price is not None:
        assert price.count("\n") == 1 and "/ kg" in price.split("\n")[1]
    window.close()
