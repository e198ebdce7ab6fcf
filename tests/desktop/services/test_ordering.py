"""From cart to outbox to the supplier's answer, on a real store and the real server."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
import requests

from desktop.domain.catalogue import CatalogueLine
from desktop.domain.errors import AvropError
from desktop.domain.order import OrderState
from desktop.domain.order_followup import LineChange, OrderAnswer, ResponseCode
from desktop.peppol.order_mapping import answer_xml, seller_party
from desktop.peppol.parties import Party
from desktop.remote.http import ApiClient
from desktop.remote.order_sync import NoticeKind, OrderSync
from desktop.remote.outbox_sender import OutboxSender, SendReport
from desktop.remote.reference_sync import ReferenceSync
from desktop.services.ordering import OrderService
from desktop.storage.cart_repo import CartRepository
from desktop.storage.database import Database, run_inline
from desktop.storage.guidance_choices import OffAgreementChoice, OffAgreementChoices
from desktop.storage.order_repo import OrderRepository
from desktop.storage.order_settings_repo import OrderSettingsRepository
from desktop.storage.outbox_repo import OutboxRepository
from desktop.storage.reference_repo import ReferenceRepository
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.orders import sample_new_order, sample_order
from tests.fixtures.orders_api import StaticToken, until_checked

UNIT = "u-forskola-solrosen"


def item(
    supplier: str,
    n: int,
    price: str = "54.90",
    agreement: str | None = None,
    minimum: str | None = None,
) -> CatalogueLine:
    return CatalogueLine(
        supplier_id=supplier,
        seller_item_id=f"{supplier}-{n}",
        name=f"Vara {n}",
        unit_code="XPK",
        price=Decimal(price),
        agreement_id=agreement or "a-" + supplier.split("-")[1],
        min_order_quantity=Decimal(minimum) if minimum else None,
    )


class World:
    """A signed-in user's store synced from the server, and the order services on it."""

    def __init__(self, db: Database, server: RunningServer, user: str = "orderer") -> None:
        self.server = server
        self.api = ApiClient(server.url, StaticToken(server, user))
        self.reference = ReferenceRepository(db)
        ReferenceSync(lambda: self.api, self.reference, run_inline).sync()
        self.service = OrderService(
            CartRepository(db),
            OrderRepository(db),
            OutboxRepository(db),
            self.reference,
            OrderSettingsRepository(db),
            choices=OffAgreementChoices(db),
        )
        self.follow = OrderSync(
            self.api, self.service.orders, self.reference, self.service.settings
        )
        self.me = self.reference.me()
        assert self.me is not None
        self.sender = OutboxSender(self.service.outbox, self.api, lambda: user)

    def send(self) -> SendReport:
        """Send what is due and follow up until the server has checked it."""
        report = self.sender.send_due()
        until_checked(self.follow, self.me, self.service.orders)
        return report


@pytest.fixture
def world(order_store: Database, orders_server: RunningServer) -> World:
    return World(order_store, orders_server)


def test_placing_offline_without_settings_is_blocked_in_plain_words(world: World) -> None:
    world.service.add_to_cart(UNIT, item("s-coffee-1", 1), Decimal("10"))
    review = world.service.review(UNIT)
    assert not review.can_place
    assert "order_settings_missing" in [p.code for p in review.groups[0].problems]


def test_a_cart_of_three_suppliers_becomes_three_orders_and_they_go_out(world: World) -> None:
    world.follow.sync(world.me)  # the unit's accounts, budgets and drop days
    service = world.service
    for supplier in ("s-coffee-1", "s-bakery-1", "s-office-1"):
        service.add_to_cart(UNIT, item(supplier, 1, price="300.00"), Decimal("2"))
    service.add_to_cart(UNIT, item("s-coffee-1", 2), Decimal("1"))
    review = service.review(UNIT)
    assert len(review.groups) == 3 and review.can_place, review.groups
    assert review.delivery.via_hub_id == "u-hub" and review.drop_dates
    assert all(d.weekday() in (1, 3) for d in review.drop_dates)  # the hub's Tue/Thu
    accounts = {g.group.supplier_id: g.account for g in review.groups}
    assert accounts == {"s-coffee-1": "6110", "s-bakery-1": "6110", "s-office-1": "6510"}
    result = service.place(UNIT, review.drop_dates[0], "Till köket")
    assert len(result.placed) == 3 and service.cart(UNIT).is_empty
    assert service.outbox_count("orderer") == 3
    first = result.placed[0].order
    assert first.accounting.text == "3410-6110" and first.delivery.requested_date
    assert world.send().sent == 3
    states = {e.order.supplier_id: e.order.state for e in service.entries([UNIT])}
    assert set(states.values()) == {OrderState.SENT}


