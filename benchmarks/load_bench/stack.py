"""What the load benchmark runs against: a PostgreSQL cluster (a private throwaway one via
``.ci/postgres`` unless a server URL is given), the central API with N workers on a fresh
database, and the floor app with the same N workers. All on 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import create_engine, make_url, text

from tests.fixtures.central_api_server import RunningServer

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def postgres_server(url: str | None, scratch: Path) -> Iterator[str]:
    """A PostgreSQL server URL (maintenance database); started here unless given."""
    if url:
        yield url
        return
    cluster = scratch / "pg"
    scratch.chmod(0o755)
    script = str(REPO / ".ci" / "postgres")
    started = subprocess.run(
        [script, "start", str(cluster), str(_free_port())],
        check=True,
        capture_output=True,
        text=True,
    )
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([script, "stop", str(cluster)], check=False, capture_output=True)


def _admin(server_url: str, statement: str) -> None:
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


@contextlib.contextmanager
def fresh_database(server_url: str, name: str) -> Iterator[str]:
    _admin(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin(server_url, f"CREATE DATABASE {name}")
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextlib.contextmanager
def central_api(database_url: str, workers: int, data_dir: Path) -> Iterator[RunningServer]:
    data_dir.mkdir(parents=True, exist_ok=True)
    server = RunningServer(data_dir, demo=True, database_url=database_url, workers=workers)
    server.start()
    try:
        time.sleep(1.0 if workers > 1 else 0)  # let every worker finish starting
        yield server
    finally:
        server.stop()


@contextlib.contextmanager
def floor_server(workers: int, scratch: Path) -> Iterator[tuple[str, int]]:
    """The floor app's URL and pid."""
    ready = scratch / f"floor-{workers}.url"
    ready.unlink(missing_ok=True)
    command = [sys.executable, "-m", "benchmarks.load_bench.floor_app"]
    process = subprocess.Popen(
        [*command, "--ready-file", str(ready), "--workers", str(workers)],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    try:
        deadline = time.monotonic() + 60
        url = ""
        while not url and time.monotonic() < deadline:  # written, not only created
            time.sleep(0.05)
            url = ready.read_text(encoding="utf-8").strip() if ready.exists() else ""
        time.sleep(2.0)  # the workers import FastAPI before they accept
        yield url, process.pid
    finally:
        stop(process)


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and its children, MiB."""
    root = psutil.Process(pid)
    total = 0
    for process in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += process.memory_info().rss
    return total / (1024 * 1024)


def stop(process: subprocess.Popen[Any]) -> None:
    """Terminate ``process``; kill it if it has not gone within 15 s."""
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(15)
