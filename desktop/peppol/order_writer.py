"""Writes PEPPOL BIS 3 Order documents (UBL 2.1), checked before they leave."""

from __future__ import annotations

from lxml import etree

from desktop.peppol import ubl_names as u
from desktop.peppol.order_document import Delivery, OrderDocument, OrderLineDoc
from desktop.peppol.party_xml import (
    amount_text,
    decimal_text,
    originator_element,
    party_element,
    sub,
)

Element = etree._Element


def write_order(doc: OrderDocument) -> bytes:
    """The UTF-8 XML of ``doc``: schema-valid, amounts with two decimals.

    Line amounts are quantity × price ÷ base quantity; ``AnticipatedMonetaryTotal`` is
    their sum. The result is read back with every rule of ``order_reader`` first, so a
    document that breaks one raises :class:`PeppolDocumentError` here, not at the
    supplier.
    """
    from desktop.peppol.order_reader import read_order  # the reader imports this module

    data = order_bytes(doc)
    read_order(data)
    return data


def order_bytes(doc: OrderDocument) -> bytes:
    """The XML of ``doc`` without checking it (for tests of the checks)."""
    root = etree.Element(f"{{{u.ORDER_NS}}}Order", nsmap=u.nsmap(u.ORDER_NS))  # type: ignore[arg-type]
    sub(root, "cbc:CustomizationID", u.ORDER_CUSTOMIZATION)
    sub(root, "cbc:ProfileID", doc.profile_id)
    sub(root, "cbc:ID", doc.order_id)
    sub(root, "cbc:IssueDate", doc.issue_date.isoformat())
    sub(root, "cbc:OrderTypeCode", "220")
    if doc.note:
        sub(root, "cbc:Note", doc.note)
    sub(root, "cbc:DocumentCurrencyCode", doc.currency)
    if doc.customer_reference:
        sub(root, "cbc:CustomerReference", doc.customer_reference)
    if doc.accounting_cost:
        sub(root, "cbc:AccountingCost", doc.accounting_cost)
    if doc.contract_id:
        sub(sub(root, "cac:Contract"), "cbc:ID", doc.contract_id)
    party_element(root, "cac:BuyerCustomerParty", doc.buyer)
    party_element(root, "cac:SellerSupplierParty", doc.seller)
    if doc.originator is not None:
        originator_element(root, doc.originator)
    if doc.delivery is not None:
        _delivery(root, doc.delivery)
    totals = sub(root, "cac:AnticipatedMonetaryTotal")
    total = amount_text(doc.total)
    sub(totals, "cbc:LineExtensionAmount", total, currencyID=doc.currency)
    sub(totals, "cbc:PayableAmount", total, currencyID=doc.currency)
    for line in doc.lines:
        _line(root, line, doc.currency)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _delivery(root: Element, d: Delivery) -> None:
    el = sub(root, "cac:Delivery")
    if d.location_id or d.address:
        location = sub(el, "cac:DeliveryLocation")
        if d.location_id:
            sub(location, "cbc:ID", d.location_id, schemeID=u.GLN_SCHEME)
        if d.address:
            address = sub(location, "cac:Address")
            sub(address, "cbc:StreetName", d.address.street)
            sub(address, "cbc:CityName", d.address.city)
            sub(address, "cbc:PostalZone", d.address.postcode)
            sub(sub(address, "cac:Country"), "cbc:IdentificationCode", d.address.country)
    if d.requested_from or d.requested_to:
        period = sub(el, "cac:RequestedDeliveryPeriod")
        if d.requested_from:
            sub(period, "cbc:StartDate", d.requested_from.isoformat())
        if d.requested_to:
            sub(period, "cbc:EndDate", d.requested_to.isoformat())
    if d.final_recipient:
        sub(sub(sub(el, "cac:DeliveryParty"), "cac:PartyName"), "cbc:Name", d.final_recipient)


def _line(root: Element, line: OrderLineDoc, currency: str) -> None:
    item_line = sub(sub(root, "cac:OrderLine"), "cac:LineItem")
    sub(item_line, "cbc:ID", line.line_id)
    sub(item_line, "cbc:Quantity", decimal_text(line.quantity), unitCode=line.unit_code)
    sub(item_line, "cbc:LineExtensionAmount", amount_text(line.line_amount), currencyID=currency)
    if line.accounting_cost:
        sub(item_line, "cbc:AccountingCost", line.accounting_cost)
    price = sub(item_line, "cac:Price")
    sub(price, "cbc:PriceAmount", decimal_text(line.price), currencyID=currency)
    sub(price, "cbc:BaseQuantity", decimal_text(line.base_quantity), unitCode=line.unit_code)
    item = sub(item_line, "cac:Item")
    sub(item, "cbc:Name", line.name)
    if line.seller_item_id:
        sub(sub(item, "cac:SellersItemIdentification"), "cbc:ID", line.seller_item_id)
    if line.gtin:
        sub(
            sub(item, "cac:StandardItemIdentification"), "cbc:ID", line.gtin, schemeID=u.GTIN_SCHEME
        )
