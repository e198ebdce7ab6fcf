"""The cart's delivery dates on the real server's data: never a holiday of the country."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import holidays

from desktop.domain.delivery_calendar import CLOSED_CATEGORIES
from desktop.storage.database import Database
from tests.desktop.services.test_ordering import UNIT, World, item
from tests.fixtures.central_api_server import RunningServer


def test_christmas_week_offers_no_swedish_holiday(
    order_store: Database, orders_server: RunningServer
) -> None:
    world = World(order_store, orders_server)
    world.follow.sync(world.me)  # the hub's drop days (Tuesday, Thursday)
    world.service.clock = lambda: datetime(2026, 12, 18, 9, 0, tzinfo=UTC)  # a Friday
    world.service.add_to_cart(UNIT, item("s-coffee-1", 1), Decimal("2"))
    review = world.service.review(UNIT)
    calendar = holidays.country_holidays(
        "SE", years=(2026, 2027), categories=CLOSED_CATEGORIES["SE"]
    )
    assert review.drop_dates[0] == date(2026, 12, 22)
    assert not [d for d in review.drop_dates if d in calendar]
    assert date(2026, 12, 24) not in review.drop_dates  # Julafton, a Thursday
    assert date(2026, 12, 31) not in review.drop_dates  # Nyårsafton, a Thursday
    # The hub's stock-taking day (the server's closed days), a Tuesday, is not offered.
    settings = world.service.settings.get(UNIT)
    assert settings is not None and date(2027, 1, 5) in settings.closed_dates["u-hub"]
    assert date(2027, 1, 5) not in review.drop_dates
    assert date(2026, 12, 29) in review.drop_dates and date(2027, 1, 7) in review.drop_dates
    holiday_review = world.service.review(UNIT, date(2026, 12, 24))
    codes = [p.code for p in holiday_review.groups[0].problems]
    assert "requested_date_not_drop_day" in codes
