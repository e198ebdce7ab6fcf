"""Reads and checks PEPPOL BIS 3 Order documents."""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from desktop.domain.reference import Address
from desktop.peppol import order_rules as r
from desktop.peppol import ubl_names as u
from desktop.peppol.catalogue_validation import ValidationReport
from desktop.peppol.codelists import is_unit_code
from desktop.peppol.document_parsing import MAX_DOCUMENT_BYTES, load_document
from desktop.peppol.errors import DocumentError, PeppolDocumentError
from desktop.peppol.order_document import Delivery, OrderDocument, OrderLineDoc
from desktop.peppol.party_xml import child_text, originator_from_element, party_from_element, text
from desktop.peppol.safe_xml import Source, parse_document, xml_line

Element = etree._Element

PROFILES = {u.ORDERING_PROFILE, u.ORDER_ONLY_PROFILE, u.ADVANCED_ORDERING_PROFILE}
_TOLERANCE = Decimal("0.005")  # a stated line amount may differ from the exact by rounding


def read_order(
    source: Source | Element, *, max_bytes: int = MAX_DOCUMENT_BYTES, schema_valid: bool = False
) -> OrderDocument:
    """The order in ``source`` (or in a root parsed already; ``schema_valid``: validated
    against the UBL schema already); :class:`PeppolDocumentError` listing every problem."""
    doc, errors, _ = _read(source, max_bytes, schema_valid)
    if errors or doc is None:
        raise PeppolDocumentError(errors or [DocumentError(None, None, "", "missing", "no order")])
    return doc


