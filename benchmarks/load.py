"""``python -m benchmarks load``: many installations against the central API on
PostgreSQL with 1, 2 and 4 workers, beside the floor of the same stack.

For each worker count: the floor (the same uvicorn + FastAPI stack answering a trivial
JSON POST and a 304, no database; the 304 judged is answered before FastAPI's routing, as
the real one is, and the routed one is reported beside it) and the real paths (order
POST, conditional sync 304) are driven at the same concurrency for a fixed number of
requests, in alternating rounds of floor and real bursts (``load_bench/shares.py``); then N
installations (default 500) each sync conditionally once per simulated minute (suppliers
and agreements with ``If-None-Match``, orders since their cursor) and place orders now and
then, retrying with the same ``Idempotency-Key`` (a share of answers counted as lost and
sent again). The installations are spread over ``--units`` units (default 100), each with
its own orderer (``load_bench/municipality.py``): a sync sees only its unit's orders.
Everything is on 127.0.0.1, bounded in requests and simulated minutes. Prints one JSON
object. PostgreSQL: ``--database-url`` (a server URL whose role may create
databases) or, by default, a private throwaway cluster (Debian's ``postgresql`` package).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from benchmarks.load_bench import municipality, shares, stack, validation
from benchmarks.load_bench.http_client import Pool, Record, percentile
from benchmarks.load_bench.municipality import Seat
from benchmarks.load_bench.phases import Simulation
from benchmarks.outbox import SUPPLIER, bodies
from desktop.domain.reference import Supplier

WARM_UP_SAMPLES = 2  # the first simulated minute
TARGETS = {"order_post_share": 0.25, "sync_304_share": 0.5, "p95_ms": 100.0, "rss_growth": 0.15}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load", description=__doc__)
    parser.add_argument("--installations", type=int, default=500)
    parser.add_argument("--units", type=int, default=100, help="units, one orderer each")
    parser.add_argument("--minutes", type=int, default=5, help="simulated minutes")
    parser.add_argument("--minute-seconds", type=float, default=6.0, help="real s per minute")
    parser.add_argument("--order-share", type=float, default=0.1, help="orders/installation/min")
    parser.add_argument("--lost-answer-share", type=float, default=0.1)
    parser.add_argument("--workers", default="1,2,4", help="worker counts to run")
    parser.add_argument("--connections", type=int, default=32, help="client keep-alive pool")
    parser.add_argument("--requests", type=int, default=4000, help="per kind, over all rounds")
    parser.add_argument("--rounds", type=int, default=4, help="alternating floor/real bursts")
    parser.add_argument("--orders", type=int, default=600, help="order POSTs timed")
    parser.add_argument("--database-url", default=None, help="PostgreSQL server URL")
    return parser


def _sim_bodies(seats: list[Seat], supplier: Supplier, args: argparse.Namespace) -> Any:
    """Order bodies per unit: enough for its installations' orders and retries."""
    per_unit = -(-args.installations // len(seats))
    count = int(per_unit * args.minutes * args.order_share * 2) + 5
    return {s.unit.id: [o.body for o in bodies(count, supplier, s.unit, s.username)] for s in seats}


async def _simulate(sim: Simulation, pid: int, args: argparse.Namespace) -> Any:
    rss: list[float] = []
    start = time.perf_counter() + 0.5
    tasks = [
        sim.installation(n, args.minutes, args.minute_seconds, start)
        for n in range(args.installations)
    ]
    done = asyncio.gather(*tasks)
    while not done.done():
        rss.append(round(stack.tree_rss_mib(pid), 1))
        await asyncio.wait([done], timeout=args.minute_seconds / 2)
    await done
    return rss, time.perf_counter() - start


def _summary(record: Record, seconds: float) -> dict[str, Any]:
    return {
        "requests": record.count(),
        "requests_per_s": round(record.count() / seconds, 1),
        "endpoints": {
            name: {
                "count": len(values),
                **{f"p{q}_ms": round(1000 * percentile(values, q / 100), 1) for q in (50, 95, 99)},
            }
            for name, values in sorted(record.latencies.items())
        },
    }


def _order_counts(database_url: str) -> tuple[int, int]:
    """Orders in the database, and how many client orders are stored more than once."""
    engine = create_engine(database_url)
    with engine.connect() as connection:
        total, distinct = connection.execute(
            text("SELECT count(*), count(DISTINCT client_order_id) FROM orders")
        ).one()
    engine.dispose()
    return int(total), int(total) - int(distinct)


def _run_workers(workers: int, server_url: str, scratch: Path, args: Any) -> dict[str, Any]:
    name = f"avrop_load_{workers}"
    with (
        stack.floor_server(workers, scratch) as (floor_url, _pid),
        stack.fresh_database(server_url, name) as database_url,
        stack.central_api(database_url, workers, scratch / f"api-{workers}") as api,
    ):
        assert api.process is not None
        token = api.token("orderer")
        request = urllib.request.Request(
            api.url + "/suppliers", headers={"Authorization": f"Bearer {token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            suppliers = json.loads(response.read())["items"]
        supplier = Supplier.from_json(next(s for s in suppliers if s["id"] == SUPPLIER))
        order_bodies = [o.body for o in bodies(args.orders, supplier)]
        seats = municipality.seats(api.url, database_url, args.units)
        sim_bodies = _sim_bodies(seats, supplier, args)
        before, _ = _order_counts(database_url)

        async def measure() -> Any:
            measured, etags = await shares.measure(
                floor_url, api.url, token, order_bodies, database_url, args
            )
            pool = Pool(api.url, args.connections)
            sim = Simulation(
                pool, seats, etags=etags, bodies=sim_bodies, order_share=args.order_share,
                lost_answer_share=args.lost_answer_share,
            )  # fmt: skip
            first = await asyncio.to_thread(validation.last_order_id, database_url)
            rss, seconds = await _simulate(sim, api.process.pid, args)  # type: ignore[union-attr]
            pool.close()
            drain = shares.DRAIN_TIMEOUT_S
            await asyncio.to_thread(validation.wait_drained, database_url, first, drain)
            sim_checked = await asyncio.to_thread(validation.report, database_url, first)
            return measured, sim, rss, seconds, sim_checked

        measured, sim, rss, seconds, sim_checked = asyncio.run(measure())
        after, stored_twice = _order_counts(database_url)
    summary = _summary(sim.record, seconds)
    shares_report = shares.report(measured)
    p95 = max(e["p95_ms"] for e in summary["endpoints"].values())
    # Flat from the end of the first simulated minute (RSS is sampled twice a minute): a
    # worker that placed no order in the throughput phase (the kernel spreads connections
    # over the workers) loads the official rules on its first one, a one-off of ~250 MiB.
    warm = rss[WARM_UP_SAMPLES:] or rss
    return {
        "workers": workers,
        **shares_report,
        "simulation": {
            "installations": args.installations,
            "units": args.units,
            "simulated_minutes": args.minutes,
            "seconds": round(seconds, 1),
            **summary,
            "orders_created": after - before - measured.order_post.requests,
            "orders_answered": len(sim.order_ids),
            "order_validation": sim_checked,
            "units_with_orders_synced": sum(1 for ids in sim.seen.values() if ids),
            "orders_synced": sum(len(ids) for ids in sim.seen.values()),
            "duplicates": stored_twice + sim.duplicates,
            # an order refused or never validated is an error too
            "errors": len(sim.record.errors) + measured.unexpected() + sim_checked["not_settled"],
            "first_errors": sim.record.errors[:5],
            "server_rss_mib": {
                "samples": rss,
                "first": warm[0],
                "last": warm[-1],
                "warm_from_sample": len(rss) - len(warm),
            },
        },
        "targets_met": {
            "order_post_share": shares_report["order_post_share_of_floor"]
            >= TARGETS["order_post_share"],
            "sync_304_share": shares_report["sync_304_share_of_floor"] >= TARGETS["sync_304_share"],
            "p95_under_100_ms": p95 < TARGETS["p95_ms"],
            "rss_flat": warm[-1] <= warm[0] * (1 + TARGETS["rss_growth"]),
        },
    }


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    counts = [int(n) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="avrop-load-") as tmp:
        scratch = Path(tmp)
        with stack.postgres_server(args.database_url, scratch) as server_url:
            runs = [_run_workers(n, server_url, scratch, args) for n in counts]
    ok = all(r["simulation"]["duplicates"] == 0 and r["simulation"]["errors"] == 0 for r in runs)
    print(json.dumps({"benchmark": "load", "runs": runs, "no_duplicates_no_errors": ok}, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
