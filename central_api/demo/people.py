"""The demo users: one per role, password ``demo``."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reference import Role

DEMO_PASSWORD = "demo"
KINDERGARTENS = ("u-forskola-solrosen", "u-forskola-eken", "u-forskola-blabaret")


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: Role
    unit_ids: tuple[str, ...]  # empty for procurement, who reaches every unit
    certified: bool
    language: str = "sv"


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser(
        "orderer", "Olivia Berg", Role.ORDERER, ("u-forskola-solrosen", "u-forskola-eken"), True
    ),
    DemoUser("manager", "Maria Lindqvist", Role.MANAGER, ("u-forskola-solrosen",), True),
    DemoUser("superuser", "Sven Holm", Role.SUPERUSER, KINDERGARTENS, True),
    DemoUser("procurement", "Petra Ek", Role.PROCUREMENT, (), True),
    # Colleagues the superuser supports: one whose PC is stuck, one not yet certified.
    DemoUser("eken-orderer", "Elin Sandberg", Role.ORDERER, ("u-forskola-eken",), True),
    DemoUser("blabaret-orderer", "Bo Nyström", Role.ORDERER, ("u-forskola-blabaret",), False),
)
