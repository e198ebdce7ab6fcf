"""The demo's country variants: ``--demo se|dk|no`` (Swedish, Danish, Norwegian).

Shared by the app (which data folder, which UI language on first start) and the demo
seed of the central API (currency, party identifier scheme, product language).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoVariant:
    code: str  # what ``--demo`` takes
    country: str  # ISO 3166-1 alpha-2, e.g. for the country's public holidays
    language: str  # the UI and product language: sv, da or nb
    currency: str  # ISO 4217
    party_scheme: str  # PEPPOL EAS of the country's organisation numbers


DEMO_VARIANTS: dict[str, DemoVariant] = {
    "se": DemoVariant("se", "SE", "sv", "SEK", "0007"),
    "dk": DemoVariant("dk", "DK", "da", "DKK", "0184"),
    "no": DemoVariant("no", "NO", "nb", "NOK", "0192"),
}
DEFAULT_DEMO_VARIANT = "se"
CURRENCY_OF_COUNTRY: dict[str, str] = {v.country: v.currency for v in DEMO_VARIANTS.values()}


def demo_variant(code: str) -> DemoVariant:
    """The variant ``code`` (``se``, ``dk``, ``no``); ``ValueError`` for anything else."""
    variant = DEMO_VARIANTS.get(code.strip().lower())
    if variant is None:
        choices = ", ".join(DEMO_VARIANTS)
        raise ValueError(f"Unknown demo variant {code!r} ({choices}).")
    return variant


def currency_of_country(country: str) -> str:
    """The currency a Nordic municipality of ``country`` buys in (SEK when unknown)."""
    return CURRENCY_OF_COUNTRY.get(country.upper(), "SEK")


def demo_folder(variant: str) -> str:
    """The data folder of demo ``variant`` inside the app's: ``demo``, ``demo-dk``, ``demo-no``."""
    return "demo" if variant == DEFAULT_DEMO_VARIANT else f"demo-{variant}"
