"""Domain orders as PEPPOL BIS 3 Orders (schema-valid), and Order Responses as answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from lxml import etree

from desktop.domain.order_delivery import Delivery
from desktop.domain.order_followup import LineChange, OrderAnswer, ResponseCode
from desktop.domain.reference import Address, Supplier
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.order_mapping import (
    answer_xml,
    order_document,
    order_xml,
    read_answer,
    read_received_order,
    seller_party,
)
from desktop.peppol.schemas import document_schema
from tests.fixtures.orders import sample_order
from tests.fixtures.orders_api import EKBY

SUPPLIER = Supplier("s-coffee-1", "Kaffekompaniet AB", "5566778899", "0007", "SE", True)
NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


def _xml(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"))


def test_the_order_carries_agreement_accounting_and_the_hub_delivery() -> None:
    order = sample_order()
    order = replace(order, delivery=order.delivery.with_date(date(2025, 3, 13)), note="Köket")
    root = _xml(order_xml(order, EKBY, SUPPLIER))
    assert document_schema("Order").validate(root)
    assert root.findtext("cbc:ID", namespaces=NS) == order.id
    assert root.findtext("cac:Contract/cbc:ID", namespaces=NS) == "a-coffee"
    assert root.findtext("cbc:AccountingCost", namespaces=NS) == "3410-6110"
    delivery = root.find("cac:Delivery", NS)
    assert delivery is not None
    assert delivery.findtext("cac:DeliveryLocation/cbc:ID", namespaces=NS) == "7350049000411"
    street = delivery.findtext("cac:DeliveryLocation/cac:Address/cbc:StreetName", namespaces=NS)
    assert street == "Industrigatan 20"
    assert delivery.findtext("cac:DeliveryParty/cac:PartyName/cbc:Name", namespaces=NS) == (
        "Förskolan Solrosen"
    )
    assert delivery.findtext("cac:RequestedDeliveryPeriod/cbc:StartDate", namespaces=NS) == (
        "2025-03-13"
    )
    buyer = root.find("cac:BuyerCustomerParty/cac:Party/cbc:EndpointID", NS)
    assert buyer is not None and (buyer.text, buyer.get("schemeID")) == ("2120000001", "0007")
    total = root.findtext("cac:AnticipatedMonetaryTotal/cbc:PayableAmount", namespaces=NS)
    assert total == "549.00"


def test_direct_delivery_has_no_final_recipient_and_off_agreement_no_contract() -> None:
    home = Address("Skolvägen 12", "671 31", "Ekby")
    order = replace(
        sample_order(),
        agreement_id=None,
        delivery=Delivery("u-skola-norr", "Norrskolan", home, "Norrskolan", home, None),
    )
    doc = order_document(order, EKBY, SUPPLIER)
    assert doc.contract_id is None and doc.delivery is not None
    assert doc.delivery.final_recipient == "" and doc.delivery.address == home
    root = _xml(order_xml(order, EKBY, SUPPLIER))
    assert root.find("cac:Contract", NS) is None


def test_what_the_server_reads_back_is_what_was_sent() -> None:
    order = sample_order(quantity="3", price="10.005")
    received = read_received_order(order_xml(order, EKBY, SUPPLIER).encode())
    assert received.order_id == order.id and received.total == order.total == Decimal("30.02")
    assert received.contract_id == "a-coffee" and received.accounting_cost == "3410-6110"
    assert (received.seller_endpoint, received.seller_scheme) == ("5566778899", "0007")
    assert received.lines == order.lines


def test_a_broken_order_is_refused_with_reasons() -> None:
    with pytest.raises(PeppolDocumentError) as caught:
        read_received_order(
            b"<Order xmlns='urn:oasis:names:specification:ubl:schema:xsd:Order-2'/>"
        )
    assert caught.value.errors


def test_answers_round_trip_through_the_order_response() -> None:
    when = datetime(2025, 3, 11, 12, 0, tzinfo=UTC)
    answer = OrderAnswer(
        ResponseCode.CHANGED,
        when,
        "Slut i lager",
        (LineChange("1", Decimal("6"), Decimal("52.00")), LineChange("2", Decimal("0"))),
    )
    data = answer_xml("o-1", answer, seller_party(SUPPLIER), seller_party(SUPPLIER))
    assert document_schema("OrderResponse").validate(etree.fromstring(data))
    reference, back = read_answer(data)
    assert reference == "o-1" and back.code is ResponseCode.CHANGED and back.note == "Slut i lager"
    assert [(c.line_id, c.quantity, c.price) for c in back.changes] == [
        ("1", Decimal("6"), Decimal("52.00")),
        ("2", Decimal("0"), None),
    ]
    plain = OrderAnswer(ResponseCode.ACCEPTED, when)
    reference, back = read_answer(
        answer_xml("o-2", plain, seller_party(SUPPLIER), seller_party(SUPPLIER))
    )
    assert (reference, back.code, back.changes) == ("o-2", ResponseCode.ACCEPTED, ())


def test_an_order_on_behalf_names_the_unit_as_buyer_and_the_superuser_as_originator() -> None:
    order = replace(sample_order(), created_by="superuser")
    text = order_xml(order, EKBY, SUPPLIER, on_behalf_by="Sara Supportsson")
    root = _xml(text)
    assert document_schema("Order").validate(root)
    buyer_contact = root.findtext(
        "cac:BuyerCustomerParty/cac:Party/cac:Contact/cbc:Name", namespaces=NS
    )
    assert buyer_contact == order.delivery.recipient_name
    originator = root.find("cac:OriginatorCustomerParty/cac:Party", NS)
    assert originator is not None
    assert originator.findtext("cac:PartyIdentification/cbc:ID", namespaces=NS) == "superuser"
    assert originator.findtext("cac:Contact/cbc:Name", namespaces=NS) == "Sara Supportsson"
    received = read_received_order(text.encode("utf-8"))
    assert (received.originator_id, received.originator_name) == ("superuser", "Sara Supportsson")
    assert received.buyer_contact == order.delivery.recipient_name


def test_an_own_order_has_no_originator() -> None:
    received = read_received_order(order_xml(sample_order(), EKBY, SUPPLIER).encode("utf-8"))
    assert received.originator_id == "" and received.originator_name == ""


def test_the_note_of_a_stored_order_document_is_read_safely() -> None:
    from desktop.peppol.order_reader import order_note

    written = order_xml(replace(sample_order(), note="Ring på dörren"), EKBY, SUPPLIER)
    assert order_note(written.encode()) == "Ring på dörren"
    assert order_note(b"<not xml") == ""
    assert order_note(b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>') == ""
