"""PEPPOL BIS 3 Order Response: the supplier's answer to an order (AB, AP, RE, CA)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from lxml import etree

from desktop.peppol import order_rules as r
from desktop.peppol import ubl_names as u
from desktop.peppol.catalogue_validation import ValidationReport
from desktop.peppol.codelists import is_unit_code
from desktop.peppol.document_parsing import MAX_DOCUMENT_BYTES, load_document
from desktop.peppol.errors import DocumentError, PeppolDocumentError
from desktop.peppol.parties import Party
from desktop.peppol.party_xml import (
    child_text,
    decimal_text,
    party_from_element,
    sub,
    text,
)
from desktop.peppol.safe_xml import Source, xml_line

Element = etree._Element


class ResponseCode(StrEnum):
    """``OrderResponseCode`` (UNCL 4343 subset)."""

    RECEIVED = "AB"
    ACCEPTED = "AP"
    REJECTED = "RE"
    CHANGED = "CA"  # accepted with changes: the changed lines are listed


class LineStatus(StrEnum):
    """``LineItem/LineStatusCode`` of a line in a CA response (UNCL 1229 subset)."""

    CHANGED = "3"
    ACCEPTED = "5"
    REJECTED = "7"


_CODES = {c.value: c for c in ResponseCode}
_STATUSES = {s.value: s for s in LineStatus}


@dataclass(frozen=True)
class SubstituteItem:
    """The item the seller delivers instead of the ordered one (``SellerSubstitutedLineItem``)."""

    name: str
    seller_item_id: str = ""
    gtin: str | None = None


@dataclass(frozen=True)
class ResponseLine:
    """The supplier's word on one order line (``line_id`` is the order's line ID).

    ``name`` and ``seller_item_id`` are the ordered item's (T76 requires ``Item/Name``);
    a quantity carries its ``unit_code``; ``substitute`` is the item delivered instead.
    """

    line_id: str
    status: LineStatus = LineStatus.CHANGED
    quantity: Decimal | None = None
    unit_code: str | None = None
    price: Decimal | None = None
    delivery_date: date | None = None
    note: str = ""
    name: str = ""
    seller_item_id: str = ""
    substitute: SubstituteItem | None = None


@dataclass(frozen=True)
class OrderResponseDocument:
    """An Order Response; only a CA (changed) response has lines."""

    response_id: str
    issue_date: date
    order_id: str
    code: ResponseCode
    seller: Party
    buyer: Party
    note: str = ""
    lines: tuple[ResponseLine, ...] = ()
    currency: str = "SEK"


def write_order_response(doc: OrderResponseDocument) -> bytes:
    """The UTF-8 XML of ``doc``, read back with every rule first (raises if one breaks)."""
    data = order_response_bytes(doc)
    read_order_response(data)
    return data


def order_response_bytes(doc: OrderResponseDocument) -> bytes:
    """The XML of ``doc`` without checking it (for tests of the checks)."""
    ns = u.ORDER_RESPONSE_NS
    root = etree.Element(f"{{{ns}}}OrderResponse", nsmap=u.nsmap(ns))  # type: ignore[arg-type]
    sub(root, "cbc:CustomizationID", u.ORDER_RESPONSE_CUSTOMIZATION)
    sub(root, "cbc:ProfileID", u.ORDERING_PROFILE)
    sub(root, "cbc:ID", doc.response_id)
    sub(root, "cbc:IssueDate", doc.issue_date.isoformat())
    sub(root, "cbc:OrderResponseCode", doc.code.value)
    if doc.note:
        sub(root, "cbc:Note", doc.note)
    sub(root, "cbc:DocumentCurrencyCode", doc.currency)
    sub(sub(root, "cac:OrderReference"), "cbc:ID", doc.order_id)
    _party(root, "cac:SellerSupplierParty", doc.seller)
    _party(root, "cac:BuyerCustomerParty", doc.buyer)
    for line in doc.lines:
        _write_line(sub(root, "cac:OrderLine"), line, doc.currency)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _party(root: Element, name: str, party: Party) -> None:
    """A T76 party: endpoint and registration name only (no address, no contact)."""
    el = sub(sub(root, name), "cac:Party")
    sub(el, "cbc:EndpointID", party.endpoint_id, schemeID=party.scheme)
    sub(sub(el, "cac:PartyLegalEntity"), "cbc:RegistrationName", party.name)


def _write_line(order_line: Element, line: ResponseLine, currency: str) -> None:
    item_line = sub(order_line, "cac:LineItem")
    sub(item_line, "cbc:ID", line.line_id)
    if line.note:
        sub(item_line, "cbc:Note", line.note)
    sub(item_line, "cbc:LineStatusCode", line.status.value)
    if line.quantity is not None:
        unit = {"unitCode": line.unit_code} if line.unit_code else {}
        sub(item_line, "cbc:Quantity", decimal_text(line.quantity), **unit)
    if line.delivery_date is not None:
        period = sub(sub(item_line, "cac:Delivery"), "cac:PromisedDeliveryPeriod")
        sub(period, "cbc:StartDate", line.delivery_date.isoformat())
        sub(period, "cbc:EndDate", line.delivery_date.isoformat())
    if line.price is not None:
        price = sub(item_line, "cac:Price")
        sub(price, "cbc:PriceAmount", decimal_text(line.price), currencyID=currency)
    item = sub(item_line, "cac:Item")
    sub(item, "cbc:Name", line.name or line.line_id)
    if line.seller_item_id:
        sub(sub(item, "cac:SellersItemIdentification"), "cbc:ID", line.seller_item_id)
    if line.substitute is not None:
        new = line.substitute
        substituted = sub(order_line, "cac:SellerSubstitutedLineItem")
        sub(substituted, "cbc:ID", line.line_id)
        new_item = sub(substituted, "cac:Item")
        sub(new_item, "cbc:Name", new.name)
        if new.seller_item_id:
            sub(sub(new_item, "cac:SellersItemIdentification"), "cbc:ID", new.seller_item_id)
        if new.gtin:
            sub(
                sub(new_item, "cac:StandardItemIdentification"),
                "cbc:ID",
                new.gtin,
                schemeID=u.GTIN_SCHEME,
            )
    sub(sub(order_line, "cac:OrderLineReference"), "cbc:LineID", line.line_id)


def read_order_response(
    source: Source, *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> OrderResponseDocument:
    """The response in ``source``; :class:`PeppolDocumentError` listing every problem."""
    doc, errors, _ = _read(source, max_bytes)
    if errors or doc is None:
        raise PeppolDocumentError(errors or [DocumentError(None, None, "", "missing", "empty")])
    return doc


def validate_order_response(
    source: Source, *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> ValidationReport:
    """Every problem of the order response in ``source`` (none for a valid one)."""
    try:
        _, errors, lines = _read(source, max_bytes)
    except PeppolDocumentError as exc:
        known = not any(e.code == "wrong_document" for e in exc.errors)
        return ValidationReport("OrderResponse" if known else None, 0, exc.errors)
    return ValidationReport("OrderResponse", lines, tuple(errors))


def _read(
    source: Source, max_bytes: int
) -> tuple[OrderResponseDocument | None, list[DocumentError], int]:
    root, errors = load_document(source, "OrderResponse", max_bytes)
    line_els = list(root.iterfind(f"{u.cac('OrderLine')}"))
    if errors:
        return None, errors, len(line_els)
    r.check_header_ids(
        root, u.ORDER_RESPONSE_CUSTOMIZATION, {u.ORDERING_PROFILE}, errors, currency_required=False
    )
    first = next((el.get("currencyID") for el in root.iter() if el.get("currencyID")), "SEK")
    currency = child_text(root, "cbc:DocumentCurrencyCode") or first or "SEK"
    r.check_amounts(root, currency, errors)
    code_text = child_text(root, "cbc:OrderResponseCode")
    code = _CODES.get(code_text)
    if code is None:
        message = f"OrderResponseCode {code_text!r} is not AB, AP, RE or CA"
        errors.append(DocumentError(None, None, "OrderResponseCode", "response_code", message))
    elif code is ResponseCode.CHANGED and not line_els:
        message = "a CA (accepted with changes) response must list the changed lines"
        errors.append(DocumentError(None, None, "OrderLine", "lines_required", message))
    elif code is not ResponseCode.CHANGED and line_els:
        message = f"an {code.value} response carries no lines"
        errors.append(DocumentError(None, None, "OrderLine", "lines_not_allowed", message))
    order_id = child_text(root, "cac:OrderReference", "cbc:ID")
    if not order_id:
        errors.append(DocumentError(None, None, "OrderReference/ID", "missing", "no order ID"))
    seller_el = root.find(f"{u.cac('SellerSupplierParty')}/{u.cac('Party')}")
    buyer_el = root.find(f"{u.cac('BuyerCustomerParty')}/{u.cac('Party')}")
    seller = party_from_element(seller_el, "SellerSupplierParty", errors, need_name=False)
    buyer = party_from_element(buyer_el, "BuyerCustomerParty", errors, need_name=False)
    lines = [_line(el, errors) for el in line_els]
    r.check_unique([line.line_id for line in lines], line_els, errors)
    issue_date = r.to_date(child_text(root, "cbc:IssueDate"), "IssueDate", errors)
    if errors or code is None or seller is None or buyer is None or issue_date is None:
        return None, errors, len(lines)
    doc = OrderResponseDocument(
        response_id=child_text(root, "cbc:ID"),
        issue_date=issue_date,
        order_id=order_id,
        code=code,
        seller=seller,
        buyer=buyer,
        note=child_text(root, "cbc:Note"),
        lines=tuple(lines),
        currency=currency,
    )
    return doc, errors, len(lines)


def _line(order_line: Element, errors: list[DocumentError]) -> ResponseLine:
    el = order_line.find(u.cac("LineItem"))
    if el is None:  # the schema requires it
        el = order_line
    line_id = child_text(order_line, "cac:OrderLineReference", "cbc:LineID")
    line_id = line_id or child_text(el, "cbc:ID")
    where = (line_id or None, xml_line(el))
    status_text = child_text(el, "cbc:LineStatusCode") or LineStatus.CHANGED.value
    status = _STATUSES.get(status_text, LineStatus.CHANGED)
    if status_text not in _STATUSES:
        message = f"line status {status_text!r} is not 3, 5 or 7"
        errors.append(DocumentError(*where, "LineStatusCode", "line_status", message))
    quantity_el = el.find(u.cbc("Quantity"))
    quantity = r.number(text(quantity_el)) if quantity_el is not None else None
    unit = quantity_el.get("unitCode") if quantity_el is not None else None
    if quantity is not None and quantity < 0:
        errors.append(DocumentError(*where, "Quantity", "negative_quantity", "negative quantity"))
    if quantity is not None and unit is not None and not is_unit_code(unit):
        message = f"{unit!r} is not a UN/ECE Rec 20 unit code"
        errors.append(DocumentError(*where, "Quantity/@unitCode", "unit_code", message))
    price = r.number(child_text(el, "cac:Price", "cbc:PriceAmount"))
    if price is not None and price < 0:
        errors.append(
            DocumentError(*where, "Price/PriceAmount", "negative_price", "negative price")
        )
    period = ("cac:Delivery", "cac:PromisedDeliveryPeriod")
    delivery = child_text(el, *period, "cbc:EndDate") or child_text(el, *period, "cbc:StartDate")
    substitute = None
    new_item = order_line.find(f"{u.cac('SellerSubstitutedLineItem')}/{u.cac('Item')}")
    if new_item is not None:
        substitute = SubstituteItem(
            name=child_text(new_item, "cbc:Name"),
            seller_item_id=child_text(new_item, "cac:SellersItemIdentification", "cbc:ID"),
            gtin=child_text(new_item, "cac:StandardItemIdentification", "cbc:ID") or None,
        )
    return ResponseLine(
        line_id=line_id,
        status=status,
        quantity=quantity,
        unit_code=unit,
        price=price,
        delivery_date=r.to_date(delivery, "Delivery/PromisedDeliveryPeriod", errors, line_id),
        note=child_text(el, "cbc:Note"),
        name=child_text(el, "cac:Item", "cbc:Name"),
        seller_item_id=child_text(el, "cac:Item", "cac:SellersItemIdentification", "cbc:ID"),
        substitute=substitute,
    )
