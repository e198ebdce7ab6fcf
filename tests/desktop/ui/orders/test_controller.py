"""The orders controller's follow-up of an order the server is still checking."""

from __future__ import annotations

from decimal import Decimal
from itertools import count, takewhile
from pathlib import Path
from typing import Any

from desktop.domain.order import OrderState
from desktop.ui.orders.controller import FOLLOW_UP_INTERVAL_MS, next_check_delay
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.orders_ui import UNIT, OrdersEnv, catalogue_item


def _schedule() -> list[int]:
    delays = (next_check_delay(n) for n in count())
    return [d for d in takewhile(lambda d: d is not None, delays) if d is not None]


def test_an_order_being_checked_is_followed_soon_then_less_often() -> None:
    delays = _schedule()
    assert delays[0] <= 500  # a quiet server's answer shows at once
    assert delays == sorted(delays)


def test_a_busy_server_is_followed_up_for_minutes_not_seconds() -> None:
    """A server checking slowly (its rules compiled at the first order, a burst) must
    not leave the user at "being checked" until the regular follow-up, minutes later."""
    delays = _schedule()
    assert sum(delays) >= 5 * 60_000
    assert max(delays) < FOLLOW_UP_INTERVAL_MS  # more often than the regular follow-up


def test_a_follow_up_that_fails_while_an_order_is_checked_is_tried_again(
    qtbot: Any, ui_env: Any, tmp_path: Path
) -> None:
    """The server goes away after its 202: the follow-ups fail, go on, and the outcome
    shows once it is back, without the user doing anything."""
    (tmp_path / "api").mkdir()
    server = RunningServer(tmp_path / "api", demo=True).start()
    try:
        env = OrdersEnv(ui_env(server_url=server.url), server, "orderer")
        env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 3), Decimal("2"))
        (entry,) = env.service.place(UNIT).placed
        order_id = str(entry.order.id)
        assert env.controller.outbox_sender.send_due().sent == 1  # a 202
        assert _state(env, order_id) is OrderState.VALIDATING
        server.stop()
        env.controller._after_send()  # what the sender's move starts: follow-ups
        qtbot.waitUntil(lambda: env.controller._checks >= 2, timeout=10_000)  # failed ones
        server.start()  # same port, same data
        qtbot.waitUntil(lambda: _state(env, order_id) is OrderState.SENT, timeout=40_000)
    finally:
        server.stop()


def _state(env: OrdersEnv, order_id: str) -> OrderState | None:
    found = env.service.orders.entry(order_id)
    return found.order.state if found else None
