"""``generate(today)``: the whole demo municipality as plain domain objects.

Deterministic: fixed seeds (one random stream per part, so that a change in one part
does not shift the others) and dates relative to the ``today`` passed in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from central_api.demo.agreements import (
    EXTRA_AGREEMENTS,
    category_agreements,
    extra_agreements,
)
from central_api.demo.categories import CATEGORIES
from central_api.demo.municipality import EKBY, UNITS, DemoMunicipality
from central_api.demo.people import DEMO_USERS, DemoUser
from central_api.demo.suppliers import (
    TOTAL_SUPPLIERS,
    agreement_suppliers,
    filler_suppliers,
    off_agreement_suppliers,
)
from desktop.domain.reference import Agreement, Supplier, Unit

SEED = 20250101


def rng_for(part: str) -> random.Random:
    """The random stream of one part of the demo (e.g. ``"suppliers"``)."""
    return random.Random(f"avrop-demo-{SEED}-{part}")


@dataclass(frozen=True)
class DemoData:
    today: date
    municipality: DemoMunicipality
    units: tuple[Unit, ...]
    users: tuple[DemoUser, ...]
    suppliers: tuple[Supplier, ...]
    agreements: tuple[Agreement, ...]
    category_of_agreement: dict[str, str | None]  # agreement id → category key (or None)
    variant: str = "se"  # the country variant (``central_api.demo.variants``)


def generate(today: date | None = None) -> DemoData:
    day = today or date.today()
    rng = rng_for("suppliers")
    by_key: dict[str, list[Supplier]] = {}
    for category in CATEGORIES:
        by_key[category.key] = agreement_suppliers(
            rng, category.key, category.suppliers, category.in_ecommerce
        )
    for extra in EXTRA_AGREEMENTS:
        by_key[extra.key] = agreement_suppliers(rng, extra.key, extra.suppliers, extra.in_ecommerce)
    on_agreements = [s for group in by_key.values() for s in group]
    off = off_agreement_suppliers(rng)
    taken = {s.name for s in on_agreements + off}
    fillers = filler_suppliers(rng, TOTAL_SUPPLIERS - len(on_agreements) - len(off), taken)

    agreement_rng = rng_for("agreements")
    agreements = category_agreements(agreement_rng, day, by_key)
    agreements += extra_agreements(day, by_key, len(CATEGORIES) + 1)
    category_of: dict[str, str | None] = {c.key: c.key for c in CATEGORIES}
    category_of.update({e.key: e.category for e in EXTRA_AGREEMENTS})
    return DemoData(
        today=day,
        municipality=EKBY,
        units=UNITS,
        users=DEMO_USERS,
        suppliers=tuple(on_agreements + off + fillers),
        agreements=tuple(agreements),
        category_of_agreement={a.id: category_of.get(a.id.removeprefix("a-")) for a in agreements},
    )
