"""Which units' figures the Spend view offers to whom (the server decides; this asks)."""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.reference import Role
from desktop.domain.spend_access import may_see_spend, spend_units
from tests.fixtures.store import sample_me, sample_units


def test_each_role_is_offered_the_units_it_may_read() -> None:
    units = sample_units()
    orderer = sample_me()
    assert orderer.role is Role.ORDERER and not may_see_spend(orderer)
    assert spend_units(orderer, units) == []
    manager = replace(orderer, role=Role.MANAGER, unit_ids=("u-forskola-solrosen",))
    assert [u.id for u in spend_units(manager, units)] == ["u-forskola-solrosen"]
    procurement = replace(orderer, role=Role.PROCUREMENT, unit_ids=())
    offered = spend_units(procurement, units)
    assert offered and all(u.kind.value not in ("hub", "office") for u in offered)
    assert [u.name for u in offered] == sorted(u.name for u in offered)
