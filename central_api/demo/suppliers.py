"""The supplier register: agreement suppliers, off-agreement shops and filler firms."""

from __future__ import annotations

import random
import unicodedata
from decimal import Decimal

from central_api.demo.identifiers import (
    danish_cvr,
    norwegian_org_number,
    peppol_endpoint,
    swedish_org_number,
)
from central_api.demo.supplier_names import (
    AGREEMENT_SUPPLIERS,
    DK_NAMES,
    NO_NAMES,
    OFF_AGREEMENT,
    PLACES,
    SURNAMES,
    TRADES_DK,
    TRADES_NO,
    TRADES_SV,
)
from desktop.domain.reference import Supplier

TOTAL_SUPPLIERS = 300
_MIN_ORDER = ("0", "0", "300", "500", "500", "800", "1000")
_SUFFIXES = (" AB", " A/S", " AS", " Aktiebolag", " & Co")


def domain_of(name: str) -> str:
    """A web domain from a company name: ``Ekby Hembageri AB`` → ``ekbyhembageri.se``."""
    if name.endswith(".se"):
        return name.lower()
    country = "dk" if name.endswith("A/S") else "no" if name.endswith(" AS") else "se"
    stem = name
    for suffix in _SUFFIXES:
        stem = stem.removesuffix(suffix)
    ascii_stem = unicodedata.normalize("NFKD", stem.replace("ø", "o").replace("æ", "ae"))
    slug = "".join(c for c in ascii_stem.lower() if c.isascii() and c.isalnum())
    return f"{slug}.{country}"


def phone_for(country: str, rng: random.Random) -> str:
    digits = [str(rng.randrange(10)) for _ in range(8)]
    if country == "DK":
        return "+45 " + " ".join("".join(digits[i : i + 2]) for i in range(0, 8, 2))
    if country == "NO":
        return f"+47 {''.join(digits[:3])} {''.join(digits[3:5])} {''.join(digits[5:])}"
    area = rng.choice(("08", "031", "040", "054", "0570", "019", "021"))
    return f"{area}-{''.join(digits[:3])} {''.join(digits[3:5])} {''.join(digits[5:7])}"


def make_supplier(
    rng: random.Random,
    supplier_id: str,
    name: str,
    country: str,
    *,
    in_ecommerce: bool,
    min_order: str | None = None,
    email_user: str = "order",
) -> Supplier:
    if country == "SE":
        org = swedish_org_number(rng)
    elif country == "DK":
        org = danish_cvr(rng)
    else:
        org = norwegian_org_number(rng)
    endpoint_id, scheme = peppol_endpoint(country, org)
    domain = domain_of(name)
    return Supplier(
        id=supplier_id,
        name=name,
        endpoint_id=endpoint_id,
        endpoint_scheme=scheme,
        country=country,
        in_ecommerce=in_ecommerce,
        min_order_amount=Decimal(min_order or rng.choice(_MIN_ORDER)).quantize(Decimal("0.01")),
        phone=phone_for(country, rng),
        email=f"{email_user}@{domain}",
        web=f"https://www.{domain}",
    )


def agreement_suppliers(
    rng: random.Random, key: str, count: int, in_ecommerce: bool
) -> list[Supplier]:
    """``s-<key>-1`` … ``s-<key>-<count>``, in rank order."""
    names = list(AGREEMENT_SUPPLIERS.get(key, ()))
    while len(names) < count:
        names.append((f"{rng.choice(SURNAMES)}s {key.replace('_', ' ').title()} AB", "SE"))
    return [
        make_supplier(rng, f"s-{key}-{n}", name, country, in_ecommerce=in_ecommerce)
        for n, (name, country) in enumerate(names[:count], start=1)
    ]


def off_agreement_suppliers(rng: random.Random) -> list[Supplier]:
    """``s-off-<n>``: web shops and local stores, none in e-commerce."""
    result = []
    for n, (name, country, kind) in enumerate(OFF_AGREEMENT, start=1):
        min_order = "0" if kind == "store" else rng.choice(("0", "199", "499"))
        user = "kundservice" if kind == "webshop" else "info"
        result.append(
            make_supplier(
                rng,
                f"s-off-{n}",
                name,
                country,
                in_ecommerce=False,
                min_order=min_order,
                email_user=user,
            )
        )
    return result


def _filler_name(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.08:
        return f"{rng.choice(DK_NAMES)} {rng.choice(TRADES_DK)} A/S", "DK"
    if roll < 0.16:
        return f"{rng.choice(NO_NAMES)} {rng.choice(TRADES_NO)} AS", "NO"
    owner = rng.choice(SURNAMES) + "s" if rng.random() < 0.6 else rng.choice(PLACES)
    return f"{owner} {rng.choice(TRADES_SV)} AB", "SE"


def filler_suppliers(rng: random.Random, count: int, taken: set[str]) -> list[Supplier]:
    """``s-reg-<n>``: other firms of the register (no agreement, not in e-commerce)."""
    result: list[Supplier] = []
    while len(result) < count:
        name, country = _filler_name(rng)
        if name in taken:
            continue
        taken.add(name)
        supplier_id = f"s-reg-{len(result) + 1}"
        result.append(
            make_supplier(rng, supplier_id, name, country, in_ecommerce=False, email_user="info")
        )
    return result
