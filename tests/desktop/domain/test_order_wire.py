"""The JSON wire format of orders: the POST body and the server's order."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop.domain.order import ApprovalRecord, OrderState, ResponseRecord
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_wire import (
    PlaceOrderRequest,
    RemoteLine,
    RemoteOrder,
    merge_remote,
    order_from_remote,
)
from desktop.domain.reference import Address
from desktop.domain.values import ValueFormatError

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def request() -> PlaceOrderRequest:
    return PlaceOrderRequest(
        "u-1",
        "s-1",
        "a-coffee",
        AccountingString("3410", "6110"),
        "SEK",
        Decimal("549.00"),
        "<Order/>",
    )


def remote() -> RemoteOrder:
    return RemoteOrder(
        id="17",
        number="2025-000017",
        client_order_id="c-1",
        unit_id="u-1",
        supplier_id="s-1",
        agreement_id="a-coffee",
        state=OrderState.CHANGED,
        currency="SEK",
        total=Decimal("549.00"),
        created_by="orderer",
        created_at=NOW,
        updated_at=NOW,
        requested_delivery_date=date(2025, 3, 11),
        accounting=AccountingString("3410", "6110"),
        lines=(
            RemoteLine(
                "1",
                "K-1",
                "Kaffe",
                Decimal("10"),
                "XPK",
                Decimal("54.90"),
                Decimal("1"),
                Decimal("6"),
                None,
                Decimal("2"),
                "7310000000009",
            ),
        ),
        responses=(ResponseRecord("CA", NOW, "Slut i lager", NOW),),
        approval=ApprovalRecord(True, "Maja Chef", "", NOW),
    )


def test_the_post_body_has_the_contract_keys_and_money_as_text() -> None:
    body = request().to_json()
    assert set(body) == {
        "unit_id",
        "supplier_id",
        "agreement_id",
        "accounting",
        "currency",
        "total",
        "off_agreement_reason",
        "document",
    }
    assert body["total"] == "549.00" and body["accounting"]["project"] is None
    assert PlaceOrderRequest.from_json(json.loads(request().to_bytes())) == request()


def test_the_post_body_bytes_are_stable() -> None:
    assert request().to_bytes() == request().to_bytes()


def test_remote_order_round_trips_and_refuses_bad_values() -> None:
    data = remote().to_json()
    assert RemoteOrder.from_json(json.loads(json.dumps(data))) == remote()
    with pytest.raises(ValueFormatError):
        RemoteOrder.from_json({**data, "state": "lost"})
    with pytest.raises(ValueFormatError):
        RemoteOrder.from_json({**data, "total": 549.0})


def test_merging_takes_the_servers_state_lines_and_answers() -> None:
    home = Address("Solrosvägen 3", "671 32", "Ekby")
    local = order_from_remote(remote(), Delivery("u-1", "Solrosen", home, "Solrosen", home, None))
    assert local.id == "c-1" and local.server_id == "17"
    assert local.delivery.requested_date == date(2025, 3, 11)
    merged = merge_remote(local, remote())
    assert merged == local
    assert merged.lines[0].expected_quantity == Decimal("6")


def test_the_orderers_note_arrives_and_an_older_server_without_it_still_reads() -> None:
    from dataclasses import replace

    noted = replace(remote(), note="Till sommarfesten")
    assert RemoteOrder.from_json(noted.to_json()).note == "Till sommarfesten"
    older = {k: v for k, v in remote().to_json().items() if k != "note"}
    assert RemoteOrder.from_json(older).note == ""
    home = Address("Solrosvägen 3", "671 32", "Ekby")
    local = order_from_remote(noted, Delivery("u-1", "Solrosen", home, "Solrosen", home, None))
    assert local.note == "Till sommarfesten"
    assert merge_remote(replace(local, note="kept"), remote()).note == "kept"  # none sent
