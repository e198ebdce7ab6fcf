"""check_online against the real server, a closed port and a refused URL."""

from __future__ import annotations

import socket

from desktop.remote.connectivity import check_online
from tests.fixtures.central_api_server import RunningServer


def test_the_running_server_is_online(demo_server: RunningServer) -> None:
    assert check_online(demo_server.url)


def test_a_closed_port_is_offline() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert not check_online(f"http://127.0.0.1:{port}", timeout=1.0)


def test_an_unusable_url_is_offline_not_an_error() -> None:
    assert not check_online("http://avrop.example.com")
    assert not check_online("not a url")
