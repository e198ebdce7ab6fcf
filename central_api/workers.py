"""``--workers N``: N uvicorn worker processes serve one listening socket and one database.

The parent migrates (and demo-seeds) the database once, then uvicorn's supervisor starts
the workers; each builds its app from the settings handed over in ``CONFIG_ENV``. No state
lives in one worker's memory: idempotency keys, the order change counter and tokens are
rows in the database, and ETags are hashes of the answer, so any worker may answer any
request. Use PostgreSQL for several workers (SQLite serialises every writer).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from uvicorn.supervisors.multiprocess import Multiprocess

from central_api.app import create_app
from central_api.config import ServerConfig

CONFIG_ENV = "AVROP_CENTRAL_API_CONFIG"
READY_TIMEOUT_S = 120.0


def config_to_env(config: ServerConfig) -> str:
    """``config`` for ``CONFIG_ENV`` (the workers and validator processes read it)."""
    data = asdict(config)
    data["data_dir"] = str(config.data_dir)
    data["demo_today"] = config.demo_today.isoformat() if config.demo_today else None
    data["demo"] = False  # the parent seeded already
    return json.dumps(data)


def config_from_environment() -> ServerConfig:
    """The parent's settings, as ``config_to_env`` handed them over."""
    data = json.loads(os.environ[CONFIG_ENV])
    data["data_dir"] = Path(data["data_dir"])
    data["demo_today"] = date.fromisoformat(data["demo_today"]) if data["demo_today"] else None
    return ServerConfig(**data)


def app_from_environment() -> FastAPI:
    """The app of one worker (uvicorn factory), from the parent's settings."""
    return create_app(config_from_environment())


def serve_workers(
    config: ServerConfig,
    sock: socket.socket,
    url: str,
    workers: int,
    logs: tuple[str, bool],
    on_ready: Callable[[], None],
    parent: int | None,
) -> None:
    """Run ``workers`` processes on ``sock`` until SIGTERM/SIGINT (or ``parent`` ends);
    ``logs`` = (log level, whether to log every request)."""
    os.environ[CONFIG_ENV] = config_to_env(config)
    uv_config = uvicorn.Config(
        "central_api.workers:app_from_environment",
        factory=True,
        workers=workers,
        log_level=logs[0],
        access_log=logs[1],
        lifespan="on",
        server_header=False,
    )
    supervisor = Multiprocess(uv_config, sockets=[sock])
    threading.Thread(target=_announce, args=(url, on_ready), daemon=True).start()
    if parent is not None:
        threading.Thread(target=_watch_parent, args=(supervisor, parent), daemon=True).start()
    supervisor.run()


def _announce(url: str, on_ready: Callable[[], None]) -> None:
    """Call ``on_ready`` once a worker answers ``GET /health``."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/health", timeout=5) as response:
                if response.status == 200:
                    on_ready()
                    return
        except OSError:
            pass
        time.sleep(0.1)


def _watch_parent(supervisor: Multiprocess, parent: int) -> None:
    while os.getppid() == parent and not supervisor.should_exit.is_set():
        time.sleep(1)
    supervisor.should_exit.set()
