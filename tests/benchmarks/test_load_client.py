"""The load benchmark's client pool serves waiting requests first come, first served: a
request arriving just as a connection is freed does not overtake one already waiting
(it did with ``asyncio.Queue``; starved requests' waits grew to minutes)."""

from __future__ import annotations

import asyncio

from benchmarks.load_bench.http_client import Pool


def test_a_freed_connection_goes_to_the_longest_waiting_request() -> None:
    async def scenario() -> list[str]:
        pool = Pool("http://127.0.0.1:9", 1)  # never connects: only the hand-over is used
        served: list[str] = []
        held = await pool._acquire()

        async def waiter(name: str) -> None:
            conn = await pool._acquire()
            served.append(name)
            pool._release(conn)

        first = asyncio.create_task(waiter("waited"))
        await asyncio.sleep(0)  # it is queued now
        pool._release(held)
        late = asyncio.create_task(waiter("arrived late"))  # same tick as the release
        await asyncio.gather(first, late)
        return served

    assert asyncio.run(scenario()) == ["waited", "arrived late"]
