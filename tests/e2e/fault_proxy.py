"""A small fault-injecting HTTP proxy on loopback, in front of the real central API.

Each request gets a :class:`Fault` from the proxy's ``plan`` (seeded by the caller):
pass it on, answer 500 without forwarding, forward and then answer 500 (the server has
committed), forward and then drop the connection (the response is lost), forward and
answer only after the client's timeout, reset before forwarding, or forward and kill the
client process before it sees the answer. Only the fault suite uses it (a test tool).
"""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

JSON_HEADERS = [("Content-Type", "application/json")]
INJECTED_500 = b'{"code":"internal_error","message":"injected fault","field":null}'
BUSY_409 = (
    b'{"code":"idempotency_in_progress","message":"still being handled","field":"Idempotency-Key"}'
)
DOWN_502 = b'{"code":"server_unavailable","message":"upstream down","field":null}'
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade"}


class Fault(StrEnum):
    PASS = "pass"
    ERROR_BEFORE = "500_before"  # 500, the request never reaches the server
    ERROR_AFTER = "500_after"  # the server commits, the client gets 500
    DROP_AFTER = "drop_after"  # the server commits, the response is lost (connection closed)
    SLOW_AFTER = "slow_after"  # the server commits, the answer comes after the client's timeout
    RESET_BEFORE = "reset_before"  # the connection is closed before forwarding
    KILL_CLIENT_AFTER = "kill_client_after"  # the server commits, then the client is SIGKILLed
    BUSY_BEFORE = "409_before"  # "still being handled" (409 idempotency_in_progress)


Plan = Callable[[str, str], Fault]  # (method, path) -> fault


class _QuietServer(ThreadingHTTPServer):
    """Connections the proxy or a killed client broke are expected: no tracebacks."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        return


class FaultProxy:
    """Forwards to ``upstream`` (changeable, e.g. after a server restart)."""

    def __init__(self, upstream: str, plan: Plan | None = None, slow_s: float = 1.0) -> None:
        self.upstream = upstream
        self.plan: Plan = plan or (lambda _m, _p: Fault.PASS)
        self.slow_s = slow_s
        self.client_pid: int | None = None  # the process KILL_CLIENT_AFTER kills
        self.counts: Counter[str] = Counter()
        self.replayed = 0
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def count(self, fault: Fault) -> None:
        with self._lock:
            self.counts[fault.value] += 1

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet
                return

            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fault = proxy.plan(self.command, self.path)
                proxy.count(fault)
                if fault is Fault.RESET_BEFORE:
                    self._hang_up()
                    return
                if fault is Fault.BUSY_BEFORE:
                    self._answer(409, JSON_HEADERS, BUSY_409)
                    return
                if fault is Fault.ERROR_BEFORE:
                    self._answer(500, JSON_HEADERS, INJECTED_500)
                    return
                try:
                    status, headers, content = self._forward(body)
                except OSError:
                    self._answer(502, JSON_HEADERS, DOWN_502)
                    return
                if any(k.lower() == "idempotent-replayed" for k, _ in headers):
                    with proxy._lock:
                        proxy.replayed += 1
                if fault is Fault.DROP_AFTER:
                    self._hang_up()
                elif fault is Fault.KILL_CLIENT_AFTER:
                    if proxy.client_pid is not None:
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(proxy.client_pid, signal.SIGKILL)
                    self._hang_up()
                elif fault is Fault.ERROR_AFTER:
                    self._answer(500, JSON_HEADERS, INJECTED_500)
                else:
                    if fault is Fault.SLOW_AFTER:
                        time.sleep(proxy.slow_s)
                    self._answer(status, headers, content)

            def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
                target = urlsplit(proxy.upstream)
                assert target.hostname is not None, proxy.upstream
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                try:
                    headers = {
                        k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS
                    }
                    conn.request(self.command, self.path, body=body or None, headers=headers)
                    response = conn.getresponse()
                    content = response.read()
                    kept = [
                        (k, v)
                        for k, v in response.getheaders()
                        if k.lower() not in HOP_HEADERS | {"content-length"}
                    ]
                    return response.status, kept, content
                finally:
                    conn.close()

            def _answer(self, status: int, headers: list[tuple[str, str]], content: bytes) -> None:
                try:
                    self.send_response(status)
                    for key, value in headers:
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                    self.wfile.flush()
                except OSError:
                    self.close_connection = True

            def _hang_up(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

            do_GET = do_POST = do_PUT = do_DELETE = _relay

        return Handler
