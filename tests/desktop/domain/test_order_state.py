"""Order states, transitions, totals, answers and goods receipt."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desktop.domain.errors import AvropError
from desktop.domain.order import (
    TRANSITIONS,
    Order,
    OrderLine,
    OrderState,
    can_transition,
    check_transition,
)
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_followup import (
    LineChange,
    OrderAnswer,
    ResponseCode,
    apply_answer,
    apply_receipt,
)
from desktop.domain.reference import Address

D = Decimal
NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
HOME = Address("Solrosvägen 3", "671 32", "Ekby")


def order(state: OrderState = OrderState.SENT) -> Order:
    return Order(
        id="o-1",
        unit_id="u-1",
        supplier_id="s-1",
        agreement_id="a-coffee",
        accounting=AccountingString("3410", "6110"),
        delivery=Delivery("u-1", "Solrosen", HOME, "Solrosen", HOME, None),
        currency="SEK",
        lines=(
            OrderLine("1", "K-1", "Kaffe", D("10"), "XPK", D("54.90")),
            OrderLine("2", "T-1", "Te", D("3"), "XPK", D("10"), D("2")),
        ),
        created_by="orderer",
        created_at=NOW,
        state=state,
    )


def test_totals_use_rounded_line_amounts() -> None:
    assert order().total == D("564.00")  # 549.00 + 3 × 10 ÷ 2


def test_every_state_has_its_transitions_and_final_states_none() -> None:
    assert set(TRANSITIONS) == set(OrderState)
    for final in (
        OrderState.CANCELLED,
        OrderState.DECLINED,
        OrderState.REJECTED,
        OrderState.DELIVERED,
    ):
        assert TRANSITIONS[final] == frozenset()
    assert can_transition(OrderState.QUEUED, OrderState.SENDING)
    assert not can_transition(OrderState.SENDING, OrderState.CANCELLED)
    with pytest.raises(AvropError) as caught:
        check_transition(OrderState.DELIVERED, OrderState.SENT)
    assert caught.value.code == "order_state_invalid"


def test_only_queued_or_refused_orders_are_editable() -> None:
    editable = {s for s in OrderState if order(s).editable}
    assert editable == {OrderState.QUEUED, OrderState.NEEDS_FIX}


def test_a_changed_answer_keeps_old_and_new() -> None:
    answer = OrderAnswer(
        ResponseCode.CHANGED,
        NOW,
        "Slut i lager",
        (LineChange("1", quantity=D("6"), price=D("52.00")),),
    )
    changed = apply_answer(order(), answer)
    line = changed.lines[0]
    assert changed.state is OrderState.CHANGED
    assert (line.quantity, line.expected_quantity, line.price, line.confirmed_price) == (
        D("10"),
        D("6"),
        D("54.90"),
        D("52.00"),
    )
    assert line.is_changed and not changed.lines[1].is_changed
    assert changed.confirmed_total == D("327.00")


@pytest.mark.parametrize(
    ("code", "state"),
    [
        (ResponseCode.RECEIVED, OrderState.ACKNOWLEDGED),
        (ResponseCode.ACCEPTED, OrderState.ACCEPTED),
        (ResponseCode.REJECTED, OrderState.REJECTED),
    ],
)
def test_answers_move_the_order(code: ResponseCode, state: OrderState) -> None:
    assert apply_answer(order(), OrderAnswer(code, NOW)).state is state


def test_answers_that_do_not_fit_are_refused() -> None:
    with pytest.raises(AvropError, match="must list lines"):
        apply_answer(order(), OrderAnswer(ResponseCode.CHANGED, NOW))
    with pytest.raises(AvropError) as caught:
        apply_answer(order(), OrderAnswer(ResponseCode.CHANGED, NOW, "", (LineChange("9"),)))
    assert caught.value.code == "response_line_unknown"
    with pytest.raises(AvropError) as caught:
        apply_answer(order(OrderState.AWAITING_APPROVAL), OrderAnswer(ResponseCode.ACCEPTED, NOW))
    assert caught.value.code == "response_not_expected"
    with pytest.raises(AvropError) as caught:
        apply_answer(order(), OrderAnswer(ResponseCode.ACCEPTED, NOW, "", (LineChange("1"),)))
    assert caught.value.code == "response_lines_unexpected"


def test_goods_arrive_in_parts_then_in_full() -> None:
    accepted = order(OrderState.ACCEPTED)
    part = apply_receipt(accepted, {"1": D("4")})
    assert part.state is OrderState.PARTLY_DELIVERED and part.lines[0].outstanding == D("6")
    full = apply_receipt(part, {"1": D("6"), "2": D("3")})
    assert full.state is OrderState.DELIVERED
    assert [ln.received_quantity for ln in full.lines] == [D("10"), D("3")]


def test_receipt_follows_the_changed_quantity_and_refuses_too_much() -> None:
    changed = replace(
        order(OrderState.CHANGED), lines=(replace(order().lines[0], changed_quantity=D("6")),)
    )
    assert apply_receipt(changed, {"1": D("6")}).state is OrderState.DELIVERED
    for received, code in (
        ({"1": D("7")}, "receipt_above_ordered"),
        ({}, "receipt_empty"),
        ({"9": D("1")}, "receipt_line_unknown"),
        ({"1": D("-1")}, "receipt_quantity_negative"),
    ):
        with pytest.raises(AvropError) as caught:
            apply_receipt(changed, received)
        assert caught.value.code == code
    with pytest.raises(AvropError) as caught:
        apply_receipt(order(OrderState.REJECTED), {"1": D("1")})
    assert caught.value.code == "receipt_not_expected"