def test_blocking_problems_place_nothing(world: World) -> None:
    world.follow.sync(world.me)
    world.service.add_to_cart(UNIT, item("s-bakery-1", 1, price="10.00"), Decimal("1"))
    result = world.service.place(UNIT)
    assert result.placed == ()
    (problem,) = result.review.groups[0].problems
    assert problem.code == "supplier_minimum_not_reached" and problem.params["missing"] == "490.00"
    assert world.service.outbox_count("orderer") == 0
    with pytest.raises(AvropError) as caught:
        world.service.add_to_cart(UNIT, item("s-coffee-1", 3, minimum="5"), Decimal("2"))
    assert caught.value.code == "quantity_below_minimum"


def test_a_queued_order_can_be_changed_or_cancelled_before_it_is_sent(world: World) -> None:
    world.follow.sync(world.me)
    world.service.add_to_cart(UNIT, item("s-coffee-1", 1), Decimal("10"))
    (placed,) = world.service.place(UNIT).placed
    changed = world.service.change_queued(placed.order.id, {"1": Decimal("12")})
    assert changed.order.total == Decimal("658.80") and changed.order.state is OrderState.QUEUED
    assert world.send().sent == 1
    remote = _server_order(world, placed.order.id)
    assert remote["total"] == "658.80"
    with pytest.raises(AvropError):
        world.service.cancel(placed.order.id)


def _server_order(world: World, client_id: str) -> dict[str, Any]:
    token = world.server.token("manager")
    data = requests.get(
        f"{world.server.url}/orders?unit={UNIT}",
        timeout=10,
        headers={"Authorization": f"Bearer {token}"},
    ).json()
    while True:
        found = [o for o in data["items"] if o["client_order_id"] == client_id]
        if found or not data["more"]:
            assert len(found) == 1
            return found[0]
        data = requests.get(
            f"{world.server.url}/orders?unit={UNIT}&since={data['cursor']}",
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        ).json()


def _respond(world: World, client_id: str, server_id: str, answer: OrderAnswer) -> None:
    supplier = world.reference.supplier("s-coffee-1")
    assert supplier is not None
    buyer = Party("2120000001", "0007", "Ekby kommun", "SE")
    data = answer_xml(client_id, answer, seller_party(supplier), buyer)
    token = world.server.token("procurement")
    response = requests.post(
        f"{world.server.url}/orders/{server_id}/response",
        data=data,
        timeout=10,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/xml"},
    )
    assert response.status_code == 200, response.text


def test_follow_up_shows_a_changed_answer_and_tells_the_orderer(world: World) -> None:
    world.follow.sync(world.me)
    world.service.add_to_cart(UNIT, item("s-coffee-1", 1), Decimal("10"))
    (placed,) = world.service.place(UNIT).placed
    world.send()
    sent = world.service.orders.entry(placed.order.id)
    assert sent is not None and sent.order.server_id
    change = LineChange("1", Decimal("6"), Decimal("52.00"), "Slut i lager")
    answer = OrderAnswer(ResponseCode.CHANGED, datetime.now(UTC), "Delvis", (change,))
    _respond(world, placed.order.id, sent.order.server_id, answer)
    result = world.follow.sync(world.me)
    (notice,) = [n for n in result.notices if n.order.id == placed.order.id]
    assert notice.kind is NoticeKind.ANSWERED and notice.old_state is OrderState.SENT
    entry = world.service.orders.entry(placed.order.id)
    assert entry is not None and entry.unseen and entry.order.state is OrderState.CHANGED
    line = entry.order.lines[0]
    assert (line.quantity, line.changed_quantity, line.price, line.changed_price) == (
        Decimal("10"),
        Decimal("6"),
        Decimal("54.90"),
        Decimal("52.00"),
    )
    received = world.follow.receive(entry.order, {"1": Decimal("4")})
    assert received.state is OrderState.PARTLY_DELIVERED
    assert received.lines[0].received_quantity == Decimal("4")
    rest = world.follow.receive(received, {"1": Decimal("2")})
    assert rest.state is OrderState.DELIVERED
    document = world.follow.document(rest)
    assert document.startswith(b"<?xml") and placed.order.id.encode() in document
    assert world.follow.sync(world.me).changed == []  # nothing new since


def test_the_manager_sees_an_order_over_the_limit_and_decides(
    world: World, order_store: Database, orders_server: RunningServer, tmp_path: Any
) -> None:
    world.follow.sync(world.me)
    world.service.add_to_cart(UNIT, item("s-coffee-1", 1), Decimal("100"))
    review = world.service.review(UNIT)
    assert review.groups[0].needs_approval and review.can_place
    (placed,) = world.service.place(UNIT).placed
    world.send()
    from desktop.storage.database import open_database

    manager_db = open_database(tmp_path / "manager.sqlite3")
    try:
        boss = World(manager_db, orders_server, "manager")
        result = boss.follow.sync(boss.me)
        (notice,) = [n for n in result.notices if n.order.id == placed.order.id]
        assert notice.kind is NoticeKind.APPROVAL
        decided = boss.follow.decide(notice.order, False, "Vänta till april")
        assert decided.state is OrderState.DECLINED
    finally:
        manager_db.close()
    result = world.follow.sync(world.me)
    (mine,) = [n for n in result.notices if n.order.id == placed.order.id]
    assert mine.kind is NoticeKind.STATE and mine.order.approval is not None
    assert mine.order.approval.reason == "Vänta till april"


