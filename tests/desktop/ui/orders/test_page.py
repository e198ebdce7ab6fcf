"""The Orders place: states from the outbox to the door, change, cancel, approve, receive."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from desktop.domain.office_request import OfficeRequest, Urgency
from desktop.domain.order import OrderState
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.ui.orders.approval_dialog import ApprovalDialog
from desktop.ui.orders.edit_dialog import OrderEditDialog
from desktop.ui.orders.model import OrderLinesModel, OrdersModel
from desktop.ui.orders.outbox_indicator import OutboxIndicator
from desktop.ui.orders.page import OrdersPage
from desktop.ui.orders.receipt_dialog import ReceiptDialog
from desktop.ui.orders.texts import error_text
from tests.fixtures.orders_api import until_checked
from tests.fixtures.orders_ui import UNIT, catalogue_item


def _place(env: Any, quantity: str = "10") -> str:
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal(quantity))
    (entry,) = env.service.place(UNIT).placed
    return str(entry.order.id)


def _page(qtbot: Any, env: Any) -> OrdersPage:
    page = OrdersPage(env.tasks, env.controller)
    qtbot.addWidget(page)
    page.set_unit(UNIT, env.me)
    return page


def _state(page: OrdersPage, order_id: str) -> OrderState | None:
    row = page.model.row_of(order_id)
    return page.model.entry_at(row).order.state if row >= 0 else None


def test_a_queued_order_can_be_changed_then_cancelled(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    order_id = _place(env)
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.select_order(order_id), timeout=10_000)
    assert "Queued" in page.details.toPlainText()
    assert page.change_button.isEnabled() and page.cancel_button.isEnabled()
    page.change_selected()
    assert isinstance(page.dialog, OrderEditDialog)
    page.dialog.set_quantity("1", Decimal("12"))
    page.dialog.accept()
    qtbot.waitUntil(lambda: "658.80" in page.details.toPlainText(), timeout=10_000)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.CANCELLED, timeout=10_000)
    assert env.service.outbox_count("orderer") == 0


def test_a_sent_order_is_received_in_part(qtbot: Any, qtmodeltester: Any, orders_env: Any) -> None:
    env = orders_env()
    order_id = _place(env)
    env.send()
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.SENT, timeout=10_000)
    qtmodeltester.check(page.model)
    page.select_order(order_id)
    qtmodeltester.check(page.lines_model)
    assert not page.change_button.isEnabled() and not page.approve_button.isEnabled()
    assert page.receive_button.isEnabled()
    page.receive_selected()
    assert isinstance(page.dialog, ReceiptDialog)
    labels = " ".join(label.text() for label in page.dialog.findChildren(QLabel))
    assert "pack outstanding" in labels and "XPK" not in labels  # the unit's name, not code
    page.dialog.set_received("1", Decimal("4"))
    page.dialog.accept()
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.PARTLY_DELIVERED, timeout=10_000)
    assert "Partly delivered" in page.details.toPlainText()
    assert page.model.data(page.model.index(page.model.row_of(order_id), OrdersModel.STATE)) == (
        "Partly delivered"
    )


def test_the_manager_approves_from_the_orders_place(qtbot: Any, orders_env: Any) -> None:
    orderer = orders_env()
    order_id = _place(orderer, quantity="100")
    orderer.send()
    manager = orders_env("manager")
    page = _page(qtbot, manager)
    page.filter.setCurrentIndex(2)  # waiting for approval
    qtbot.waitUntil(lambda: page.select_order(order_id), timeout=10_000)
    assert page.approve_button.isEnabled()
    page.decide_selected()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ApprovalDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, ApprovalDialog)
    assert (
        "100 pack \u00b7 Vara 1 från s-coffee-1" in dialog.lines.text()
    )  # what, not only how much
    name = orderer.me.display_name
    assert name != "orderer" and dialog.summary.text().startswith(name)  # a name, no username
    assert "approval limit is" in dialog.limits.text() and "SEK" in dialog.limits.text()
    assert "Left on account" in dialog.limits.text()
    dialog.decline_button.click()
    assert "Write why" in dialog.error.text() and dialog.isVisible()
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: _state(page, order_id) in (OrderState.SENT, None), timeout=10_000)
    page.filter.setCurrentIndex(0)
    page.reload()
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.SENT, timeout=10_000)


def test_a_manager_cannot_approve_their_own_order(qtbot: Any, orders_env: Any) -> None:
    manager = orders_env("manager")
    order_id = _place(manager, quantity="100")
    manager.send()
    page = _page(qtbot, manager)
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.AWAITING_APPROVAL, timeout=10_000)
    page.select_order(order_id)
    assert not page.approve_button.isEnabled()
    assert "another manager of the unit" in page.details.toPlainText()
    assert "Waits for approval by Petra Ek." in page.details.toPlainText()  # the office


def test_the_outbox_indicator_counts_waiting_orders(qtbot: Any) -> None:
    indicator = OutboxIndicator()
    qtbot.addWidget(indicator)
    indicator.set_count(2)
    assert indicator.text() == "2 items waiting to be sent" and not indicator.isHidden()
    indicator.set_count(0)
    assert indicator.isHidden() and indicator.accessibleName()


def test_columns_show_whole_numbers_dates_and_states(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    order_id = _place(env)
    env.send()
    page = _page(qtbot, env)
    page.resize(1032, 700)
    page.show()
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.SENT, timeout=10_000)
    page.select_order(order_id)
    metrics = page.table.fontMetrics()
    model = page.model
    row = model.row_of(order_id)
    for column in (OrdersModel.NUMBER, OrdersModel.PLACED, OrdersModel.STATE, OrdersModel.TOTAL):
        text = str(model.data(model.index(row, column)))
        assert page.table.columnWidth(column) >= metrics.horizontalAdvance(text), text
    lines = page.lines_model
    qtbot.waitUntil(lambda: lines.rowCount() == 1, timeout=10_000)
    assert lines.data(lines.index(0, OrderLinesModel.UNIT)) == "pack"  # not "XPK"


def test_the_order_just_placed_is_the_one_shown(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    first = _place(env)
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.select_order(first), timeout=10_000)
    newest = _place(env, "3")
    page.show_newest()
    qtbot.waitUntil(lambda: page.model.row_of(newest) >= 0, timeout=10_000)
    selected = page.selected_entry()
    assert selected is not None and selected.order.id == newest


def test_a_substituted_line_shows_the_old_and_the_new_item(qtbot: Any) -> None:
    from dataclasses import replace

    from tests.fixtures.orders import sample_order

    line = sample_order().lines[0]
    model = OrderLinesModel()
    model.set_lines(
        [line, replace(line, substitute_item_id="K-00099", substitute_name="Mörk")],
        "SEK",
        confirmed=True,
    )
    assert model.data(model.index(0, OrderLinesModel.ITEM)) == "Bryggkaffe 500 g"
    assert model.data(model.index(1, OrderLinesModel.ITEM)) == (
        "Bryggkaffe 500 g → substituted by Mörk (K-00099)"
    )


def test_the_status_bar_counts_what_the_heartbeat_counts(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    _place(env)
    request = OfficeRequest(str(uuid.uuid4()), UNIT, "Sittdynor", datetime.now(UTC), Urgency.URGENT)
    services = env.env.services
    services.run_db(
        lambda: SubmissionRepository(services.database).queue_request(
            request, "orderer", datetime.now(UTC)
        )
    )
    with qtbot.waitSignal(env.controller.outbox_changed, timeout=10_000) as shown:
        env.controller.refresh_outbox_count()
    assert shown.args == [2]  # the order and the question to the office: one outbox
    assert services.heartbeat.outbox_length("orderer") == 2


def test_an_order_placed_on_behalf_says_who_placed_it_for_which_unit(
    qtbot: Any, orders_env: Any
) -> None:
    superuser = orders_env("superuser")
    order_id = _place(superuser)
    superuser.send()  # the server checks the originator
    page = _page(qtbot, superuser)
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.SENT, timeout=10_000)
    page.select_order(order_id)
    text = page.details.toPlainText()
    assert "Placed by Sven Holm on behalf of Förskolan Solrosen." in text


def test_an_own_order_says_nothing_about_on_behalf(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    order_id = _place(env)
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.select_order(order_id), timeout=10_000)
    assert "on behalf of" not in page.details.toPlainText()


def test_an_order_the_server_refuses_after_taking_it_needs_fixing(
    qtbot: Any, orders_env: Any, tmp_path: Path
) -> None:
    """202: "Received — being checked"; the server's checks refuse it (the unit's cost
    centre changed on the server since this computer synced it): the follow-up makes it
    *needs fix* with the findings, shown as a refused send's are."""
    env = orders_env()
    reference = env.env.services.reference
    stale = [replace(u, cost_centre="9999") if u.id == UNIT else u for u in reference.units()]
    reference.replace_units(stale)
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 7), Decimal("3"))
    (entry,) = env.service.place(UNIT).placed
    order_id = str(entry.order.id)
    assert env.controller.outbox_sender.send_due().sent == 1  # delivered: the server has it
    page = _page(qtbot, env)
    page.resize(1032, 700)
    page.show()
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.VALIDATING, timeout=10_000)
    page.select_order(order_id)
    assert "Received \u2014 being checked" in page.details.toPlainText()
    assert "checking it against the rules" in page.details.toPlainText()
    assert not page.change_button.isEnabled() and not page.cancel_button.isEnabled()
    page.grab().save(str(tmp_path / "order-validating.png"))
    until_checked(env.controller.follow_up, env.me, env.service.orders)
    page.reload()
    qtbot.waitUntil(lambda: _state(page, order_id) is OrderState.NEEDS_FIX, timeout=10_000)
    page.select_order(order_id)
    refused = env.service.orders.entry(order_id)
    assert refused is not None and refused.refusal is not None
    assert refused.refusal.code == "cost_centre_mismatch"
    shown = page.details.toPlainText()
    assert "Needs your attention" in shown
    assert error_text(refused.refusal.code, refused.refusal.message) in shown
    assert page.change_button.isEnabled() and page.cancel_button.isEnabled()
    page.grab().save(str(tmp_path / "order-refused.png"))
