"""Avrop's own checks beside the official rules: warnings only, never a refusal.

They say what no PEPPOL rule checks but Avrop needs to know: a GTIN or a delivery GLN
with a wrong check digit, a catalogue line without a price (shown, but not orderable).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from desktop.peppol import ubl_names as u

Element = etree._Element


@dataclass(frozen=True)
class AvropFinding:
    """One Avrop warning: rule id, the element it is about, and the message."""

    rule_id: str
    element: Element
    message: str


def gs1_check_digit_ok(code: str) -> bool:
    """True for a GS1 key (GTIN-8/12/13/14, GLN) with a correct check digit."""
    if len(code) not in (8, 12, 13, 14) or not code.isascii() or not code.isdigit():
        return False
    digits = [int(c) for c in reversed(code[:-1])]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits))
    return (10 - total % 10) % 10 == int(code[-1])


def _text(el: Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def avrop_findings(root: Element) -> Iterator[AvropFinding]:
    """Avrop's warnings about the document whose root is ``root``."""
    standard_id = f"{u.cac('StandardItemIdentification')}/{u.cbc('ID')}"
    for el in root.iterfind(f".//{standard_id}"):
        code = _text(el)
        if el.get("schemeID") == u.GTIN_SCHEME and not gs1_check_digit_ok(code):
            yield AvropFinding(
                "AVROP-GTIN", el, f"GTIN {code!r} has a wrong check digit (or length)"
            )
    location_id = f"{u.cac('DeliveryLocation')}/{u.cbc('ID')}"
    for el in root.iterfind(f".//{location_id}"):
        code = _text(el)
        if el.get("schemeID") == u.GLN_SCHEME and not gs1_check_digit_ok(code):
            yield AvropFinding(
                "AVROP-GLN", el, f"GLN {code!r} of the delivery location has a wrong check digit"
            )
    if etree.QName(root).localname == "Catalogue":
        yield from _catalogue_lines(root)


def _catalogue_lines(root: Element) -> Iterator[AvropFinding]:
    price = f"{u.cac('RequiredItemLocationQuantity')}/{u.cac('Price')}/{u.cbc('PriceAmount')}"
    for line in root.iterfind(u.cac("CatalogueLine")):
        action = _text(line.find(u.cbc("ActionCode")))
        if action.lower() == "delete":
            continue
        if line.find(price) is None:
            yield AvropFinding(
                "AVROP-LINE-NO-PRICE",
                line,
                "the line has no price: it is shown but cannot be ordered",
            )
