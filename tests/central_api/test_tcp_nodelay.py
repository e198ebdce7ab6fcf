"""Accepted connections of the server's listening socket have ``TCP_NODELAY`` set.

Without it a keep-alive answer waits for the client's delayed ACK (~40 ms per request).
The check reads the socket option of the accepted connection, not a timing.
"""

from __future__ import annotations

import asyncio
import socket

from central_api.cli import _bind


async def _nodelay_of_accepted_connection() -> int:
    listening = _bind("127.0.0.1", 0)
    port = listening.getsockname()[1]
    seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    async def on_connect(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted: socket.socket = writer.get_extra_info("socket")
        seen.set_result(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()

    # uvicorn serves the bound socket the same way: loop.create_server(sock=...).
    server = await asyncio.start_server(on_connect, sock=listening)
    async with server:
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        value = await asyncio.wait_for(seen, 10)
        writer.close()
        await writer.wait_closed()
    return value


def test_accepted_connections_send_without_delay() -> None:
    assert asyncio.run(_nodelay_of_accepted_connection()) != 0
