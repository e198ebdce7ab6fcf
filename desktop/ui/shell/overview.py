"""What the main window shows about the user: loaded from the store on the database thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.domain.reference import Me, Unit, UnitKind
from desktop.storage.reference_repo import ReferenceRepository

# The resources whose last sync time says how fresh the data is.
SYNCED_RESOURCES = ("me", "units", "agreements", "suppliers")


@dataclass(frozen=True)
class Overview:
    me: Me | None
    units: tuple[Unit, ...]  # the units the user works for, by name
    office: Unit | None  # the procurement office
    last_synced: datetime | None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def load_overview(reference: ReferenceRepository, me_hint: Me | None = None) -> Overview:
    """The user, their units, the procurement office and the last sync (on the db thread)."""
    me: Me | None = reference.me() or me_hint
    all_units: list[Unit] = reference.units()
    if me is not None and me.unit_ids:
        wanted = set(me.unit_ids)
        mine = [u for u in all_units if u.id in wanted]
    else:
        mine = []
    office = next((u for u in all_units if u.kind == UnitKind.OFFICE), None)
    times = []
    for resource in SYNCED_RESOURCES:
        state = reference.sync_state(resource)
        if state is not None and getattr(state, "synced_at", None) is not None:
            times.append(_aware(state.synced_at))
    return Overview(me, tuple(mine), office, max(times) if times else None)
