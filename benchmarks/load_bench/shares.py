"""The throughput shares: each real path against its floor, measured in alternating rounds.

A single floor phase of a couple of thousand requests lasts under a second, and on a
shared machine it moved up to 5× between worker counts of one run, so a share read from
it says more about the moment than the server. Here the floor server and the central API
run side by side and each round times a burst of the floor, then the real path (the next
round the other way round), so a slow moment weighs on both; the share is total requests
over total seconds of each kind. The client's own CPU share during the floor bursts is
reported too: near 1.0 the client, not the server, set the floor.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from benchmarks.load_bench import validation
from benchmarks.load_bench.floor_app import ETAG_PATH, FRONT_ETAG_PATH
from benchmarks.load_bench.http_client import Pool
from benchmarks.load_bench.phases import throughput

DRAIN_TIMEOUT_S = 300.0  # the validators' backlog after the order bursts


@dataclass
class Tally:
    """Requests and seconds of one kind over all rounds."""

    requests: int = 0
    seconds: float = 0.0
    unexpected: int = 0
    client_cpu_s: float = 0.0

    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


@dataclass
class Shares:
    floor_post: Tally = field(default_factory=Tally)
    floor_304: Tally = field(default_factory=Tally)
    floor_304_front: Tally = field(default_factory=Tally)
    order_post: Tally = field(default_factory=Tally)
    sync_304: Tally = field(default_factory=Tally)
    order_validation: dict[str, Any] = field(default_factory=dict)

    def unexpected(self) -> int:
        floors = (self.floor_post, self.floor_304, self.floor_304_front)
        tallies = (*floors, self.order_post, self.sync_304)
        return sum(t.unexpected for t in tallies) + int(self.order_validation.get("not_settled", 0))

    def client_cpu_share_of_floor(self) -> float:
        floors = (self.floor_post, self.floor_304, self.floor_304_front)
        wall = sum(t.seconds for t in floors)
        return sum(t.client_cpu_s for t in floors) / wall if wall else 0.0


async def _burst(
    tally: Tally, send: Callable[[int], Awaitable[bool]], count: int, lanes: int
) -> None:
    cpu = time.process_time()
    rate, bad = await throughput(send, count, lanes)
    tally.client_cpu_s += time.process_time() - cpu
    tally.requests += count
    tally.seconds += count / rate
    tally.unexpected += bad


async def measure(
    floor_url: str,
    api_url: str,
    token: str,
    order_bodies: list[bytes],
    database_url: str,
    args: Any,
) -> tuple[Shares, dict[str, str]]:
    """``args.rounds`` alternating rounds of floor and real bursts: trivial POST against
    order POST (202), then (the validators' backlog drained) floor 304 against the
    conditional sync's 304. Also returns the real ETags (for the simulation)."""
    lanes = args.connections
    floor, real = Pool(floor_url, lanes), Pool(api_url, lanes)
    auth = {"Authorization": f"Bearer {token}"}
    etags = {p: (await real.request("GET", p, auth)).headers["etag"] for p in ("/suppliers",)}
    etags["/agreements"] = (await real.request("GET", "/agreements", auth)).headers["etag"]
    floor_etag = (await floor.request("GET", ETAG_PATH, {})).headers["etag"]
    await floor.request("GET", FRONT_ETAG_PATH, {})  # each floor worker learns it at its first
    json_headers = {"Content-Type": "application/json"}
    trivial = json.dumps({"unit_id": "u", "note": "x" * 200}).encode()
    timed = [order_bodies.pop() for _ in range(args.orders)]
    placed = iter(timed)

    async def floor_post(_n: int) -> bool:
        return (await floor.request("POST", "/floor/post", json_headers, trivial)).status == 201

    async def floor_304(_n: int) -> bool:
        headers = {"If-None-Match": floor_etag}
        return (await floor.request("GET", ETAG_PATH, headers)).status == 304

    async def floor_304_front(_n: int) -> bool:
        headers = {"If-None-Match": floor_etag}
        return (await floor.request("GET", FRONT_ETAG_PATH, headers)).status == 304

    async def order(_n: int) -> bool:
        key = {**auth, **json_headers, "Idempotency-Key": str(uuid.uuid4())}
        return (await real.request("POST", "/orders", key, next(placed))).status == 202

    async def sync_304(_n: int) -> bool:
        headers = {**auth, "If-None-Match": etags["/suppliers"]}
        return (await real.request("GET", "/suppliers", headers)).status == 304

    shares = Shares()
    rounds = max(1, args.rounds)
    first = await asyncio.to_thread(validation.last_order_id, database_url)
    validated, validating_s = 0, 0.0
    for n in range(rounds):
        pairs = [
            (shares.floor_post, floor_post, args.requests // rounds),
            (shares.order_post, order, args.orders // rounds),
        ]
        for tally, send, count in pairs if n % 2 == 0 else reversed(pairs):
            before = await asyncio.to_thread(validation.last_order_id, database_url)
            await _burst(tally, send, count, lanes)
            # drained before the next burst, whose CPU the validators would otherwise share
            await asyncio.to_thread(validation.wait_drained, database_url, first, DRAIN_TIMEOUT_S)
            if tally is shares.order_post:
                done = await asyncio.to_thread(validation.report, database_url, before)
                validated += done["orders"]
                validating_s += done["orders"] / (done["validated_per_s"] or float("inf"))
    shares.order_validation = await asyncio.to_thread(validation.report, database_url, first)
    # each round's first accept to its last outcome, not the floor bursts between rounds
    shares.order_validation["validated_per_s"] = (
        round(validated / validating_s, 1) if validating_s else None
    )
    real.close()  # idle through the drain: the server may have closed its connections
    real = Pool(api_url, lanes)
    for n in range(rounds):
        pairs = [
            (shares.floor_304_front, floor_304_front, args.requests // rounds),
            (shares.sync_304, sync_304, args.requests // rounds),
            (shares.floor_304, floor_304, args.requests // rounds),
        ]
        for tally, send, count in pairs if n % 2 == 0 else reversed(pairs):
            await _burst(tally, send, count, lanes)
    floor.close()
    real.close()
    return shares, etags


def report(shares: Shares) -> dict[str, Any]:
    """The shares' part of one worker count's report."""
    return {
        "floor_trivial_post_rps": round(shares.floor_post.rate(), 1),
        "floor_304_rps": round(shares.floor_304_front.rate(), 1),
        "floor_304_routed_rps": round(shares.floor_304.rate(), 1),
        "order_post_rps": round(shares.order_post.rate(), 1),
        "sync_304_rps": round(shares.sync_304.rate(), 1),
        "order_post_share_of_floor": round(shares.order_post.rate() / shares.floor_post.rate(), 3),
        "sync_304_share_of_floor": round(shares.sync_304.rate() / shares.floor_304_front.rate(), 3),
        # against a 304 through FastAPI's middleware and routing (the real one skips them)
        "sync_304_share_of_routed_floor": round(
            shares.sync_304.rate() / shares.floor_304.rate(), 3
        ),
        # near 1.0: the one client process, not the server, set the floor
        "client_cpu_share_during_floor": round(shares.client_cpu_share_of_floor(), 2),
        # 202 is not the whole cost: the validators' work on the same orders, after it
        "order_validation": shares.order_validation,
    }
