"""Twelve months of deterministic purchase history for the demo municipality's units.

For each school, kindergarten and care home, month by month and category by category
(``history_profiles``): invoices for orders placed in Avrop, call-offs on agreements
outside e-commerce (by phone or e-mail), and purchases beside the agreements from the
``s-off-*`` suppliers (web shops, the local store) — also in categories an agreement
covers, so that compliance and missed savings mean something. Plus budgets per account
for the years the history touches and a few orders placed but not yet invoiced.

The same ``today`` always gives the same history (random streams seeded per unit).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from central_api.demo.categories import CATEGORIES, CATEGORY_BY_KEY
from central_api.demo.history_profiles import (
    ACCOUNT_OF_CATEGORY,
    ACCOUNTS,
    DEFAULT_HABITS,
    DEFAULT_PRICE_LEVEL,
    HABITS,
    OFF_SUPPLIERS,
    PRICE_LEVELS,
    PROFILES,
    SEASON,
    Habits,
    Monthly,
)
from central_api.demo.supplier_names import OFF_AGREEMENT
from desktop.domain.reference import Agreement, Supplier, Unit
from desktop.domain.spend import Purchase, add_months, cents, month_end
from desktop.domain.spend_figures import Budget, OpenOrder, cpv_covers

HISTORY_MONTHS = 12
SWEDISH_OFF_NAMES = {f"s-off-{n}": name for n, (name, _, _) in enumerate(OFF_AGREEMENT, start=1)}
# Used only when the supplier register has no s-off-* suppliers.
FALLBACK_OFF_SUPPLIERS = (
    ("s-off-1", "Ekby Livs AB"),
    ("s-off-2", "Kontorsgiganten.se"),
    ("s-off-3", "Lekakuten.se"),
)


@dataclass(frozen=True)
class History:
    """Everything the spend figures of the demo are computed from."""

    purchases: tuple[Purchase, ...]
    budgets: tuple[Budget, ...]
    commitments: tuple[OpenOrder, ...]
    price_levels: dict[str, Decimal]  # agreement id → agreement price ÷ list price


def category_key_of(agreement: Agreement) -> str | None:
    """The demo category an agreement belongs to (by id ``a-<key>``, else by CPV)."""
    key = agreement.id.removeprefix("a-")
    if key in CATEGORY_BY_KEY:
        return key
    for category in CATEGORIES:
        if any(cpv_covers(code, category.cpv) for code in agreement.cpv_codes):
            return category.key
    return None


def price_levels_for(agreements: Sequence[Agreement]) -> dict[str, Decimal]:
    levels = {}
    for agreement in agreements:
        key = category_key_of(agreement)
        levels[agreement.id] = Decimal(PRICE_LEVELS.get(key or "", DEFAULT_PRICE_LEVEL))
    return levels


def generate_history(
    units: Sequence[Unit], agreements: Sequence[Agreement], suppliers: Sequence[Supplier],
    today: date,
) -> History:  # fmt: skip
    """The demo history of every unit that buys (schools, kindergartens, care homes)."""
    generator = _Generator(agreements, suppliers, today)
    for unit in units:
        if unit.kind in PROFILES:
            generator.unit(unit)
    return History(
        tuple(generator.purchases),
        tuple(generator.budgets),
        tuple(generator.commitments),
        price_levels_for(agreements),
    )


def _ore(amount: float) -> Decimal:
    """A money amount near ``amount``, in whole öre (no float reaches the figures)."""
    return Decimal(max(100, round(amount * 100))) / 100


class _Generator:
    def __init__(
        self, agreements: Sequence[Agreement], suppliers: Sequence[Supplier], today: date
    ) -> None:
        self.today = today
        self.agreements = {a.id: a for a in agreements}
        self.levels = price_levels_for(agreements)
        self.names = {s.id: s.name for s in suppliers}
        off = sorted(s.id for s in suppliers if s.id.startswith("s-off-"))
        # The profiles name shops in Swedish; a country variant renames them (same ids).
        swedish = {name: sid for sid, name in SWEDISH_OFF_NAMES.items() if sid in off}
        if not off:
            off = [sid for sid, _ in FALLBACK_OFF_SUPPLIERS]
            self.names.update(FALLBACK_OFF_SUPPLIERS)
        self.off_suppliers = off
        self.off_by_name = {**swedish, **{self.names[sid]: sid for sid in off}}
        self.purchases: list[Purchase] = []
        self.budgets: list[Budget] = []
        self.commitments: list[OpenOrder] = []
        self.serial = 0  # invoice number within the unit being generated

    def unit(self, unit: Unit) -> None:
        rng = random.Random(f"avrop-demo-history/{unit.id}")
        self.serial = 0
        profile = PROFILES[unit.kind]
        habits = HABITS.get(unit.id, DEFAULT_HABITS)
        off_supplier = {key: self._off_supplier(rng, key) for key in sorted(profile)}
        first = add_months(self.today, -HISTORY_MONTHS)
        for index in range(HISTORY_MONTHS + 1):
            month_first = add_months(first, index)
            progress = index / HISTORY_MONTHS
            off_share = (
                habits.off_share_start + (habits.off_share_end - habits.off_share_start) * progress
            )
            season = SEASON[unit.kind][month_first.month - 1]
            for key in sorted(profile):
                base, chance = profile[key]
                if rng.random() > chance:
                    continue
                amount = base * habits.size * season * rng.uniform(0.8, 1.2)
                buy = _Buy(unit, key, off_share, habits, off_supplier[key])
                self._month_of_category(rng, buy, month_first, amount)
        self._budgets(rng, unit, profile, habits)
        self._commitments(rng, unit, profile)

    def _off_supplier(self, rng: random.Random, key: str) -> str | None:
        """Where this unit buys ``key`` beside the agreements (None: it never does)."""
        names = OFF_SUPPLIERS.get(key)
        if names is not None and not names:
            return None
        known = [self.off_by_name[n] for n in names or () if n in self.off_by_name]
        return rng.choice(known or self.off_suppliers)

    def _agreement_for(self, key: str, day: date) -> Agreement | None:
        """The category's agreement valid on ``day``, or another valid one of the same scope."""
        own = self.agreements.get(f"a-{key}")
        if own is not None and own.is_valid_on(day) and own.supplier_ids:
            return own
        cpv = CATEGORY_BY_KEY[key].cpv
        for agreement in sorted(self.agreements.values(), key=lambda a: a.id):
            if cpv in agreement.cpv_codes and agreement.is_valid_on(day) and agreement.supplier_ids:
                return agreement
        return None

    def _month_of_category(
        self, rng: random.Random, buy: _Buy, month_first: date, amount: float
    ) -> None:
        last_day = min(month_end(f"{month_first:%Y-%m}"), self.today - timedelta(days=1))
        if last_day < month_first:
            return
        count = 1 if amount < 1500 else rng.randint(1, 3)
        weights = [rng.uniform(0.6, 1.4) for _ in range(count)]
        for weight in weights:
            day = month_first + timedelta(days=rng.randint(0, (last_day - month_first).days))
            self._invoice(rng, buy, day, _ore(amount * weight / sum(weights)))

    def _invoice(self, rng: random.Random, buy: _Buy, day: date, amount: Decimal) -> None:
        category = CATEGORY_BY_KEY[buy.key]
        agreement = self._agreement_for(buy.key, day)
        account = ACCOUNTS[ACCOUNT_OF_CATEGORY[buy.key]][0]
        self.serial += 1
        serial = f"{buy.unit.id.removeprefix('u-')}-{day:%Y%m%d}-{self.serial:04d}"
        description = category.names["sv"]
        off = agreement is None or (buy.off_supplier is not None and rng.random() < buy.off_share)
        if off:
            supplier = buy.off_supplier or self.off_suppliers[0]
            self.purchases.append(Purchase(
                f"inv-{serial}", buy.unit.id, day, supplier, self.names[supplier],
                category.cpv, account, amount, through_avrop=False,
                description=f"{description} (köpt utanför avtal)",
            ))  # fmt: skip
            return
        assert agreement is not None
        ranked = agreement.supplier_ids
        supplier = ranked[1] if len(ranked) > 1 and rng.random() < 0.2 else ranked[0]
        avrop = agreement.in_ecommerce and rng.random() >= buy.habits.outside_avrop
        level = self.levels[agreement.id]
        self.purchases.append(Purchase(
            f"inv-{serial}", buy.unit.id, day, supplier, self.names.get(supplier, supplier),
            category.cpv, account, amount, through_avrop=avrop, agreement_id=agreement.id,
            list_amount=cents(amount / level), order_id=f"{'AV' if avrop else 'AR'}-{serial}",
            description=description,
        ))  # fmt: skip

    def _budgets(self, rng: random.Random, unit: Unit, profile: Monthly, habits: Habits) -> None:
        yearly: dict[str, float] = {}
        season = sum(SEASON[unit.kind])
        for key, (base, chance) in profile.items():
            account = ACCOUNT_OF_CATEGORY[key]
            yearly[account] = yearly.get(account, 0.0) + base * chance * season * habits.size
        for year in (self.today.year - 1, self.today.year):
            for group, expected in sorted(yearly.items()):
                account, name = ACCOUNTS[group]
                rounded = round(expected * rng.uniform(1.02, 1.15) / 1000) * 1000
                amount = Decimal(rounded).quantize(Decimal("0.01"))
                self.budgets.append(Budget(unit.id, year, account, name, amount))

    def _commitments(self, rng: random.Random, unit: Unit, profile: Monthly) -> None:
        keys = sorted(k for k in profile if profile[k][1] >= 0.9)
        for number in range(1, 4):
            key = rng.choice(keys)
            placed = self.today - timedelta(days=rng.randint(1, 10))
            amount = _ore(profile[key][0] * rng.uniform(0.2, 0.5))
            account = ACCOUNTS[ACCOUNT_OF_CATEGORY[key]][0]
            order_id = f"AV-{unit.id.removeprefix('u-')}-open-{number}"
            self.commitments.append(OpenOrder(order_id, unit.id, placed, account, amount))


@dataclass(frozen=True)
class _Buy:
    """What is being bought: by which unit, which category, how, beside the agreements where."""

    unit: Unit
    key: str
    off_share: float
    habits: Habits
    off_supplier: str | None
