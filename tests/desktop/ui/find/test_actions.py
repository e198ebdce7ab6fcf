"""The Find view's actions on a real synced store: buying beside an agreement (the reason
goes with the order), a ranked cascade, asking the office, recording a call-off, and the
Help list of questions with the office's answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.office_request import ItemRef, OfficeAnswer, RequestStatus
from desktop.remote.order_sync import OrderSync
from desktop.services.find import FindQuery
from desktop.ui.find.calloff_dialog import CallOffDialog
from desktop.ui.find.offagreement_dialog import Choice, ReasonDialog
from desktop.ui.find.office_dialog import OfficeRequestDialog
from desktop.ui.find.requests_panel import RequestsPanel
from desktop.ui.find.view import FindView
from tests.desktop.ui.find.test_view import make_view, search
from tests.fixtures.find_ui import FindEnv

UNIT = "u-forskola-solrosen"


def _item(env: FindEnv, text: str, wanted: Any) -> Any:
    """The first item found for ``text`` whose row satisfies ``wanted``."""
    answer = env.service.query(FindQuery(text, "sv"), date.today())
    rows = env.service.rows(answer.result.fetch_ids(0, 2000))
    return next(r for r in rows if wanted(r))


def _coffee_beside(env: FindEnv) -> Callable[[Any], bool]:
    """Coffee (CPV 15861000) outside an agreement: other items found for "kaffe" (tea
    of a brand named for coffee, coffee cream) fall under other agreements."""

    def wanted(row: Any) -> bool:
        if row.agreement_id is not None:
            return False
        detail = env.service.item(row.item_id, "sv")
        return detail is not None and detail.cpv_code == "15861000"

    return wanted


def _dialog(qtbot: Any, view: FindView, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(view.find_actions.dialog, kind), timeout=10_000)
    return view.find_actions.dialog


def test_buying_beside_the_agreement_asks_why_and_the_order_carries_it(
    qtbot: Any, find_env: FindEnv
) -> None:
    view = make_view(qtbot, find_env)
    item = _item(find_env, "kaffe", _coffee_beside(find_env))
    view.find_actions.add_to_cart(item.item_id, Decimal(2))
    dialog: ReasonDialog = _dialog(qtbot, view, ReasonDialog)
    assert item.name in dialog.message.text()
    assert dialog.advice is not None and dialog.advice.agreement.id == "a-coffee"
    assert dialog.advice.agreement.number in dialog.message.text()
    assert dialog.comparison.text()  # the agreement item's price difference
    assert dialog.advice.alternative is not None
    assert dialog.advice.alternative.agreement_id == "a-coffee"
    # Going on without a reason is not allowed.
    qtbot.mouseClick(dialog.go_on_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    dialog.reason_edit.setText("Behövs till fikat i dag")
    with qtbot.waitSignal(view.cart_changed, timeout=10_000):
        qtbot.mouseClick(dialog.go_on_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is Choice.GO_ON
    service = find_env.service
    cart = service.orders.cart(UNIT)
    assert [(ln.seller_item_id, ln.quantity) for ln in cart.lines] == [
        (item.seller_item_id, Decimal(2))
    ]
    reason = service.choices.reason_for_cart(UNIT)
    assert reason == "Behövs till fikat i dag"

    # The cart demands a reason for off-agreement lines; the one given is accepted...
    without = service.orders.review(UNIT)
    assert any(p.code == "off_agreement_reason_missing" for g in without.groups for p in g.problems)
    with_reason = service.orders.review(UNIT, off_agreement_reason=reason)
    assert not any(
        p.code == "off_agreement_reason_missing" for g in with_reason.groups for p in g.problems
    )
    # ...and the order placed from the cart carries it.
    me = find_env.services.auth.me
    OrderSync(
        find_env.services.auth.current_client,
        service.orders.orders,
        find_env.services.reference,
        service.orders.settings,
    ).sync(me)
    assert service.reason_for_cart(UNIT) == reason  # the item is still in the cart
    placed = service.orders.place(UNIT, off_agreement_reason=reason)
    assert placed.placed, [p.code for g in placed.review.groups for p in g.problems]
    assert {e.order.off_agreement_reason for e in placed.placed} == {reason}
    # Ordered: the cart is empty, and the reason is not offered for the next cart.
    assert service.reason_for_cart(UNIT) is None


def test_show_the_agreement_instead(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    item = _item(find_env, "kaffe", _coffee_beside(find_env))
    view.find_actions.add_to_cart(item.item_id, Decimal(1))
    dialog: ReasonDialog = _dialog(qtbot, view, ReasonDialog)
    with qtbot.waitSignal(view.searched, timeout=10_000):
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert view.agreement_filter.currentData() == "a-coffee"
    assert find_env.service.orders.cart(UNIT).is_empty


def test_an_agreement_item_goes_straight_into_the_cart(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    item = _item(find_env, "kaffe", lambda r: r.agreement_id == "a-coffee")
    with qtbot.waitSignal(view.cart_changed, timeout=10_000):
        view.find_actions.add_to_cart(item.item_id, Decimal(3))
    assert view.find_actions.dialog is None
    assert find_env.service.choices.reason_for_cart(UNIT) is None


def test_a_lower_ranked_supplier_needs_a_reason(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    item = _item(find_env, "bröd", lambda r: r.supplier_id == "s-bakery-2" and r.agreement_id)
    view.find_actions.add_to_cart(item.item_id, Decimal(1))
    dialog: ReasonDialog = _dialog(qtbot, view, ReasonDialog)
    assert dialog.cascade is not None
    agreement, before = dialog.cascade
    assert agreement.id == "a-bakery" and len(before) == 1
    assert before[0] in dialog.message.text()
    dialog.reason_edit.setText("Leverantör 1 hade slut på glutenfritt")
    with qtbot.waitSignal(view.cart_changed, timeout=10_000):
        qtbot.mouseClick(dialog.go_on_button, Qt.MouseButton.LeftButton)
    choice = find_env.service.choices.choices(UNIT)[0]
    assert choice.supplier_id == "s-bakery-2" and choice.agreement_id == "a-bakery"


def test_ask_the_office_from_an_empty_search(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "sittdyna")
    assert view.model.rowCount() == 0
    qtbot.waitUntil(view.empty_label.isVisible, timeout=5000)
    qtbot.mouseClick(view.bottom_ask, Qt.MouseButton.LeftButton)
    dialog: OfficeRequestDialog = _dialog(qtbot, view, OfficeRequestDialog)
    assert "sittdyna" in dialog.searched.text()
    assert dialog.unit_combo.currentData() == UNIT
    dialog.need_edit.setPlainText("")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Describe what you need" in dialog.error_label.text()
    dialog.need_edit.setPlainText("Sittdynor till samlingen, tåliga")
    dialog.quantity_edit.setText("20")
    dialog.amount_edit.setText("1 500,50")
    with qtbot.waitSignal(view.find_actions.submitted, timeout=10_000) as sent:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    (local,) = find_env.service.requests.mine()
    request = local.request
    assert request.id == sent.args[0]
    assert request.status is RequestStatus.QUEUED  # saved here, sent by the outbox
    assert request.search_text == "sittdyna" and request.estimated_amount == Decimal("1500.50")
    assert find_env.service.sender.outbox.count() == 1


def test_mini_competition_prepares_a_request(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "möbler")
    card = view.guidance.cards[0]
    qtbot.mouseClick(card.action, Qt.MouseButton.LeftButton)
    dialog: OfficeRequestDialog = _dialog(qtbot, view, OfficeRequestDialog)
    assert dialog.agreement_id == "a-furniture"
    assert card.guide.agreement.number in dialog.need_edit.toPlainText()
    dialog.reject()


def test_recording_a_call_off_outside_ecommerce(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "hantverkare")
    card = view.guidance.cards[0]
    qtbot.mouseClick(card.action, Qt.MouseButton.LeftButton)
    dialog: CallOffDialog = _dialog(qtbot, view, CallOffDialog)
    assert not dialog.reason_needed()
    dialog.supplier_combo.setCurrentIndex(1)  # rank 2: a reason is asked for
    assert dialog.reason_needed() and dialog.reason_edit.isVisibleTo(dialog)
    dialog.amount_edit.setText("4500")
    dialog.what_edit.setText("Laga dörren till gympasalen")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not first in rank" in dialog.error_label.text()
    dialog.reason_edit.setText("Nr 1 kunde inte komma denna vecka")
    with qtbot.waitSignal(view.find_actions.submitted, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    (local,) = find_env.service.requests.submissions.calloffs(find_env.services.auth.me.username)
    assert local.calloff.supplier_id == "s-craftsmen-2"
    assert local.calloff.amount == Decimal("4500")
    assert local.calloff.cascade_reason == "Nr 1 kunde inte komma denna vecka"


def test_help_lists_questions_and_opens_the_answer(
    qtbot: Any, qtmodeltester: Any, find_env: FindEnv
) -> None:
    from desktop.domain.office_request import OfficeRequest

    view = make_view(qtbot, find_env)
    service = find_env.service
    item = _item(find_env, "blöjor", lambda r: r.agreement_id == "a-nappies")
    request = OfficeRequest("r-1", UNIT, "Blöjor för större barn", datetime.now(UTC))
    service.requests.ask_office(request)
    answer = OfficeAnswer(
        "Ta den här",
        datetime.now(UTC),
        "Inköp",
        item=ItemRef(item.supplier_id, item.seller_item_id),
    )
    open_ = OfficeRequest.from_json({**request.to_full_json(), "status": "open"})
    service.requests.submissions.merge_remote_requests(
        "orderer", [open_.answered(answer)], datetime.now(UTC)
    )
    panel = RequestsPanel()
    qtbot.addWidget(panel)
    panel.set_requests(service.requests.mine())
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 1
    status = panel.model.data(panel.model.index(0, panel.model.STATUS))
    assert "Answered" in status and "new" in status
    assert panel.model.data(panel.model.index(0, panel.model.ANSWER)).startswith("Ta den här")
    opened: list[Any] = []
    panel.open_answer.connect(opened.append)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in opened] == ["r-1"]
    view.find_actions.open_answer(opened[0])
    qtbot.waitUntil(
        lambda: (
            view.pane.detail is not None and view.pane.detail.seller_item_id == item.seller_item_id
        ),
        timeout=10_000,
    )
    assert view.pane.name.text() == item.name


def test_every_control_of_the_find_place_has_an_accessible_name(
    qtbot: Any, find_env: FindEnv
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    from desktop.ui.find.announcements import AnnouncementsDialog

    def unnamed(root: QWidget) -> list[str]:
        kinds = (
            QAbstractButton,
            QLineEdit,
            QComboBox,
            QAbstractItemView,
            QAbstractSpinBox,
            QPlainTextEdit,
        )
        return [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in root.findChildren(QWidget)
            if isinstance(w, kinds)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not w.accessibleName()
        ]

    view = make_view(qtbot, find_env)
    search(qtbot, view, "hantverkare")  # a card with its buttons
    units = find_env.service.units()
    guide = view.guidance.cards[0].guide
    widgets: list[QWidget] = [
        view,
        OfficeRequestDialog(units, UNIT, "x"),
        CallOffDialog(guide, units, UNIT, date.today()),
        ReasonDialog("x", cascade=(guide.agreement, ["A"])),
        AnnouncementsDialog(find_env.service.announcements(), "sv"),
        RequestsPanel(),
    ]
    for widget in widgets[1:]:
        qtbot.addWidget(widget)
    assert {type(w).__name__: unnamed(w) for w in widgets} == {
        type(w).__name__: [] for w in widgets
    }
