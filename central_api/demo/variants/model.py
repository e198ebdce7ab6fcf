"""What one country variant of the demo changes: names, addresses, people, money."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from central_api.demo.municipality import DemoMunicipality
from desktop.domain.demo_variants import DemoVariant


@dataclass(frozen=True)
class UnitText:
    """A unit's name and address in the variant (the unit id stays the same)."""

    name: str
    street: str
    postcode: str


@dataclass(frozen=True)
class CountryData:
    """The demo municipality of one variant; ``None``/empty fields keep the Swedish data."""

    variant: DemoVariant
    municipality: DemoMunicipality
    city: str
    office_name: str  # the procurement office, as the guidance names it
    gln_prefix: str  # a made-up company prefix of the country's GS1 range
    price_rate: Decimal  # catalogue prices are written in SEK; times this in the currency
    units: dict[str, UnitText]  # unit id → name and address
    parents: dict[str, str]  # the Swedish administration name → the variant's
    people: dict[str, str]  # username → display name
    surnames: tuple[str, ...]  # for the register's other firms
    trades: tuple[str, ...]
    company_suffix: str  # " A/S", " AS"
    name_words: tuple[tuple[str, str], ...]  # Swedish word in a supplier name → variant's
