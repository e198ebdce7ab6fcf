"""The server runs uvicorn's C HTTP parser (httptools) and event loop (uvloop), with one
worker as with several: h11 and asyncio's own loop took several times the CPU per request
(the load benchmark's p95 at 500 installations was mostly that)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.fixtures.central_api_server import StartCentralApi

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/<pid>/maps")


def _loaded(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text(encoding="utf-8")


def test_one_worker_runs_httptools_on_uvloop(start_central_api: StartCentralApi) -> None:
    server = start_central_api(demo=False)
    assert server.process is not None
    maps = _loaded(server.process.pid)
    assert "httptools" in maps
    assert "uvloop" in maps
