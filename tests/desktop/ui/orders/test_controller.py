"""The orders controller's follow-up of an order the server is still checking."""

from __future__ import annotations

from itertools import count, takewhile

from desktop.ui.orders.controller import FOLLOW_UP_INTERVAL_MS, next_check_delay


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
