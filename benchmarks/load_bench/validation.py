"""What the background validator did with the orders a phase placed: ``POST /orders``
answers 202 before the checks, so its throughput is not the whole cost of an order. From
the database: how fast the validators drained the backlog (orders from the first accept
to the last outcome) and the time from accept to outcome per order (``created_at`` is
set at the accept, ``updated_at`` at the outcome, both by the server's clock)."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import create_engine, text

from benchmarks.load_bench.http_client import percentile

SETTLED = ("sent", "awaiting_approval")
POLL_S = 0.02


def last_order_id(database_url: str) -> int:
    engine = create_engine(database_url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT coalesce(max(id), 0) FROM orders")).scalar()
    engine.dispose()
    return int(found or 0)


def wait_drained(database_url: str, after_id: int, timeout_s: float) -> bool:
    """Wait until no order after ``after_id`` is ``validating`` (False: timed out)."""
    engine = create_engine(database_url)
    deadline = time.monotonic() + timeout_s
    query = text("SELECT count(*) FROM orders WHERE id > :after AND state = 'validating'")
    try:
        while True:
            with engine.connect() as connection:
                if not connection.execute(query, {"after": after_id}).scalar():
                    return True
            if time.monotonic() > deadline:
                return False
            time.sleep(POLL_S)
    finally:
        engine.dispose()


def report(database_url: str, after_id: int, up_to_id: int | None = None) -> dict[str, Any]:
    """The validators' work on the orders with ids in (``after_id``, ``up_to_id``]."""
    engine = create_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT state, created_at, updated_at FROM orders WHERE id > :after"
                + ("" if up_to_id is None else " AND id <= :up_to")
            ),
            {"after": after_id, "up_to": up_to_id},
        ).all()
    engine.dispose()
    states: dict[str, int] = {}
    for state, _created, _updated in rows:
        states[state] = states.get(state, 0) + 1
    done = [(c, u) for s, c, u in rows if s != "validating"]
    waits = sorted((u - c).total_seconds() for c, u in done)
    span = (max(u for _c, u in done) - min(c for c, _u in done)).total_seconds() if done else 0.0
    return {
        "orders": len(rows),
        "states": states,
        "validated_per_s": round(len(done) / span, 1) if span > 0 else None,
        "accept_to_outcome_ms": {
            f"p{q}": round(1000 * percentile(waits, q / 100), 1) for q in (50, 95)
        }
        if waits
        else None,
        "not_settled": sum(n for s, n in states.items() if s not in SETTLED),
    }
