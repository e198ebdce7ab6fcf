"""A bare asyncio HTTP/1.1 keep-alive client (no library overhead to measure), a pool of
its connections, and the latency record of every request."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


class Connection:
    """One keep-alive connection to ``host:port``."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> Answer:
        if self._streams is not None and self._streams[0].at_eof():
            self.close()  # the server closed it while idle (keep-alive timeout): reconnect
        if self._streams is None:
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if body or method in ("POST", "PUT"):
            lines.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            self.close()
            raise
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        answer_headers = {}
        for line in header_lines:
            if line:
                name, _, value = line.partition(":")
                answer_headers[name.strip().lower()] = value.strip()
        length = int(answer_headers.get("content-length", "0"))
        payload = await reader.readexactly(length) if length else b""
        if answer_headers.get("connection", "").lower() == "close":
            self.close()
        return Answer(int(status_line.split()[1]), answer_headers, payload)

    def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()
            self._streams = None


class Pool:
    """``size`` connections; a request waits for a free one (its wait counts as latency).

    First come, first served: a freed connection goes to the request that has waited
    longest. (``asyncio.Queue`` lets a request that arrives just as a connection is freed
    take it before the woken waiter, which then queues again at the back: installations
    continuing a sync kept overtaking those starting one, whose wait grew to minutes.)
    """

    def __init__(self, url: str, size: int) -> None:
        host, port = url.removeprefix("http://").rsplit(":", 1)
        self.connections = [Connection(host, int(port)) for _ in range(size)]
        self._free: list[Connection] = list(self.connections)
        self._waiting: deque[asyncio.Future[Connection]] = deque()

    async def _acquire(self) -> Connection:
        if self._free and not self._waiting:
            return self._free.pop()
        handed: asyncio.Future[Connection] = asyncio.get_running_loop().create_future()
        self._waiting.append(handed)
        try:
            return await handed
        except asyncio.CancelledError:
            if handed.done() and not handed.cancelled():
                self._release(handed.result())
            raise

    def _release(self, conn: Connection) -> None:
        while self._waiting:
            handed = self._waiting.popleft()
            if not handed.done():
                handed.set_result(conn)
                return
        self._free.append(conn)

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> Answer:
        conn = await self._acquire()
        try:
            return await conn.request(method, path, headers, body)
        finally:
            self._release(conn)

    def close(self) -> None:
        for conn in self.connections:
            conn.close()


@dataclass
class Record:
    """Latencies (seconds) per endpoint name, status counts, errors."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)

    def add(self, endpoint: str, started: float, status: int | None) -> None:
        self.latencies[endpoint].append(time.perf_counter() - started)
        self.statuses[f"{endpoint} {status}"] += 1

    def count(self) -> int:
        return sum(len(v) for v in self.latencies.values())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
