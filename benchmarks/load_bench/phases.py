"""The measured phases of the load benchmark: plain throughput of one kind of request,
and the simulation of many installations syncing every (simulated) minute and ordering."""

from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from benchmarks.load_bench.http_client import Answer, Pool, Record
from benchmarks.load_bench.municipality import Seat

MAX_ORDER_ATTEMPTS = 10


async def throughput(
    send: Callable[[int], Awaitable[bool]], count: int, concurrency: int
) -> tuple[float, int]:
    """Requests/s of ``count`` calls of ``send(n)`` (True when answered as expected),
    ``concurrency`` at a time; and how many were not as expected."""
    numbers = iter(range(count))
    failures = 0

    async def lane() -> None:
        nonlocal failures
        for n in numbers:
            if not await send(n):
                failures += 1

    started = time.perf_counter()
    await asyncio.gather(*(lane() for _ in range(concurrency)))
    return count / (time.perf_counter() - started), failures


@dataclass
class Simulation:
    """Settings and results of the installations' simulation. Installation ``n`` sits at
    unit ``seats[n % len(seats)]``: it orders for that unit with its orderer's token and
    must see only that unit's orders."""

    pool: Pool
    seats: list[Seat]
    etags: dict[str, str]
    bodies: dict[str, list[bytes]]  # unit id -> order bodies still to place
    order_share: float
    lost_answer_share: float
    record: Record = field(default_factory=Record)
    order_ids: dict[str, int] = field(default_factory=dict)  # idempotency key -> order id
    seen: dict[str, set[str]] = field(default_factory=dict)  # unit id -> order ids synced
    duplicates: int = 0
    rng: random.Random = field(default_factory=lambda: random.Random(13))

    async def call(
        self,
        seat: Seat,
        endpoint: str,
        method: str,
        path: str,
        headers: dict[str, str],
        body: bytes = b"",
    ) -> Answer | None:
        started = time.perf_counter()
        try:
            answer = await self.pool.request(method, path, {**seat.auth, **headers}, body)
        except (OSError, asyncio.IncompleteReadError) as exc:
            self.record.add(endpoint, started, None)
            self.record.errors.append(f"{endpoint}: {exc!r}")
            return None
        self.record.add(endpoint, started, answer.status)
        if answer.status >= 500:
            self.record.errors.append(f"{endpoint}: {answer.status} {answer.body[:200]!r}")
        return answer

    async def sync(self, seat: Seat, cursor: str) -> str:
        """One conditional sync; returns the new order cursor."""
        for path in ("/suppliers", "/agreements"):
            answer = await self.call(
                seat, f"GET {path} (304)", "GET", path, {"If-None-Match": self.etags[path]}
            )
            if answer is not None and answer.status not in (200, 304):
                self.record.errors.append(f"GET {path}: {answer.status}")
            elif answer is not None and answer.status == 200:
                self.etags[path] = answer.headers["etag"]
        path = f"/orders?unit={seat.unit.id}&since={cursor}"
        answer = await self.call(seat, "GET /orders?since", "GET", path, {})
        if answer is None or answer.status != 200:
            return cursor
        page = json.loads(answer.body)
        self._note_seen(seat, page["items"])
        return str(page["cursor"])

    def _note_seen(self, seat: Seat, items: list[dict[str, object]]) -> None:
        seen = self.seen.setdefault(seat.unit.id, set())
        for item in items:
            if item["unit_id"] != seat.unit.id:
                self.record.errors.append(f"{seat.unit.id} synced {item['unit_id']}'s order")
            seen.add(str(item["id"]))

    async def place_order(self, seat: Seat) -> None:
        """POST one order; retries with the same key (in progress, lost answers). 202:
        accepted, checked by the server afterwards (counted after the simulation)."""
        body = self.bodies[seat.unit.id].pop()
        key = str(uuid.uuid4())
        headers = {"Content-Type": "application/json", "Idempotency-Key": key}
        sends = 2 if self.rng.random() < self.lost_answer_share else 1
        for _ in range(MAX_ORDER_ATTEMPTS):
            answer = await self.call(seat, "POST /orders", "POST", "/orders", headers, body)
            if answer is not None and answer.status == 202:
                order_id = int(json.loads(answer.body)["id"])
                if self.order_ids.setdefault(key, order_id) != order_id:
                    self.duplicates += 1
                sends -= 1
                if sends == 0:
                    return
            elif answer is not None and answer.status != 409:
                self.record.errors.append(f"POST /orders: {answer.status} {answer.body[:200]!r}")
                return
            else:
                await asyncio.sleep(0.2)
        self.record.errors.append("POST /orders: gave up after retries")

    async def installation(self, number: int, minutes: int, minute_s: float, start: float) -> None:
        seat = self.seats[number % len(self.seats)]
        offset = self.rng.random() * minute_s
        cursor = "0"  # a new installation of a unit with no orders yet
        for minute in range(minutes):
            delay = start + minute * minute_s + offset - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            cursor = await self.sync(seat, cursor)
            if self.rng.random() < self.order_share and self.bodies[seat.unit.id]:
                await self.place_order(seat)
