"""The demo agreements: one per category, plus an expired and a not-yet-valid one."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from central_api.demo.categories import CATEGORIES
from central_api.demo.instructions import instructions_for
from desktop.domain.reference import Agreement, CallOffMethod, Supplier


@dataclass(frozen=True)
class ExtraAgreement:
    """An agreement that is not one of the categories (its key names its suppliers)."""

    key: str
    name: str
    cpv: str
    call_off: CallOffMethod
    in_ecommerce: bool
    suppliers: int
    category: str | None = None  # the category it covered or will cover, if any
    names: tuple[tuple[str, str], ...] = ()  # (language, name) beside the Swedish one


COFFEE_OLD = ExtraAgreement(
    "coffee_old",
    "Kaffe och te (föregående avtal)",
    "15860000",
    CallOffMethod.DIRECT,
    True,
    1,
    "coffee",
    (
        ("da", "Kaffe og te (tidligere aftale)"),
        ("nb", "Kaffe og te (tidligere avtale)"),
        ("en", "Coffee and tea (previous agreement)"),
    ),
)
PLAYGROUND = ExtraAgreement(
    "playground",
    "Lekplatsutrustning",
    "37535200",
    CallOffMethod.MINI_COMPETITION,
    False,
    2,
    names=(("da", "Legepladsudstyr"), ("nb", "Lekeplassutstyr"), ("en", "Playground equipment")),
)
EXTRA_AGREEMENTS = (COFFEE_OLD, PLAYGROUND)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _description(name: str, cpv: str, in_ecommerce: bool) -> str:
    where = (
        "Avtalets artiklar finns i Avrop."
        if in_ecommerce
        else "Avtalet finns inte i e-handeln: följ instruktionerna för avrop."
    )
    return f"Ramavtal för {name.lower()} (CPV {cpv}) för kommunens verksamheter. {where}"


def _agreement(
    key: str,
    number: str,
    name: str,
    cpv: str,
    call_off: CallOffMethod,
    in_ecommerce: bool,
    valid: tuple[date, date],
    suppliers: list[Supplier],
    names: dict[str, str],
) -> Agreement:
    return Agreement(
        id=f"a-{key}",
        number=number,
        name=name,
        call_off=call_off,
        valid_from=valid[0],
        valid_to=valid[1],
        in_ecommerce=in_ecommerce,
        supplier_ids=tuple(s.id for s in suppliers),
        cpv_codes=(cpv,),
        description=_description(name, cpv, in_ecommerce),
        instructions=instructions_for(key, number, call_off, in_ecommerce, suppliers),
        names=names,
    )


def category_agreements(
    rng: random.Random, today: date, suppliers_by_key: dict[str, list[Supplier]]
) -> list[Agreement]:
    """``a-<key>`` for every category, valid today, numbered ``EKB-<year>-0NN``."""
    result = []
    for index, category in enumerate(CATEGORIES, start=1):
        valid_from = today - timedelta(days=rng.randint(30, 900))
        valid_to = _add_years(valid_from, rng.choice((2, 3, 4))) - timedelta(days=1)
        if valid_to < today + timedelta(days=60):
            valid_to = today + timedelta(days=rng.randint(120, 500))
        number = f"EKB-{valid_from.year}-{index:03d}"
        result.append(
            _agreement(
                category.key,
                number,
                category.names["sv"],
                category.cpv,
                category.call_off,
                category.in_ecommerce,
                (valid_from, valid_to),
                suppliers_by_key[category.key],
                dict(category.names),
            )
        )
    return result


def extra_agreements(
    today: date, suppliers_by_key: dict[str, list[Supplier]], first_index: int
) -> list[Agreement]:
    """The expired predecessor of the coffee agreement and a playground one starting soon."""
    old_to = today - timedelta(days=120)
    old_from = _add_years(old_to, -4) + timedelta(days=1)
    new_from = today + timedelta(days=45)
    spans = {
        COFFEE_OLD.key: (old_from, old_to),
        PLAYGROUND.key: (new_from, _add_years(new_from, 4) - timedelta(days=1)),
    }
    result = []
    for offset, extra in enumerate(EXTRA_AGREEMENTS):
        span = spans[extra.key]
        number = f"EKB-{span[0].year}-{first_index + offset:03d}"
        result.append(
            _agreement(
                extra.key,
                number,
                extra.name,
                extra.cpv,
                extra.call_off,
                extra.in_ecommerce,
                span,
                suppliers_by_key[extra.key],
                {"sv": extra.name, **dict(extra.names)},
            )
        )
    return result