def test_budget_counts_unsent_orders(world: World) -> None:
    world.follow.sync(world.me)
    world.service.add_to_cart(UNIT, item("s-coffee-1", 1), Decimal("10"))
    before = world.service.review(UNIT).groups[0].budget
    world.service.place(UNIT)
    world.service.add_to_cart(UNIT, item("s-coffee-1", 2), Decimal("10"))
    after = world.service.review(UNIT).groups[0].budget
    assert before is not None and after is not None
    assert before.left - after.left == Decimal("549.00")


def test_the_reason_for_a_lower_ranked_supplier_reaches_the_server(world: World) -> None:
    world.follow.sync(world.me)
    service = world.service
    bread = item("s-bakery-2", 1, price="300.00")  # a-bakery is a ranked cascade; rank 2
    service.add_to_cart(UNIT, bread, Decimal("2"))
    service.add_to_cart(UNIT, item("s-coffee-1", 1), Decimal("10"))
    why = "Bageriet först i rang kan inte leverera före fredag"
    assert service.choices is not None
    service.choices.record(  # as the Find view records it when the user goes on
        OffAgreementChoice(
            UNIT, "s-bakery-2", bread.seller_item_id, "orderer", "a-bakery", why, None,
            datetime.now(UTC),
        )
    )  # fmt: skip

    placed = {e.order.supplier_id: e.order for e in service.place(UNIT).placed}
    assert placed["s-bakery-2"].agreement_id == "a-bakery"
    assert placed["s-bakery-2"].off_agreement_reason == why
    assert placed["s-coffee-1"].off_agreement_reason is None
    assert service.choices.choices(UNIT) == []  # ordered: the reason went with the order

    assert world.send().sent == 2
    database = world.server.data_dir / "central.sqlite3"
    with sqlite3.connect(database) as con:
        rows = dict(
            con.execute(
                "SELECT client_order_id, off_agreement_reason FROM orders"
                " WHERE client_order_id IN (?, ?)",
                (placed["s-bakery-2"].id, placed["s-coffee-1"].id),
            ).fetchall()
        )
    con.close()
    assert rows == {placed["s-bakery-2"].id: why, placed["s-coffee-1"].id: None}


def test_on_a_shared_computer_each_user_sees_only_the_orders_they_may(
    order_store: Database, orders_server: RunningServer
) -> None:
    def queue(unit_id: str, user: str) -> str:
        new = sample_new_order(sample_order(unit_id=unit_id, created_by=user))
        OrderRepository(order_store).place([new], user)
        return new.order.id

    mine = queue(UNIT, "orderer")
    at_eken = queue("u-forskola-eken", "orderer")
    managers = queue(UNIT, "manager")
    elsewhere = queue("u-skola-norr", "procurement")

    def seen(world: World, unit_ids: list[str] | None = None) -> set[str]:
        return {e.order.id for e in world.service.entries(unit_ids)}

    orderer = World(order_store, orders_server, "orderer")
    assert seen(orderer, [UNIT]) == {mine}  # not the manager's order of the same unit
    assert seen(orderer) == {mine, at_eken}

    manager = World(order_store, orders_server, "manager")  # next at the same computer
    assert seen(manager, [UNIT]) == {mine, managers}  # every order of the unit they manage
    assert seen(manager) == {mine, managers}
    assert seen(manager, ["u-forskola-eken", "u-skola-norr"]) == set()

    office = World(order_store, orders_server, "procurement")
    assert seen(office) == {mine, at_eken, managers, elsewhere}

    office.reference.clear_me()  # signed out: nobody's orders are shown
    assert seen(office) == set()


def test_a_substituted_item_reaches_the_orderer_as_old_and_new(world: World) -> None:
    world.follow.sync(world.me)
    world.service.add_to_cart(UNIT, item("s-coffee-1", 1), Decimal("10"))
    (placed,) = world.service.place(UNIT).placed
    world.send()
    sent = world.service.orders.entry(placed.order.id)
    assert sent is not None and sent.order.server_id
    change = LineChange("1", Decimal("10"), None, "Ersätts", "K-00099", "Mellanrost 450 g")
    answer = OrderAnswer(ResponseCode.CHANGED, datetime.now(UTC), "", (change,))
    _respond(world, placed.order.id, sent.order.server_id, answer)
    world.follow.sync(world.me)
    entry = world.service.orders.entry(placed.order.id)
    assert entry is not None and entry.order.state is OrderState.CHANGED
    line = entry.order.lines[0]
    assert (line.substitute_item_id, line.substitute_name) == ("K-00099", "Mellanrost 450 g")
    assert line.is_changed
