"""Between the domain's orders and PEPPOL BIS 3 documents.

* ``order_document`` / ``order_xml``: a domain :class:`Order` as the PEPPOL Order the
  app sends (``Contract/ID`` = the agreement, ``AccountingCost`` = the accounting
  string, delivery to the unit or to the hub with the unit as final recipient).
* ``read_received_order``: what the central API needs of a received Order.
* ``answer_document`` / ``read_answer``: an Order Response and the domain's answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from lxml import etree

from desktop.domain.order import Order, OrderLine
from desktop.domain.order_followup import LineChange, OrderAnswer, ResponseCode
from desktop.domain.order_settings import BuyerParty
from desktop.domain.reference import Supplier
from desktop.peppol.order_document import Delivery, OrderDocument, OrderLineDoc
from desktop.peppol.order_reader import read_order
from desktop.peppol.order_response import (
    LineStatus,
    OrderResponseDocument,
    ResponseLine,
    SubstituteItem,
    read_order_response,
    write_order_response,
)
from desktop.peppol.order_response import ResponseCode as PeppolResponseCode
from desktop.peppol.order_writer import write_order
from desktop.peppol.parties import Contact, Originator, Party


def buyer_party(buyer: BuyerParty, contact: str = "") -> Party:
    return Party(
        buyer.endpoint_id,
        buyer.scheme,
        buyer.name,
        buyer.country,
        Contact(name=contact) if contact else None,
    )


def seller_party(supplier: Supplier) -> Party:
    return Party(supplier.endpoint_id, supplier.endpoint_scheme, supplier.name, supplier.country)


def order_document(
    order: Order, buyer: BuyerParty, supplier: Supplier, on_behalf_by: str = ""
) -> OrderDocument:
    """The PEPPOL Order of ``order`` (to ``supplier``, from the municipality ``buyer``).

    The buyer's contact is "unit (user id)". Placed on behalf of the unit (a superuser,
    ``on_behalf_by`` their name), the buyer's contact is the unit itself and the person
    who placed it is the ``OriginatorCustomerParty`` (id = ``order.created_by``).
    """
    d = order.delivery
    contact = f"{d.recipient_name} ({order.created_by})"
    originator = None
    if on_behalf_by:
        contact = d.recipient_name
        originator = Originator(order.created_by, on_behalf_by, Contact(name=on_behalf_by))
    delivery = Delivery(
        location_id=d.location_gln,
        address=d.location_address,
        requested_from=d.requested_date,
        requested_to=d.requested_date,
        final_recipient=d.recipient_name if d.via_hub else "",
    )
    lines = tuple(
        OrderLineDoc(
            line_id=line.line_id,
            quantity=line.quantity,
            unit_code=line.unit_code,
            price=line.price,
            name=line.name,
            base_quantity=line.base_quantity,
            seller_item_id=line.seller_item_id,
            gtin=line.gtin,
        )
        for line in order.lines
    )
    return OrderDocument(
        order_id=order.id,
        issue_date=order.created_at.astimezone().date(),
        currency=order.currency,
        buyer=buyer_party(buyer, contact),
        seller=seller_party(supplier),
        lines=lines,
        customer_reference=d.recipient_name,
        accounting_cost=order.accounting.text,
        delivery=delivery,
        contract_id=order.agreement_id,
        note=order.note,
        originator=originator,
    )


def order_xml(order: Order, buyer: BuyerParty, supplier: Supplier, on_behalf_by: str = "") -> str:
    """The checked (schema and rules) XML of the order, as text."""
    return write_order(order_document(order, buyer, supplier, on_behalf_by)).decode("utf-8")


@dataclass(frozen=True)
class ReceivedOrder:
    """What the central API checks and keeps of a PEPPOL Order it receives."""

    order_id: str
    currency: str
    total: Decimal
    contract_id: str | None
    accounting_cost: str
    seller_endpoint: str
    seller_scheme: str
    requested_delivery: date | None
    lines: tuple[OrderLine, ...]
    note: str = ""
    buyer_contact: str = ""  # the unit's contact (``BuyerCustomerParty/Party/Contact/Name``)
    originator_id: str = ""  # who placed it on behalf of the unit, "" if nobody did
    originator_name: str = ""


def received_order(doc: OrderDocument) -> ReceivedOrder:
    return ReceivedOrder(
        order_id=doc.order_id,
        currency=doc.currency,
        total=doc.total,
        contract_id=doc.contract_id or None,
        accounting_cost=doc.accounting_cost,
        seller_endpoint=doc.seller.endpoint_id,
        seller_scheme=doc.seller.scheme,
        requested_delivery=doc.delivery.requested_from if doc.delivery else None,
        lines=tuple(
            OrderLine(
                line_id=line.line_id,
                seller_item_id=line.seller_item_id or "",
                name=line.name,
                quantity=line.quantity,
                unit_code=line.unit_code,
                price=line.price,
                base_quantity=line.base_quantity,
                gtin=line.gtin,
            )
            for line in doc.lines
        ),
        note=doc.note,
        buyer_contact=doc.buyer.contact.name if doc.buyer.contact else "",
        originator_id=doc.originator.person_id if doc.originator else "",
        originator_name=doc.originator.name if doc.originator else "",
    )


def read_received_order(
    data: bytes | etree._Element, *, schema_valid: bool = False
) -> ReceivedOrder:
    """Parse (unless given its root) and check an Order (``schema_valid``: its root was
    validated against the UBL schema already); ``PeppolDocumentError`` if bad."""
    return received_order(read_order(data, schema_valid=schema_valid))


def read_answer(data: bytes) -> tuple[str, OrderAnswer]:
    """The order a PEPPOL Order Response is about, and the domain's answer.

    A line the supplier rejects (status 7) becomes a change to quantity 0; an accepted
    line (status 5) of a CA response is listed without change.
    """
    doc = read_order_response(data)
    changes = []
    for line in doc.lines:
        if line.status is LineStatus.REJECTED:
            changes.append(LineChange(line.line_id, Decimal("0"), None, line.note))
        elif line.status is LineStatus.ACCEPTED:
            changes.append(LineChange(line.line_id, None, None, line.note))
        else:
            new = line.substitute
            changes.append(
                LineChange(
                    line.line_id,
                    line.quantity,
                    line.price,
                    line.note,
                    substitute_item_id=new.seller_item_id if new else "",
                    substitute_name=new.name if new else "",
                )
            )
    issued = datetime.combine(doc.issue_date, time(12), tzinfo=UTC)
    answer = OrderAnswer(
        ResponseCode(doc.code.value), issued, doc.note, tuple(changes), currency=doc.currency
    )
    return doc.order_id, answer


def answer_document(
    order_id: str,
    answer: OrderAnswer,
    seller: Party,
    buyer: Party,
    response_id: str = "",
    currency: str = "SEK",
    order_lines: tuple[OrderLine, ...] = (),
) -> OrderResponseDocument:
    """The PEPPOL Order Response of ``answer`` (what a supplier sends; demo and tests).

    ``order_lines`` (the order's) give each line its item name and unit; a change with a
    substitute becomes a ``SellerSubstitutedLineItem``.
    """
    ordered = {line.line_id: line for line in order_lines}
    lines = tuple(_response_line(change, ordered.get(change.line_id)) for change in answer.changes)
    return OrderResponseDocument(
        response_id=response_id or f"R-{order_id}-{answer.code.value}",
        issue_date=answer.issued_at.date(),
        order_id=order_id,
        code=PeppolResponseCode(answer.code.value),
        seller=seller,
        buyer=buyer,
        note=answer.note,
        lines=lines,
        currency=currency,
    )


def _response_line(change: LineChange, ordered: OrderLine | None) -> ResponseLine:
    rejected = change.quantity == 0
    substitute = None
    if change.substitute_item_id or change.substitute_name:
        name = change.substitute_name or change.substitute_item_id
        substitute = SubstituteItem(name, change.substitute_item_id)
    return ResponseLine(
        line_id=change.line_id,
        status=LineStatus.REJECTED if rejected else LineStatus.CHANGED,
        quantity=change.quantity,
        unit_code=(ordered.unit_code if ordered else "EA") if change.quantity is not None else None,
        price=change.price,
        note=change.note,
        name=ordered.name if ordered else "",
        seller_item_id=ordered.seller_item_id if ordered else "",
        substitute=None if rejected else substitute,
    )


def answer_xml(
    order_id: str,
    answer: OrderAnswer,
    seller: Party,
    buyer: Party,
    order_lines: tuple[OrderLine, ...] = (),
    currency: str = "SEK",
) -> bytes:
    """The checked XML of the Order Response of ``answer``."""
    document = answer_document(
        order_id, answer, seller, buyer, currency=currency, order_lines=order_lines
    )
    return write_order_response(document)
