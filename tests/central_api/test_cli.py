"""The real server process: ready file, health over loopback, clean stop, restart."""

from __future__ import annotations

import json
import re
import select
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import psutil
import pytest

from tests.fixtures.central_api_server import RunningServer, StartCentralApi

pytestmark = pytest.mark.e2e


def _get(server: RunningServer, path: str, token: str | None = None) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    request = urllib.request.Request(server.url + path, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, json.loads(exc.read())


def _post(server: RunningServer, path: str, body: object, token: str) -> int:
    request = urllib.request.Request(
        server.url + path,
        data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.status)


def test_starts_serves_health_and_stops_on_sigterm(start_central_api: StartCentralApi) -> None:
    server = start_central_api()
    assert server.url == f"http://127.0.0.1:{server.port}"
    assert server.port > 0
    status, body = _get(server, "/health")
    assert status == 200
    assert body["status"] == "ok"
    log = (server.data_dir / "server-1.log").read_text(encoding="utf-8")
    assert f"Avrop central API listening on {server.url}" in log
    assert "orderer" in log and "procurement" in log  # the demo users are printed
    assert "GET /health" not in log  # no access log unless --access-log (the proxy keeps it)
    assert server.stop() == 0
    assert not server.ready_file.exists()
    assert (server.data_dir / "central.sqlite3").exists()


def test_restart_keeps_data_and_does_not_seed_again(start_central_api: StartCentralApi) -> None:
    server = start_central_api()
    token = server.token("orderer")
    heartbeat = {
        "device_id": "dev-1",
        "app_version": "1.0",
        "last_sync_at": None,
        "outbox_length": 2,
    }
    assert _post(server, "/devices/heartbeat", heartbeat, token) == 200
    _, suppliers_before = _get(server, "/suppliers", token)
    port = server.port
    server.stop()

    server.start()
    assert server.port == port
    second_log = (server.data_dir / "server-2.log").read_text(encoding="utf-8")
    assert "not seeding again" in second_log
    assert "Seeded the demo municipality" not in second_log
    status, suppliers_after = _get(server, "/suppliers", token)  # the token survived too
    assert status == 200
    assert suppliers_after == suppliers_before
    _, devices = _get(server, "/units/u-forskola-solrosen/devices", server.token("manager"))
    assert [d["device_id"] for d in devices["items"]] == ["dev-1"]


def test_without_demo_is_an_empty_server_and_sigint_stops_it(
    start_central_api: StartCentralApi,
) -> None:
    server = start_central_api(demo=False)
    assert _get(server, "/health")[0] == 200
    with pytest.raises(RuntimeError, match="401"):
        server.token("orderer")
    assert server.process is not None
    server.process.send_signal(signal.SIGINT)
    assert server.process.wait(10) == 0


def test_short_access_token_ttl_is_passed_on(start_central_api: StartCentralApi) -> None:
    server = start_central_api(access_token_ttl=7)
    assert server.sign_in("orderer")["expires_in"] == 7


def _read_response(sock: socket.socket) -> tuple[int, dict[str, Any]]:
    sock.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, rest = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))  # type: ignore[union-attr]
    while len(rest) < length:
        rest += sock.recv(65536)
    return int(head.split()[1]), json.loads(rest[:length])


def test_announced_huge_body_is_refused_before_it_is_sent(demo_server: RunningServer) -> None:
    with socket.create_connection(("127.0.0.1", demo_server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"
        )
        status, body = _read_response(sock)  # no byte of the body was sent
    assert status == 413
    assert body["code"] == "payload_too_large"


def test_chunked_body_is_cut_off_while_streaming(demo_server: RunningServer) -> None:
    chunk = b" " * 65536
    sent = 0
    with socket.create_connection(("127.0.0.1", demo_server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        while sent < 64 * 1024 * 1024:
            if select.select([sock], [], [], 0)[0]:
                break  # the server answered before the body ended
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:
                break
            sent += len(chunk)
        status, body = _read_response(sock)
    assert status == 413
    assert body["code"] == "payload_too_large"
    assert sent < 16 * 1024 * 1024


def test_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    """A killed test run leaves no server behind (``--exit-with-parent``)."""
    ready = tmp_path / "ready"
    pid_file = tmp_path / "pid"
    launcher = (
        "import subprocess, sys, time\n"
        "p = subprocess.Popen([sys.executable, '-m', 'central_api', '--data', sys.argv[1],\n"
        "                      '--port', '0', '--ready-file', sys.argv[2], '--exit-with-parent'])\n"
        "open(sys.argv[3], 'w').write(str(p.pid))\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", launcher, str(tmp_path / "data"), str(ready), str(pid_file)]
    )
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists()
        server_pid = int(pid_file.read_text())
        parent.kill()
        parent.wait(10)
        deadline = time.monotonic() + 15
        while psutil.pid_exists(server_pid) and time.monotonic() < deadline:
            if psutil.Process(server_pid).status() == psutil.STATUS_ZOMBIE:
                break
            time.sleep(0.1)
        alive = psutil.pid_exists(server_pid)
        assert not alive or psutil.Process(server_pid).status() == psutil.STATUS_ZOMBIE
    finally:
        parent.kill()
        if pid_file.exists() and psutil.pid_exists(int(pid_file.read_text())):
            psutil.Process(int(pid_file.read_text())).kill()
