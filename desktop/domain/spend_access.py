"""Who may see which unit's spend figures (the server enforces it; the app only asks)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.reference import Me, Role, Unit, UnitKind

SPEND_ROLES = frozenset({Role.MANAGER, Role.SUPERUSER, Role.PROCUREMENT})
# The hub and the office buy almost nothing themselves: no figures to show.
BUYING_KINDS = frozenset({UnitKind.SCHOOL, UnitKind.KINDERGARTEN, UnitKind.CARE_HOME})


def may_see_spend(me: Me) -> bool:
    """Managers, superusers and the procurement office see spend figures."""
    return me.role in SPEND_ROLES


def spend_units(me: Me, units: Iterable[Unit]) -> list[Unit]:
    """The units whose figures ``me`` may open, by name: their own (managers), the ones
    they support (superusers), every buying unit (procurement)."""
    if not may_see_spend(me):
        return []
    chosen = [
        u
        for u in units
        if (me.role is Role.PROCUREMENT and u.kind in BUYING_KINDS) or u.id in me.unit_ids
    ]
    return sorted(chosen, key=lambda u: u.name)
