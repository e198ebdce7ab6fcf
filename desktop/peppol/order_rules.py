"""Rules shared by orders and order responses: currencies, amounts, line ids, codes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from desktop.peppol import ubl_names as u
from desktop.peppol.catalogue_rules import gtin_is_valid
from desktop.peppol.errors import DocumentError
from desktop.peppol.party_xml import text
from desktop.peppol.safe_xml import xml_line

Element = etree._Element

_LINE_ITEM = u.cac("LineItem")
_PRICE_AMOUNT = u.cbc("PriceAmount")


def line_id_of(el: Element) -> str | None:
    """The ``LineItem/ID`` of the line ``el`` is in, None in the header."""
    for line in el.iterancestors(_LINE_ITEM):
        return text(line.find(u.cbc("ID"))) or None
    return None


def local(el: Element) -> str:
    return str(el.tag).rpartition("}")[2]


def check_header_ids(
    root: Element,
    customization: str,
    profiles: set[str],
    errors: list[DocumentError],
    *,
    currency_required: bool = True,
) -> None:
    """CustomizationID, ProfileID and DocumentCurrencyCode (if required or given) are right."""
    found = text(root.find(u.cbc("CustomizationID")))
    if found != customization:
        message = f"CustomizationID must be {customization}, not {found!r}"
        errors.append(DocumentError(None, None, "CustomizationID", "customization_id", message))
    profile = text(root.find(u.cbc("ProfileID")))
    if profile not in profiles:
        message = f"ProfileID {profile!r} is not one of {', '.join(sorted(profiles))}"
        errors.append(DocumentError(None, None, "ProfileID", "profile_id", message))
    currency = text(root.find(u.cbc("DocumentCurrencyCode")))
    if not currency and not currency_required:
        return
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        message = f"DocumentCurrencyCode {currency!r} is not an ISO 4217 code"
        errors.append(DocumentError(None, None, "DocumentCurrencyCode", "currency", message))


def check_amounts(root: Element, currency: str, errors: list[DocumentError]) -> None:
    """Every amount is in ``currency``; all but unit prices have at most two decimals."""
    for el in root.iter():
        found = el.get("currencyID")
        if found is None:
            continue
        where = (line_id_of(el), xml_line(el))
        if found != currency:
            message = f"{local(el)} is in {found}, the document in {currency}"
            errors.append(
                DocumentError(*where, f"{local(el)}/@currencyID", "mixed_currency", message)
            )
        if el.tag != _PRICE_AMOUNT and decimals(text(el)) > 2:
            message = f"{local(el)} {text(el)} has more than two decimals"
            errors.append(DocumentError(*where, local(el), "amount_decimals", message))


def decimals(value: str) -> int:
    """How many decimals ``value`` is written with."""
    _, _, fraction = value.partition(".")
    return len(fraction)


def number(value: str) -> Decimal | None:
    try:
        result = Decimal(value)
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def check_unique(line_ids: list[str], lines: list[Element], errors: list[DocumentError]) -> None:
    seen: set[str] = set()
    for line_id, el in zip(line_ids, lines, strict=True):
        if line_id in seen:
            message = f"line ID {line_id!r} is used twice"
            errors.append(DocumentError(line_id, xml_line(el), "ID", "duplicate_line_id", message))
        seen.add(line_id)


def check_gtin(item: Element, line_id: str | None, errors: list[DocumentError]) -> str | None:
    """The item's GTIN (``StandardItemIdentification/ID``) if any, checked."""
    el = item.find(f"{u.cac('StandardItemIdentification')}/{u.cbc('ID')}")
    gtin = text(el) or None
    if el is None or gtin is None:
        return None
    if el.get("schemeID") != u.GTIN_SCHEME:
        message = "the standard item id needs schemeID 0160 (GTIN)"
        errors.append(
            DocumentError(
                line_id,
                xml_line(el),
                "StandardItemIdentification/ID/@schemeID",
                "gtin_scheme",
                message,
            )
        )
    elif not gtin_is_valid(gtin):
        message = f"{gtin!r} is not a valid GTIN"
        errors.append(
            DocumentError(
                line_id, xml_line(el), "StandardItemIdentification/ID", "gtin_invalid", message
            )
        )
    return gtin


def to_date(
    value: str, field: str, errors: list[DocumentError], line_id: str | None = None
) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        message = f"{value!r} is not a usable date"
        errors.append(DocumentError(line_id, None, field, "invalid_date", message))
        return None
