"""No delivery date on a holiday: the official calendars of the ``holidays`` package."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import holidays
import pytest

from desktop.domain.delivery_calendar import CLOSED_CATEGORIES, closed_days
from desktop.domain.order_delivery import Delivery, DropDays, drop_days_for
from desktop.domain.order_settings import OrderSettings
from desktop.domain.reference import Address
from desktop.domain.values import ValueFormatError

CHRISTMAS_MONDAY = date(2026, 12, 21)  # the Monday of Christmas week


def official(country: str, years: tuple[int, ...]) -> set[date]:
    calendar = holidays.country_holidays(
        country, years=years, categories=CLOSED_CATEGORIES[country]
    )
    return set(calendar)


@pytest.mark.parametrize("country", ["SE", "DK", "NO"])
def test_a_christmas_week_offers_no_holiday(country: str) -> None:
    years = (2026, 2027)
    closed = closed_days(country, years)
    offered = DropDays.of(range(5), closed=closed).next_dates(CHRISTMAS_MONDAY - timedelta(1), 10)
    assert not set(offered) & official(country, years)
    assert date(2026, 12, 25) not in offered and date(2026, 12, 22) in offered
    assert len(offered) == 10 and offered == sorted(offered)
    assert all(d.weekday() < 5 for d in offered)


@pytest.mark.parametrize(("country", "eves_closed"), [("SE", True), ("DK", True), ("NO", False)])
def test_christmas_and_new_years_eve_follow_the_countrys_calendar(
    country: str, eves_closed: bool
) -> None:
    closed = closed_days(country, (2026,))
    eves = {date(2026, 12, 24), date(2026, 12, 31)}
    assert (eves <= closed) is eves_closed
    assert eves & official(country, (2026,)) == eves & closed


def test_a_hubs_closed_day_and_a_holiday_are_both_refused() -> None:
    stocktaking = date(2026, 12, 29)
    days = DropDays.of([1, 3], closed=closed_days("SE", (2026, 2027), [stocktaking]))
    assert not days.allows(date(2026, 12, 24), CHRISTMAS_MONDAY)  # Julafton, a Thursday
    assert not days.allows(stocktaking, CHRISTMAS_MONDAY)
    assert days.allows(date(2026, 12, 22), CHRISTMAS_MONDAY)
    first = days.next_dates(CHRISTMAS_MONDAY, 3)
    # Tue 22; not Thu 24 (Julafton), Tue 29 (the hub closed) nor Thu 31 (Nyårsafton)
    assert first[0] == date(2026, 12, 22) and date(2026, 12, 31) not in first


def test_an_unknown_country_falls_back_to_the_swedish_calendar() -> None:
    assert closed_days("XX", (2026,)) == closed_days("SE", (2026,))


def test_the_hubs_closed_days_travel_in_the_order_settings_and_are_kept() -> None:
    settings = OrderSettings(
        "u-sol", 2026, "6420", hub_drop_days=(1, 3), closed_dates={"u-hub": (date(2027, 1, 5),)}
    )
    again = OrderSettings.from_json(settings.to_json())
    assert again.closed_dates == {"u-hub": (date(2027, 1, 5),)}
    with pytest.raises(ValueFormatError):
        OrderSettings.from_json({**settings.to_json(), "closed_dates": {"u-hub": ["5 jan"]}})
    hub = Delivery(
        "u-sol",
        "Solrosen",
        Address("A 1", "1", "E"),
        "Hub",
        Address("B", "2", "E"),
        None,
        via_hub_id="u-hub",
    )
    days = drop_days_for(hub, "s-1", {"u-hub": [1, 3]}, {}, (), again.closed_dates)
    assert not days.allows(date(2027, 1, 5), CHRISTMAS_MONDAY)
    assert days.allows(date(2027, 1, 7), CHRISTMAS_MONDAY)
    direct = replace(hub, via_hub_id=None)  # the supplier's own days: the hub's do not count
    assert drop_days_for(direct, "s-1", {}, {}, (), again.closed_dates).allows(
        date(2027, 1, 5), CHRISTMAS_MONDAY
    )
