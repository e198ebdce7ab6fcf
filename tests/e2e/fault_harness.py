"""The fault-injection run: the real outbox sender (a child process) against the real
central API (a child process) through a fault-injecting proxy, round after round.

Each round places a few orders in the real local store, then lets the sender deliver
them while faults strike: the sender killed (SIGKILL) at a probe point, at a random
moment or right after the server committed; 500s before or after the server commits;
lost responses; answers after the client's timeout; the server restarted (gracefully or
killed) mid-run; the store file locked by another process. Then every order placed must
be on the server exactly once and the client's view must agree with the server's.

Used by ``tests/e2e/test_faults.py`` (200 rounds) and ``python -m benchmarks faults``.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from desktop.domain.order import Order, OrderLine, OrderState
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_settings import BuyerParty
from desktop.domain.order_wire import PlaceOrderRequest, RemoteOrder
from desktop.domain.reference import Address, Supplier
from desktop.peppol.order_mapping import order_xml
from desktop.storage.database import Database, open_database
from desktop.storage.order_repo import NewOrder, OrderRepository
from tests.e2e.fault_proxy import Fault, FaultProxy
from tests.e2e.fault_report import FaultConfig, FaultReport
from tests.e2e.fault_sender import SenderProcess

UNIT = "u-forskola-solrosen"
SUPPLIER_ID = "s-coffee-1"
KILL_POINTS = ("before_claim", "claimed", "answered", "recorded")


class ServerHandle(Protocol):
    """What the harness needs of a running central API (``RunningServer`` has it)."""

    url: str
    data_dir: Path
    process: subprocess.Popen[bytes] | None

    def start(self) -> Any: ...
    def stop(self) -> int | None: ...


def _get_json(url: str, token: str) -> Any:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _sign_in(url: str) -> str:
    body = json.dumps({"username": "orderer", "password": "demo"}).encode()
    request = urllib.request.Request(
        url + "/auth/token", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return str(json.loads(response.read())["access_token"])


class FaultRun:
    """One seeded run of ``config.rounds`` rounds; ``run()`` gives the report."""

    def __init__(self, server: ServerHandle, work_dir: Path, config: FaultConfig) -> None:
        self.server = server
        self.work_dir = work_dir
        self.config = config
        self.rng = random.Random(config.seed)
        self.report = FaultReport()
        self.db_path = work_dir / "client.sqlite3"
        self.db: Database = open_database(self.db_path)
        self.orders = OrderRepository(self.db)
        self.proxy = FaultProxy(server.url, self._plan, slow_s=config.slow_s).start()
        self._round_faults: dict[Fault, float] = {}
        self._plan_rng = random.Random(config.seed + 1)
        self._plan_lock = threading.Lock()
        self.token = _sign_in(server.url)
        self.supplier = Supplier.from_json(self._find_supplier())
        self.buyer = BuyerParty("Ekby kommun", "2120000001", "0007", "SE")
        self.cursor = self._fetch_since("0")[1]
        self.sender: SenderProcess | None = None
        self.spare: SenderProcess | None = None

    # -- the proxy's plan ------------------------------------------------------------------

    def _plan(self, method: str, path: str) -> Fault:
        if method != "POST" or not path.startswith("/orders"):
            return Fault.PASS
        with self._plan_lock:
            draw = self._plan_rng.random()
        for fault, chance in self._round_faults.items():
            if draw < chance:
                return fault
            draw -= chance
        return Fault.PASS

    # -- server helpers --------------------------------------------------------------------

    def _find_supplier(self) -> dict[str, Any]:
        items = _get_json(self.server.url + "/suppliers", self.token)["items"]
        return next(s for s in items if s["id"] == SUPPLIER_ID)

    def _fetch_since(self, cursor: str) -> tuple[list[dict[str, Any]], str]:
        items: list[dict[str, Any]] = []
        while True:
            url = f"{self.server.url}/orders?unit={UNIT}&since={cursor}"
            try:
                data = _get_json(url, self.token)
            except urllib.error.HTTPError as exc:
                if exc.code != 401:
                    raise
                self.token = _sign_in(self.server.url)
                continue
            items.extend(data["items"])
            cursor = data["cursor"]
            if not data["more"]:
                return items, cursor

    def _restart_server(self, hard: bool) -> None:
        process = self.server.process
        if hard and process is not None and process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait(10)
        self.server.stop()
        self.server.start()
        self.proxy.upstream = self.server.url

    # -- the client ------------------------------------------------------------------------

    def _spawn(self) -> SenderProcess:
        seed = self.rng.randrange(1 << 30)
        log = self.work_dir / "client.log"
        return SenderProcess(self.db_path, self.proxy.url, self.config.client_timeout_s, seed, log)

    def _sender(self) -> SenderProcess:
        """The live sender; after a kill the warm spare takes over and a new spare starts
        (starting Python with SQLAlchemy takes seconds on a busy machine)."""
        if self.sender is None or self.sender.process.poll() is not None:
            if self.sender is not None:
                self.sender.close()
            self.sender = (self.spare or self._spawn()).wait_ready()
            self.spare = self._spawn()
            self.proxy.client_pid = self.sender.pid
        return self.sender

    def _new_order(self) -> NewOrder:
        quantity = self.rng.choice((1, 2, 5, 10, 40, 120))
        price = Decimal(self.rng.choice(("12.50", "54.90", "89.00")))
        home = Address("Solrosvägen 3", "671 32", "Ekby")
        hub = Address("Industrigatan 20", "671 40", "Ekby")
        order = Order(
            id=str(uuid.uuid4()),
            unit_id=UNIT,
            supplier_id=SUPPLIER_ID,
            agreement_id="a-coffee",
            accounting=AccountingString("3410", "6110"),
            delivery=Delivery(
                UNIT, "Förskolan Solrosen", home, "Ekby omlastningscentral", hub, None, "u-hub"
            ),
            currency="SEK",
            lines=(OrderLine("1", "K-00001", "Bryggkaffe 500 g", Decimal(quantity), "XPK", price),),
            created_by="orderer",
            created_at=datetime.now(UTC),
            state=OrderState.QUEUED,
        )
        document = order_xml(order, self.buyer, self.supplier)
        body = PlaceOrderRequest(
            UNIT, SUPPLIER_ID, "a-coffee", order.accounting, "SEK", order.total, document
        ).to_bytes()
        return NewOrder(order, body)

    # -- faults beside the proxy ---------------------------------------------------------------

    def _later(self, delay: float, action: Callable[[], None]) -> threading.Thread:
        def run() -> None:
            time.sleep(delay)
            action()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread

    def _hold_lock(self, seconds: float) -> None:
        connection = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
        try:
            connection.execute("BEGIN EXCLUSIVE")
            time.sleep(seconds)
            connection.execute("ROLLBACK")
        finally:
            connection.close()

    # -- rounds ----------------------------------------------------------------------------------

    def run(self) -> FaultReport:
        started = time.monotonic()
        try:
            for _ in range(self.config.rounds):
                self.round()
        finally:
            for child in (self.sender, self.spare):
                if child is not None:
                    child.close()
            self.proxy.stop()
            self.db.close()
        self.report.faults.update(self.proxy.counts)
        self.report.replayed = self.proxy.replayed
        self.report.seconds = time.monotonic() - started
        return self.report

    def round(self) -> None:
        cfg, rng, report = self.config, self.rng, self.report
        report.rounds += 1
        placed = [self._new_order() for _ in range(rng.randint(1, cfg.max_orders))]
        self.orders.place(placed, "orderer")
        report.placed += len(placed)
        self._round_faults = dict(cfg.proxy_faults) if rng.random() < 0.7 else {}
        helpers: list[threading.Thread] = []
        if rng.random() < cfg.lock:
            report.locks += 1
            helpers.append(
                self._later(rng.uniform(0, 0.1), lambda: self._hold_lock(rng.uniform(0.1, 0.6)))
            )
        # Besides the random ones, one hard (SIGKILL) and one graceful restart per run.
        forced = {cfg.rounds // 3: True, (2 * cfg.rounds) // 3: False}.get(report.rounds)
        if forced is not None or rng.random() < cfg.restart:
            report.restarts += 1
            hard = forced if forced is not None else rng.random() < 0.5
            helpers.append(self._later(rng.uniform(0, 0.2), lambda: self._restart_server(hard)))
        point, nth = "-", 0
        if rng.random() < cfg.kill_at_point:
            point, nth = rng.choice(KILL_POINTS), rng.randint(1, len(placed))
        sender = self._sender()
        if rng.random() < cfg.kill_timed:
            helpers.append(self._later(rng.uniform(0.005, 0.3), sender.kill))
        left = sender.send(point, nth)
        for _attempt in range(20):
            if left == 0:
                break
            if left is None:
                report.kills += 1
            left = self._sender().send("-", 0)
        for helper in helpers:
            helper.join(30)
        self._round_faults = {}
        if left != 0:  # the last helper (a restart) may have struck the last attempt
            left = self._sender().send("-", 0)
            if left is None:
                report.kills += 1
                left = self._sender().send("-", 0)
        self._verify([n.order for n in placed])

    def _checked_since(self) -> list[dict[str, Any]]:
        """Orders changed since the cursor, once the server has checked them all (202:
        its checks come after; their outcome is a change of its own)."""
        seen: dict[str, dict[str, Any]] = {}
        deadline = time.monotonic() + 60
        while True:
            items, self.cursor = self._fetch_since(self.cursor)
            seen.update({str(item["id"]): item for item in items})
            checking = any(item["state"] == "validating" for item in seen.values())
            if not checking or time.monotonic() > deadline:
                return list(seen.values())
            time.sleep(0.02)

    def _verify(self, placed: list[Order]) -> None:
        items = self._checked_since()
        on_server = Counter(item["client_order_id"] for item in items)
        by_client = {item["client_order_id"]: item for item in items}
        ours = {o.id for o in placed}
        for order in placed:
            count = on_server.get(order.id, 0)
            if count == 0:
                self.report.lost += 1
                self.report.problems.append(f"lost {order.id}")
            elif count > 1:
                self.report.duplicated += count - 1
                self.report.problems.append(f"{count} copies of {order.id}")
            else:
                self.report.on_server_once += 1
            remote = by_client.get(order.id)
            if remote is not None:  # the app's follow-up: the server's checks after its 202
                self.orders.apply_remote(RemoteOrder.from_json(remote), order.delivery)
            entry = self.orders.entry(order.id)
            agrees = (
                entry is not None
                and remote is not None
                and entry.outbox is None
                and entry.order.server_id == remote["id"]
                and entry.order.state.value == remote["state"]
            )
            if not agrees:
                self.report.disagreements += 1
                self.report.problems.append(f"client and server disagree on {order.id}")
        strangers = [c for c in on_server if c not in ours]
        if strangers:
            self.report.duplicated += len(strangers)
            self.report.problems.append(f"unexpected orders {strangers}")
