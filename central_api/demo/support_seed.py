"""Demo data for superusers: what they should see in their kindergartens on day one.

A stuck installation at Förskolan Eken (three orders queued since Monday, the last
error), an order the supplier rejected, an open question to the office, an order
template, and the office's link to the orderer training.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.demo.generator import DemoData
from central_api.demo.variants.support_texts import support_text
from central_api.models import (
    DeviceRow,
    MunicipalityRow,
    OfficeRequestRow,
    OrderLineRow,
    OrderResponseRow,
    OrderRow,
    UnitTemplatesRow,
    UserRow,
)
from central_api.services.order_views import next_change_seq
from desktop.domain.demo_variants import demo_variant
from desktop.domain.order import Order, OrderLine, OrderState
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_settings import BuyerParty
from desktop.peppol.order_mapping import order_xml

EKEN = "u-forskola-eken"
STUCK_DEVICE = "demo-eken-kontoret"
CERTIFICATION_URL = "https://utbildning.ekby.example/bestallarutbildning"
# Three items of the coffee agreement's catalogue and one that has left it (its
# replacement is offered from the same agreement).
TEMPLATE_LINES = (
    ("QC0000046", "Bryggkaffe Mellanrost 450 g", "6"),
    ("QC0000277", "Te Kamomill 25 st", "2"),
    ("QC0000397", "Kaffefilter Storkök BKI 100 st", "1"),
    ("QC0009990", "Bryggkaffe Ljusrost 500 g", "4"),
)


def template_document(variant: str) -> str:
    """The Eken unit's weekly coffee template, in the language of demo ``variant``."""
    return json.dumps(
        [
            {
                "id": "weekly-coffee",
                "name": support_text(variant, "Veckans kaffe och te"),
                "lines": [
                    {
                        "supplier_id": "s-coffee-1",
                        "seller_item_id": item,
                        "name": support_text(variant, name),
                        "quantity": quantity,
                        "agreement_id": "a-coffee",
                    }
                    for item, name, quantity in TEMPLATE_LINES
                ],
            }
        ],
        ensure_ascii=False,
    )


TEMPLATE_DOCUMENT = template_document("se")


def _user_id(session: Session, username: str) -> int:
    found = session.scalar(select(UserRow.id).where(UserRow.username == username))
    assert found is not None, username
    return int(found)


def _monday_morning(today: datetime) -> datetime:
    monday = today.date() - timedelta(days=today.weekday() or 7)
    return datetime.combine(monday, time(7, 40), UTC)


def _rejected_order(session: Session, data: DemoData, now: datetime) -> None:
    unit = next(u for u in data.units if u.id == EKEN)
    supplier = next(s for s in data.suppliers if s.id == "s-coffee-1")
    currency = demo_variant(data.variant).currency
    coffee = support_text(data.variant, "Bryggkaffe 500 g")
    user_id = _user_id(session, "eken-orderer")
    order = Order(
        id="demo-eken-0001",
        unit_id=unit.id,
        supplier_id=supplier.id,
        agreement_id="a-coffee",
        accounting=AccountingString(unit.cost_centre, "6110"),
        delivery=Delivery(unit.id, unit.name, unit.address, unit.name, unit.address, unit.gln),
        currency=currency,
        lines=(OrderLine("1", "K-00001", coffee, Decimal(12), "XPK", Decimal("54.90")),),
        created_by="eken-orderer",
        created_at=now - timedelta(days=2),
        state=OrderState.REJECTED,
    )
    m = data.municipality
    buyer = BuyerParty(m.name, m.org_number.replace("-", ""), m.org_scheme, m.country)
    row = OrderRow(
        municipality_id=m.id,
        unit_id=unit.id,
        supplier_id=supplier.id,
        agreement_id="a-coffee",
        client_order_id=order.id,
        created_by=user_id,
        state=OrderState.REJECTED.value,
        currency=currency,
        total=order.total,
        cost_centre=unit.cost_centre,
        account="6110",
        project=None,
        off_agreement_reason=None,
        requested_delivery_date=None,
        document=order_xml(order, buyer, supplier),
        note=order.note,
        created_at=order.created_at,
        updated_at=now - timedelta(days=1),
        change_seq=next_change_seq(session),
    )
    row.lines = [
        OrderLineRow(
            line_id="1",
            position=0,
            seller_item_id="K-00001",
            name=coffee,
            quantity=Decimal(12),
            unit_code="XPK",
            price=Decimal("54.90"),
            base_quantity=Decimal(1),
            gtin=None,
            received_quantity=Decimal(0),
        )
    ]
    row.responses = [
        OrderResponseRow(
            code="RE",
            issued_at=now - timedelta(days=1),
            note=support_text(
                data.variant, "Artikeln är slut hos leverantören; beställ K-00002 i stället."
            ),
            received_at=now - timedelta(days=1),
            posted_by=_user_id(session, "procurement"),
            document="",
        )
    ]
    session.add(row)


def seed_support(session: Session, data: DemoData) -> None:
    """Seed the superuser's demo situation (after users, reference data and orders)."""
    now = datetime.combine(data.today, time(9, 0), UTC)
    municipality = session.get(MunicipalityRow, data.municipality.id)
    assert municipality is not None
    municipality.certification_url = CERTIFICATION_URL
    eken_orderer = _user_id(session, "eken-orderer")
    session.add(
        DeviceRow(
            user_id=eken_orderer,
            device_id=STUCK_DEVICE,
            app_version="1.0.0",
            last_sync_at=_monday_morning(now) - timedelta(minutes=30),
            outbox_length=3,
            oldest_queued_at=_monday_morning(now),
            last_error="The server refused the sign-in: token_expired",
            first_seen_at=now - timedelta(days=60),
            last_heartbeat_at=now - timedelta(hours=2),
        )
    )
    _rejected_order(session, data, now)
    session.add(
        OfficeRequestRow(
            id="demo-request-eken-1",
            municipality_id=data.municipality.id,
            unit_id=EKEN,
            user_id=eken_orderer,
            username="eken-orderer",
            need=support_text(data.variant, "Regnkläder till barnen, storlek 98–110"),
            quantity=support_text(data.variant, "20 set"),
            estimated_amount=Decimal("6000.00"),
            currency=demo_variant(data.variant).currency,
            urgency="when_possible",
            search_text=support_text(data.variant, "regnkläder"),
            agreement_id=None,
            created_at=now - timedelta(days=3),
            received_at=now - timedelta(days=3),
            status="open",
        )
    )
    session.add(
        UnitTemplatesRow(
            unit_id=EKEN,
            document=template_document(data.variant),
            version=1,
            updated_by=_user_id(session, "superuser"),
            updated_at=now - timedelta(days=7),
        )
    )
    session.flush()
