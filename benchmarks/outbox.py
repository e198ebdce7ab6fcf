"""``python -m benchmarks outbox [--orders N]``: how fast the outbox flushes.

Queues N orders (default 1,000) in a real local store and times the real
``OutboxSender`` sending them to the demo central API on loopback. The baseline is the
physical floor, not the same server path: a bare keep-alive client (``http.client``)
posting the same bodies, one after another like the sender, to a trivial JSON endpoint of
the same stack (``benchmarks/load_bench/floor_app.py``: uvicorn + FastAPI + middleware,
no database). Prints orders/s, floor requests/s and the sender's share of the floor
(target: at least 25 %, the load benchmark's order POST target).
"""

from __future__ import annotations

import argparse
import http.client
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from benchmarks.load_bench.stack import floor_server
from central_api.demo.municipality import UNIT_BY_ID
from desktop.domain.order import Order, OrderLine
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_settings import BuyerParty
from desktop.domain.order_wire import PlaceOrderRequest
from desktop.domain.reference import Supplier, Unit
from desktop.peppol.order_mapping import order_xml
from desktop.remote.http import ApiClient
from desktop.remote.outbox_sender import OutboxSender
from desktop.storage.database import open_database
from desktop.storage.order_repo import NewOrder, OrderRepository
from desktop.storage.outbox_repo import OutboxRepository
from tests.fixtures.central_api_server import RunningServer

SUPPLIER = "s-coffee-1"
TARGET_SHARE = 25


class StaticToken:
    """A bearer token signed in once (the benchmark needs no refresh)."""

    def __init__(self, token: str) -> None:
        self.token = token

    def access_token(self) -> str | None:
        return self.token

    def refresh_access_token(self, stale: str | None) -> str:
        return self.token


def bodies(
    count: int, supplier: Supplier, unit: Unit | None = None, username: str = "orderer"
) -> list[NewOrder]:
    """``count`` orders of coffee for ``unit`` (default Förskolan Solrosen), booked on its
    cost centre, placed by ``username``."""
    buyer = BuyerParty("Ekby kommun", "2120000001", "0007", "SE")
    unit = unit or UNIT_BY_ID["u-forskola-solrosen"]
    home = unit.address
    made = []
    for n in range(count):
        order = Order(
            id=str(uuid.uuid4()),
            unit_id=unit.id,
            supplier_id=SUPPLIER,
            agreement_id="a-coffee",
            accounting=AccountingString(unit.cost_centre, "6110"),
            delivery=Delivery(unit.id, unit.name, home, unit.name, home, None),
            currency="SEK",
            lines=(
                OrderLine(
                    "1", "K-00001", "Bryggkaffe 500 g", Decimal(1 + n % 5), "XPK", Decimal("54.90")
                ),
            ),
            created_by=username,
            created_at=datetime.now(UTC),
        )
        body = PlaceOrderRequest(
            order.unit_id,
            SUPPLIER,
            "a-coffee",
            order.accounting,
            "SEK",
            order.total,
            order_xml(order, buyer, supplier),
        ).to_bytes()
        made.append(NewOrder(order, body))
    return made


def run(count: int) -> int:
    with tempfile.TemporaryDirectory(prefix="avrop-outbox-") as tmp:
        server_dir = Path(tmp) / "server"
        server_dir.mkdir()
        server = RunningServer(server_dir, demo=True)
        server.start()
        try:
            token = server.token("orderer")
            api = ApiClient(server.url, StaticToken(token), timeout=(5.0, 30.0))
            items = api.get_json("/suppliers").data["items"]
            supplier = Supplier.from_json(next(s for s in items if s["id"] == SUPPLIER))
            queued, raw = bodies(count, supplier), bodies(count, supplier)

            db = open_database(Path(tmp) / "client.sqlite3")
            OrderRepository(db).place(queued, "orderer")
            outbox = OutboxRepository(db)
            sender = OutboxSender(outbox, api, lambda: "orderer")
            started = time.perf_counter()
            while outbox.count("orderer"):
                sender.send_due(limit=100)
            sender_s = time.perf_counter() - started
            db.close()
        finally:
            server.stop()
        with floor_server(1, Path(tmp)) as (floor_url, _pid):
            floor_s = _bare_posts(floor_url, [item.body for item in raw])
    sender_rate, floor_rate = count / sender_s, count / floor_s
    share = 100 * sender_rate / floor_rate
    print(f"Outbox flush of {count} queued orders to the loopback central API")
    print(f"  outbox sender            {sender_rate:8.1f} orders/s ({sender_s:.2f} s)")
    print(f"  floor: bare client, trivial POST {floor_rate:8.1f} requests/s ({floor_s:.2f} s)")
    print(f"  sender / floor           {share:8.1f} %  (target >= {TARGET_SHARE} %)")
    return 0 if share >= TARGET_SHARE else 1


def _bare_posts(url: str, payloads: list[bytes]) -> float:
    """Seconds for a bare keep-alive client to POST ``payloads`` one after another."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    headers = {"Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())}
    started = time.perf_counter()
    for payload in payloads:
        conn.request("POST", "/floor/post", body=payload, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 201:
            raise RuntimeError(f"floor answered {response.status}")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks outbox", description=__doc__)
    parser.add_argument("--orders", type=int, default=1000)
    args = parser.parse_args(argv)
    return run(args.orders)


if __name__ == "__main__":
    sys.exit(main())
