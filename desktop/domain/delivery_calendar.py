"""The days nothing is delivered: the country's public holidays, from the ``holidays``
package (the official calendars, kept up to date there), and the days a country keeps
closed by custom (Christmas Eve and New Year's Eve in Sweden and Denmark).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import holidays

# The ``holidays`` categories whose days a delivery never falls on, per country: the
# public holidays everywhere, and the days a country's businesses close by custom.
CLOSED_CATEGORIES: dict[str, tuple[str, ...]] = {
    "SE": (holidays.PUBLIC, holidays.DE_FACTO),  # Julafton, Nyårsafton, Midsommarafton
    "DK": (holidays.PUBLIC, holidays.OPTIONAL),  # Juleaften, Nytårsaftensdag, Grundlovsdag
    "NO": (holidays.PUBLIC,),
}
DEFAULT_COUNTRY = "SE"


@lru_cache(maxsize=32)
def _closed_in_year(country: str, year: int) -> frozenset[date]:
    code = country.upper() if country.upper() in CLOSED_CATEGORIES else DEFAULT_COUNTRY
    calendar = holidays.country_holidays(
        code, years=year, categories=CLOSED_CATEGORIES[code], language="en_US"
    )
    return frozenset(day for day in calendar if day.year == year)


def closed_days(country: str, years: Iterable[int], extra: Iterable[date] = ()) -> frozenset[date]:
    """The country's non-delivery days in ``years`` plus ``extra`` (e.g. the hub's)."""
    found: set[date] = set(extra)
    for year in years:
        found.update(_closed_in_year(country, year))
    return frozenset(found)
