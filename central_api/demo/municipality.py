"""Ekby kommun and its units (DEMO facts in the brief: ids and names are fixed)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from central_api.demo.identifiers import gln
from desktop.domain.reference import Address, Unit, UnitKind


@dataclass(frozen=True)
class DemoMunicipality:
    id: str
    name: str
    country: str
    org_number: str
    org_scheme: str
    language: str
    email: str
    phone: str


EKBY = DemoMunicipality(
    id="m-ekby",
    name="Ekby kommun",
    country="SE",
    org_number="212000-0001",
    org_scheme="0007",
    language="sv",
    email="inkop@ekby.se",
    phone="0570-123 00",
)
PROCUREMENT_CONTACT = f"Upphandlingsenheten ({EKBY.email}, tel. {EKBY.phone})"
GLN_PREFIX = "7350049"  # a made-up GS1 Sweden company prefix for the municipality

SCHOOLS = "Utbildningsförvaltningen"
PRESCHOOLS = "Förskoleförvaltningen"
CARE = "Vård- och omsorgsförvaltningen"
CENTRAL = "Kommunledningsförvaltningen"


def _unit(
    id: str,
    name: str,
    kind: UnitKind,
    street: str,
    postcode: str,
    n: int,
    cost_centre: str,
    limit: str,
    parent: str,
    via_hub: bool = False,
) -> Unit:
    return Unit(
        id=id,
        name=name,
        kind=kind,
        address=Address(street, postcode, "Ekby", "SE"),
        gln=gln(GLN_PREFIX, n),
        cost_centre=cost_centre,
        approval_limit=Decimal(limit),
        hub_id="u-hub" if via_hub else None,
        parent_name=parent,
    )


S, K, C = UnitKind.SCHOOL, UnitKind.KINDERGARTEN, UnitKind.CARE_HOME

UNITS: tuple[Unit, ...] = (
    _unit(
        "u-skola-norr", "Norrskolan", S, "Skolvägen 12", "671 31", 11, "3110", "10000.00", SCHOOLS
    ),
    _unit(
        "u-skola-soder",
        "Söderskolan",
        S,
        "Södra Allén 4",
        "671 34",
        12,
        "3120",
        "10000.00",
        SCHOOLS,
    ),
    _unit(
        "u-forskola-solrosen",
        "Förskolan Solrosen",
        K,
        "Solrosvägen 3",
        "671 32",
        21,
        "3410",
        "5000.00",
        PRESCHOOLS,
        via_hub=True,
    ),
    _unit(
        "u-forskola-eken",
        "Förskolan Eken",
        K,
        "Ekbacken 7",
        "671 33",
        22,
        "3420",
        "5000.00",
        PRESCHOOLS,
        via_hub=True,
    ),
    _unit(
        "u-forskola-blabaret",
        "Förskolan Blåbäret",
        K,
        "Blåbärsstigen 2",
        "671 35",
        23,
        "3430",
        "5000.00",
        PRESCHOOLS,
        via_hub=True,
    ),
    _unit(
        "u-vard-ekbacken",
        "Ekbackens vård- och omsorgsboende",
        C,
        "Ekbacken 15",
        "671 33",
        31,
        "5210",
        "15000.00",
        CARE,
        via_hub=True,
    ),
    _unit(
        "u-hub",
        "Ekby omlastningscentral",
        UnitKind.HUB,
        "Industrigatan 20",
        "671 40",
        41,
        "1810",
        "20000.00",
        CENTRAL,
    ),
    _unit(
        "u-inkop",
        "Upphandlingsenheten",
        UnitKind.OFFICE,
        "Stadshustorget 1",
        "671 81",
        51,
        "1210",
        "50000.00",
        CENTRAL,
    ),
)

UNIT_BY_ID: dict[str, Unit] = {u.id: u for u in UNITS}