def order_note(source: Source, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """The orderer's note (``cbc:Note``) of a stored order document; "" when it has none
    or cannot be read (safe parsing, no validation: the document was checked on arrival)."""
    try:
        root = parse_document(source, max_bytes)
    except PeppolDocumentError:
        return ""
    return child_text(root, "cbc:Note")


def validate_order(source: Source, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> ValidationReport:
    """Every problem of the order in ``source`` (none for a valid one)."""
    try:
        _, errors, lines = _read(source, max_bytes)
    except PeppolDocumentError as exc:
        known = not any(e.code == "wrong_document" for e in exc.errors)
        return ValidationReport("Order" if known else None, 0, exc.errors)
    return ValidationReport("Order", lines, tuple(errors))


def _read(
    source: Source | Element, max_bytes: int, schema_valid: bool = False
) -> tuple[OrderDocument | None, list[DocumentError], int]:
    root, errors = load_document(source, "Order", max_bytes, schema_valid=schema_valid)
    line_els = [el for el in root.iterfind(f"{u.cac('OrderLine')}/{u.cac('LineItem')}")]
    if errors:
        return None, errors, len(line_els)
    r.check_header_ids(root, u.ORDER_CUSTOMIZATION, PROFILES, errors)
    currency = text(root.find(u.cbc("DocumentCurrencyCode")))
    r.check_amounts(root, currency, errors)
    # PEPPOL lets a party be identified by id alone (no registration name, no address)
    buyer = party_from_element(
        root.find(f"{u.cac('BuyerCustomerParty')}/{u.cac('Party')}"),
        "BuyerCustomerParty",
        errors,
        need_name=False,
    )
    seller = party_from_element(
        root.find(f"{u.cac('SellerSupplierParty')}/{u.cac('Party')}"),
        "SellerSupplierParty",
        errors,
        need_name=False,
    )
    originator = originator_from_element(
        root.find(f"{u.cac('OriginatorCustomerParty')}/{u.cac('Party')}"), errors
    )
    lines = [_line(el, errors) for el in line_els]
    r.check_unique([line.line_id for line in lines], line_els, errors)
    stated = [r.number(child_text(el, "cbc:LineExtensionAmount")) or Decimal(0) for el in line_els]
    _check_total(root, sum(stated, Decimal(0)), errors)
    delivery_el = root.find(u.cac("Delivery"))
    delivery = _delivery(delivery_el, errors) if delivery_el is not None else None
    issue_date = r.to_date(child_text(root, "cbc:IssueDate"), "IssueDate", errors)
    if errors or buyer is None or seller is None or issue_date is None:
        return None, errors, len(lines)
    doc = OrderDocument(
        order_id=child_text(root, "cbc:ID"),
        issue_date=issue_date,
        currency=currency,
        buyer=buyer,
        seller=seller,
        lines=tuple(lines),
        customer_reference=child_text(root, "cbc:CustomerReference"),
        accounting_cost=child_text(root, "cbc:AccountingCost"),
        delivery=delivery,
        contract_id=child_text(root, "cac:Contract", "cbc:ID") or None,
        note=child_text(root, "cbc:Note"),
        profile_id=child_text(root, "cbc:ProfileID"),
        originator=originator,
    )
    return doc, errors, len(lines)


def _line(el: Element, errors: list[DocumentError]) -> OrderLineDoc:
    line_id = child_text(el, "cbc:ID")
    where = xml_line(el)

    def err(field: str, code: str, message: str) -> None:
        errors.append(DocumentError(line_id or None, where, field, code, message))

    quantity_el = el.find(u.cbc("Quantity"))
    quantity = r.number(text(quantity_el)) if quantity_el is not None else None
    unit = quantity_el.get("unitCode", "") if quantity_el is not None else ""
    if quantity is None:
        err("Quantity", "missing", "the line has no quantity")
    elif quantity < 0:
        err("Quantity", "negative_quantity", "the quantity cannot be negative")
    if quantity is not None and not is_unit_code(unit):
        err("Quantity/@unitCode", "unit_code", f"{unit!r} is not a UN/ECE Rec 20 unit code")
    price = r.number(child_text(el, "cac:Price", "cbc:PriceAmount"))
    base = r.number(child_text(el, "cac:Price", "cbc:BaseQuantity") or "1")
    if price is None:
        err("Price/PriceAmount", "missing", "the line has no price")
    elif price < 0:
        err("Price/PriceAmount", "negative_price", "a price cannot be negative")
    if base is None or base <= 0:
        err("Price/BaseQuantity", "base_quantity", "the base quantity must be above 0")
        base = None
    stated = r.number(child_text(el, "cbc:LineExtensionAmount"))
    if None not in (stated, quantity, price, base):
        exact = quantity * price / base  # type: ignore[operator]
        if abs(stated - exact) > _TOLERANCE:  # type: ignore[operator]
            err(
                "LineExtensionAmount",
                "line_amount",
                f"line amount {stated} is not quantity × price ÷ base quantity ({exact:.2f})",
            )
    item = el.find(u.cac("Item"))
    name = child_text(item, "cbc:Name") if item is not None else ""
    if not name:
        err("Item/Name", "missing", "the item has no name")
    gtin = _gtin(item) if item is not None else None
    seller_id = (
        child_text(item, "cac:SellersItemIdentification", "cbc:ID") if item is not None else ""
    )
    return OrderLineDoc(
        line_id=line_id,
        quantity=quantity or Decimal(0),
        unit_code=unit,
        price=price or Decimal(0),
        name=name,
        base_quantity=base or Decimal(1),
        seller_item_id=seller_id or None,
        gtin=gtin,
        accounting_cost=child_text(el, "cbc:AccountingCost"),
    )


def _gtin(item: Element) -> str | None:
    """The item's GTIN (``StandardItemIdentification/ID`` under scheme 0160), if any.

    No PEPPOL rule checks a GTIN's check digit: a bad one is read as given (the rules
    check warns), never refused here.
    """
    el = item.find(f"{u.cac('StandardItemIdentification')}/{u.cbc('ID')}")
    if el is None or el.get("schemeID") != u.GTIN_SCHEME:
        return None
    return text(el) or None


def _check_total(root: Element, expected: Decimal, errors: list[DocumentError]) -> None:
    """The total equals the sum of the lines' stated amounts (each checked on its own).

    The payable amount is not compared: PEPPOL lets it include ``TaxTotal`` and
    allowances and charges, and the official rules check it.
    """
    totals = root.find(u.cac("AnticipatedMonetaryTotal"))
    if totals is None:
        return
    stated = r.number(child_text(totals, "cbc:LineExtensionAmount"))
    if stated is not None and stated != expected:
        message = f"the lines add up to {expected}, the total says {stated}"
        errors.append(
            DocumentError(
                None,
                xml_line(totals),
                "AnticipatedMonetaryTotal/LineExtensionAmount",
                "total_mismatch",
                message,
            )
        )


def _delivery(el: Element, errors: list[DocumentError]) -> Delivery:
    location = el.find(u.cac("DeliveryLocation"))
    location_id = None
    address = None
    if location is not None:
        id_el = location.find(u.cbc("ID"))
        location_id = text(id_el) or None
        a = location.find(u.cac("Address"))
        if a is not None:
            address = Address(
                child_text(a, "cbc:StreetName"),
                child_text(a, "cbc:PostalZone"),
                child_text(a, "cbc:CityName"),
                child_text(a, "cac:Country", "cbc:IdentificationCode"),
            )
    start = r.to_date(
        child_text(el, "cac:RequestedDeliveryPeriod", "cbc:StartDate"),
        "RequestedDeliveryPeriod/StartDate",
        errors,
    )
    end = r.to_date(
        child_text(el, "cac:RequestedDeliveryPeriod", "cbc:EndDate"),
        "RequestedDeliveryPeriod/EndDate",
        errors,
    )
    if start and end and end < start:
        message = "the requested delivery period ends before it starts"
        errors.append(
            DocumentError(None, xml_line(el), "RequestedDeliveryPeriod", "validity_range", message)
        )
    return Delivery(
        location_id=location_id,
        address=address,
        requested_from=start,
        requested_to=end,
        final_recipient=child_text(el, "cac:DeliveryParty", "cac:PartyName", "cbc:Name"),
    )
