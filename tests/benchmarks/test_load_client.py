"""The load benchmark's client pool serves waiting requests first come, first served: a
request arriving just as a connection is freed does not overtake one already waiting
(it did with ``asyncio.Queue``; starved requests' waits grew to minutes)."""

from __future__ import annotations

import asyncio

from benchmarks.load_bench.http_client import Connection, Pool


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


def test_a_connection_the_server_closed_while_idle_is_opened_again() -> None:
    """Like any HTTP client, the benchmark's does not send on a keep-alive connection the
    server has closed (uvicorn closes idle ones after 5 s): it reconnects."""

    async def scenario() -> list[int]:
        async def answer_once(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await _reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n")
            await writer.drain()
            writer.close()  # then closes, as after an idle timeout

        server = await asyncio.start_server(answer_once, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        conn = Connection("127.0.0.1", port)
        statuses = [(await conn.request("GET", "/", {})).status]
        await asyncio.sleep(0.2)  # the close arrives while the connection is idle
        statuses.append((await conn.request("GET", "/", {})).status)
        conn.close()
        server.close()
        await server.wait_closed()
        return statuses

    assert asyncio.run(scenario()) == [204, 204]
