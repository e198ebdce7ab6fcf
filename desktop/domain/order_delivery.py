"""Where an order is delivered and on which days: the unit itself, or the municipal hub.

When a unit belongs to a transshipment hub, the supplier delivers to the hub and the
hub brings the goods to the unit (the *final recipient*) on its drop days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.domain.reference import Address, Unit

WORKING_DAYS = frozenset(range(5))  # Monday (0) to Friday (4)


@dataclass(frozen=True)
class Delivery:
    """The delivery of one order: location (unit or hub) and the final recipient."""

    recipient_unit_id: str
    recipient_name: str
    recipient_address: Address
    location_name: str  # where the supplier drops the goods
    location_address: Address
    location_gln: str | None
    via_hub_id: str | None = None
    requested_date: date | None = None

    @property
    def via_hub(self) -> bool:
        return self.via_hub_id is not None

    def with_date(self, day: date | None) -> Delivery:
        return Delivery(
            self.recipient_unit_id,
            self.recipient_name,
            self.recipient_address,
            self.location_name,
            self.location_address,
            self.location_gln,
            self.via_hub_id,
            day,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "recipient_unit_id": self.recipient_unit_id,
            "recipient_name": self.recipient_name,
            "recipient_address": self.recipient_address.to_json(),
            "location_name": self.location_name,
            "location_address": self.location_address.to_json(),
            "location_gln": self.location_gln,
            "via_hub_id": self.via_hub_id,
            "requested_date": self.requested_date.isoformat() if self.requested_date else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Delivery:
        requested = data.get("requested_date")
        return cls(
            recipient_unit_id=str(data["recipient_unit_id"]),
            recipient_name=str(data["recipient_name"]),
            recipient_address=Address.from_json(data["recipient_address"]),
            location_name=str(data["location_name"]),
            location_address=Address.from_json(data["location_address"]),
            location_gln=data.get("location_gln"),
            via_hub_id=data.get("via_hub_id"),
            requested_date=date.fromisoformat(requested) if requested else None,
        )


def delivery_for(unit: Unit, units: Mapping[str, Unit]) -> Delivery:
    """The unit's own address, or its hub's with the unit as final recipient."""
    hub = units.get(unit.hub_id) if unit.hub_id else None
    if hub is None:
        return Delivery(unit.id, unit.name, unit.address, unit.name, unit.address, unit.gln)
    return Delivery(
        unit.id, unit.name, unit.address, hub.name, hub.address, hub.gln, via_hub_id=hub.id
    )


@dataclass(frozen=True)
class DropDays:
    """The weekdays (0 = Monday) the hub or the supplier delivers to this unit, and the
    dates nobody delivers (public holidays, the hub's closed days)."""

    weekdays: frozenset[int] = WORKING_DAYS
    lead_days: int = 1  # the earliest drop is this many days after ordering
    closed: frozenset[date] = frozenset()

    @classmethod
    def of(
        cls, weekdays: Iterable[int] | None, lead_days: int = 1, closed: Iterable[date] = ()
    ) -> DropDays:
        days = frozenset(d for d in (weekdays or ()) if 0 <= d <= 6)
        return cls(days or WORKING_DAYS, max(0, lead_days), frozenset(closed))

    def allows(self, day: date, today: date) -> bool:
        return (
            day >= today + timedelta(days=self.lead_days)
            and day.weekday() in self.weekdays
            and day not in self.closed
        )

    def next_dates(self, today: date, count: int = 10) -> list[date]:
        """The next ``count`` drop days, earliest first."""
        found: list[date] = []
        day = today + timedelta(days=self.lead_days)
        while len(found) < count:
            if day.weekday() in self.weekdays and day not in self.closed:
                found.append(day)
            day += timedelta(days=1)
        return found


def drop_days_for(
    delivery: Delivery,
    supplier_id: str,
    hub_days: Mapping[str, Iterable[int]],
    supplier_days: Mapping[str, Iterable[int]],
    closed: Iterable[date] = (),
    party_closed: Mapping[str, Iterable[date]] | None = None,
) -> DropDays:
    """The hub's drop days when the order goes through a hub, else the supplier's; never
    on a ``closed`` date (the country's holidays) nor on a day that the hub or supplier
    that drops the goods keeps closed (``party_closed``)."""
    own = party_closed or {}
    if delivery.via_hub_id is not None:
        shut = {*closed, *own.get(delivery.via_hub_id, ())}
        return DropDays.of(hub_days.get(delivery.via_hub_id), closed=shut)
    shut = {*closed, *own.get(supplier_id, ())}
    return DropDays.of(supplier_days.get(supplier_id), closed=shut)
