"""The demo in a Swedish, a Danish and a Norwegian variant (``--demo se|dk|no``).

The Swedish data of ``generator.generate`` is the ``se`` variant, unchanged. ``localise``
turns it into another variant: the municipality, its units and people, the suppliers of
the country (org. numbers in the country's scheme, with valid check digits), agreement
names, and the catalogues' language and currency (``localise_line``). Ids stay the same
so that every seed step works on every variant.
"""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from central_api.demo.categories import CATEGORY_BY_KEY
from central_api.demo.generator import SEED, DemoData
from central_api.demo.identifiers import gln
from central_api.demo.suppliers import domain_of, make_supplier
from central_api.demo.variants.dk import DK
from central_api.demo.variants.instructions import local_instructions
from central_api.demo.variants.model import CountryData
from central_api.demo.variants.no import NO
from desktop.domain.catalogue import CatalogueLine
from desktop.domain.demo_variants import DEFAULT_DEMO_VARIANT, demo_variant
from desktop.domain.guidance import GuidanceRules, OfficeContact
from desktop.domain.reference import Address, Agreement, Supplier, Unit

COUNTRY_DATA: dict[str, CountryData] = {"dk": DK, "no": NO}
_CENT = Decimal("0.01")
_DESCRIPTIONS = {
    "da": (
        "Rammeaftale om {name} (CPV {cpv}) for kommunens institutioner.",
        "Aftalens varer findes i Avrop.",
        "Aftalen findes ikke i e-handlen: følg vejledningen for bestilling.",
    ),
    "nb": (
        "Rammeavtale om {name} (CPV {cpv}) for kommunens virksomheter.",
        "Avtalens varer finnes i Avrop.",
        "Avtalen finnes ikke i e-handelen: følg veiledningen for avrop.",
    ),
}


def localise(data: DemoData, code: str = DEFAULT_DEMO_VARIANT) -> DemoData:
    """``data`` (the Swedish demo) as variant ``code``; ``se`` returns it unchanged."""
    variant = demo_variant(code)
    country = COUNTRY_DATA.get(variant.code)
    if country is None:
        return data
    suppliers = {s.id: _supplier(country, s) for s in data.suppliers}
    _name_register_firms(country, suppliers, {s.id for s in data.suppliers if s.country == "SE"})
    return replace(
        data,
        variant=variant.code,
        municipality=country.municipality,
        units=tuple(_unit(country, u) for u in data.units),
        users=tuple(
            replace(
                u,
                display_name=country.people.get(u.username, u.display_name),
                language=variant.language,
            )
            for u in data.users
        ),
        suppliers=tuple(suppliers.values()),
        agreements=tuple(_agreement(country, a, suppliers) for a in data.agreements),
    )


def localise_line(line: CatalogueLine, code: str) -> CatalogueLine:
    """A catalogue line written in SEK, in the currency of variant ``code``."""
    country = COUNTRY_DATA.get(code)
    if country is None:
        return line
    rate = country.price_rate

    def convert(amount: Decimal | None) -> Decimal | None:
        return None if amount is None else (amount * rate).quantize(_CENT, ROUND_HALF_UP)

    return replace(
        line,
        price=convert(line.price),
        list_price=convert(line.list_price),
        currency=country.variant.currency,
    )


def localise_guidance(rules: GuidanceRules, code: str) -> GuidanceRules:
    """The office's guidance of variant ``code``: its contact is the variant's office."""
    country = COUNTRY_DATA.get(code)
    if country is None:
        return rules
    town = country.municipality
    office = OfficeContact(name=country.office_name, email=town.email, phone=town.phone)
    return replace(rules, office=office)


def _unit(country: CountryData, unit: Unit) -> Unit:
    text = country.units[unit.id]
    number = int(unit.gln[-6:-1]) if unit.gln else 0
    return replace(
        unit,
        name=text.name,
        address=Address(text.street, text.postcode, country.city, country.variant.country),
        gln=gln(country.gln_prefix, number) if unit.gln else None,
        parent_name=country.parents.get(unit.parent_name, unit.parent_name),
    )


def _company_name(country: CountryData, name: str) -> str:
    for swedish, local in country.name_words:
        name = name.replace(swedish, local)
    if name.endswith(".se"):
        return name.removesuffix(".se") + "." + country.variant.code
    return name.removesuffix(" AB") + country.company_suffix if name.endswith(" AB") else name


def _supplier(country: CountryData, supplier: Supplier) -> Supplier:
    """A Swedish supplier becomes one of the variant's country (the others stay)."""
    if supplier.country != "SE":
        return supplier
    rng = random.Random(f"avrop-demo-{SEED}-{country.variant.code}-{supplier.id}")
    name = _company_name(country, supplier.name)
    moved = make_supplier(
        rng,
        supplier.id,
        name,
        country.variant.country,
        in_ecommerce=supplier.in_ecommerce,
        min_order=str(supplier.min_order_amount),
        email_user=(supplier.email or "order@").split("@")[0],
    )
    return moved


def _name_register_firms(
    country: CountryData, suppliers: dict[str, Supplier], moved: set[str]
) -> None:
    """The register's other firms that moved to the country get local, unique names."""
    firms = sorted((s for s in moved if s.startswith("s-reg-")), key=lambda s: int(s[6:]))
    taken = {s.name for sid, s in suppliers.items() if sid not in firms}
    size, trades = len(country.surnames), len(country.trades)
    k = 0
    for supplier_id in firms:
        while True:
            surname = k % size
            trade = (k // size + surname) % trades
            name = f"{country.surnames[surname]} {country.trades[trade]}{country.company_suffix}"
            k += 1
            if name not in taken:
                break
        taken.add(name)
        old = suppliers[supplier_id]
        domain = domain_of(name)
        suppliers[supplier_id] = replace(
            old, name=name, email=f"info@{domain}", web=f"https://www.{domain}"
        )


def _agreement(
    country: CountryData, agreement: Agreement, suppliers: dict[str, Supplier]
) -> Agreement:
    category = CATEGORY_BY_KEY.get(agreement.id.removeprefix("a-"))
    language = country.variant.language
    name = category.names[language] if category is not None else agreement.name
    title, listed, not_listed = _DESCRIPTIONS[language]
    cpv = agreement.cpv_codes[0] if agreement.cpv_codes else ""
    description = " ".join(
        (title.format(name=name.lower(), cpv=cpv), listed if agreement.in_ecommerce else not_listed)
    )
    town = country.municipality
    instructions = local_instructions(
        language,
        f"{country.office_name} ({town.email}, tlf. {town.phone})",
        agreement.id.removeprefix("a-"),
        agreement.number,
        agreement.call_off,
        agreement.in_ecommerce,
        [suppliers[s] for s in agreement.supplier_ids],
    )
    return replace(agreement, name=name, description=description, instructions=instructions)
