"""``avrop-central-api`` / ``python -m central_api``: run the server with uvicorn
(``--workers N`` for several processes); ``… migrate-db --from URL --to URL`` copies a
database (see ``central_api/migrate_db.py``).

Binds the socket itself (``--port 0`` picks a free port), writes the base URL to
``--ready-file`` once the socket accepts connections, and stops cleanly (exit 0) on
SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from types import FrameType

import uvicorn
from fastapi import FastAPI
from platformdirs import user_data_path

from central_api.app import create_app
from central_api.config import DEFAULT_ACCESS_TOKEN_TTL_S, ServerConfig
from central_api.validator_supervisor import ValidatorProcesses, uses_validator_processes
from central_api.workers import serve_workers
from desktop.domain.demo_variants import DEFAULT_DEMO_VARIANT, DEMO_VARIANTS

log = logging.getLogger("central_api")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="avrop-central-api", description="Avrop reference central procurement API"
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        const=DEFAULT_DEMO_VARIANT,
        default=None,
        choices=sorted(DEMO_VARIANTS),
        metavar="se|dk|no",
        help="seed the demo municipality: Swedish (default), Danish or Norwegian",
    )
    parser.add_argument(
        "--data", type=Path, default=None, help="data folder (default: the user data folder)"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one")
    parser.add_argument(
        "--database-url", default=None, help="SQLAlchemy URL (default: SQLite in --data)"
    )
    parser.add_argument("--ready-file", type=Path, default=None, help="write the URL here")
    parser.add_argument(
        "--access-token-ttl",
        type=_positive_int,
        default=DEFAULT_ACCESS_TOKEN_TTL_S,
        metavar="S",
        help="access token lifetime in seconds",
    )
    parser.add_argument(
        "--demo-today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes on one database (use PostgreSQL for more than one)",
    )
    parser.add_argument(
        "--validators",
        type=_count,
        default=1,
        metavar="M",
        help="order validator processes beside the workers (PostgreSQL; 0, and always on "
        "SQLite: a validator thread in each worker)",
    )
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    parser.add_argument(
        "--access-log",
        action="store_true",
        help="log every request (off by default: the reverse proxy in front keeps that log)",
    )
    parser.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop when the process that started this one ends (for test harnesses)",
    )
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


@dataclass
class _RunState:
    stop_requested: bool = False
    server: uvicorn.Server | None = None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["migrate-db"]:
        from central_api.migrate_db import main as migrate_db

        return migrate_db(argv[1:])
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    state = _RunState()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        state.stop_requested = True
        if state.server is not None:
            state.server.should_exit = True

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)

    config = ServerConfig(
        data_dir=(args.data or user_data_path("avrop-central-api")).resolve(),
        database_url=args.database_url,
        access_token_ttl_s=args.access_token_ttl,
        demo=args.demo is not None,
        demo_today=args.demo_today,
        demo_variant=args.demo or DEFAULT_DEMO_VARIANT,
    )
    if uses_validator_processes(config.effective_database_url):
        config = replace(config, validator_processes=args.validators)
    app = create_app(config)
    if state.stop_requested:
        return 0
    validators = ValidatorProcesses(config, args.log_level)
    validators.start()  # none when config.validator_processes is 0
    try:
        return _run(args, state, config, app)
    finally:
        validators.stop()


def _run(args: argparse.Namespace, state: _RunState, config: ServerConfig, app: FastAPI) -> int:
    """Serve ``app`` (or ``--workers`` processes) until stopped; the exit code."""
    try:
        sock = _bind(args.host, args.port)
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    url = f"http://{_url_host(args.host)}:{sock.getsockname()[1]}"
    parent = os.getppid() if args.exit_with_parent else None
    if args.workers > 1:
        app.state.engine.dispose()  # each worker opens its own connections

        def announce() -> None:
            _announce_ready(url, args.ready_file, config.demo)

        logs = (args.log_level, args.access_log)
        serve_workers(config, sock, url, args.workers, logs, announce, parent)
        if args.ready_file is not None:
            args.ready_file.unlink(missing_ok=True)
        return 0
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            log_level=args.log_level,
            access_log=args.access_log,
            lifespan="on",
            server_header=False,
        )
    )
    state.server = server
    if state.stop_requested:
        return 0
    # The loop uvicorn would pick itself (uvloop when installed), as in the workers.
    with asyncio.Runner(loop_factory=server.config.get_loop_factory()) as runner:
        runner.run(_serve(server, sock, url, args.ready_file, config.demo, parent))
    if args.ready_file is not None:
        args.ready_file.unlink(missing_ok=True)
    return 0


async def _serve(
    server: uvicorn.Server,
    sock: socket.socket,
    url: str,
    ready_file: Path | None,
    demo: bool,
    parent: int | None,
) -> None:
    task = asyncio.create_task(server.serve(sockets=[sock]))
    watchdog = asyncio.create_task(_watch_parent(server, parent)) if parent else None
    while not server.started and not task.done():
        await asyncio.sleep(0.02)
    if server.started and await _accepts(sock):
        _announce_ready(url, ready_file, demo)
    await task
    if watchdog is not None:
        watchdog.cancel()


def _announce_ready(url: str, ready_file: Path | None, demo: bool) -> None:
    print(f"Avrop central API listening on {url}", flush=True)
    if demo:
        _print_demo_users()
    if ready_file is not None:
        _write_atomically(ready_file, url)


async def _watch_parent(server: uvicorn.Server, parent: int) -> None:
    """Stop the server once ``parent`` is gone (e.g. a killed test run)."""
    while os.getppid() == parent:
        await asyncio.sleep(1)
    log.info("Parent process %d ended; stopping", parent)
    server.should_exit = True


async def _accepts(sock: socket.socket) -> bool:
    host, port = sock.getsockname()[:2]
    host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
    for _ in range(100):
        try:
            _reader, writer = await asyncio.open_connection(host, port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        writer.close()
        await writer.wait_closed()
        return True
    return False


def _print_demo_users() -> None:
    from central_api.demo.people import DEMO_PASSWORD, DEMO_USERS

    print("Demo users (user / role / password):", flush=True)
    for user in DEMO_USERS:
        print(f"  {user.username:<12} {user.role.value:<12} {DEMO_PASSWORD}", flush=True)


def _bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``.

    The protocol is given as ``IPPROTO_TCP`` (not 0): asyncio sets ``TCP_NODELAY`` only on
    accepted sockets whose protocol says TCP, and without it every keep-alive answer
    waits ~40 ms for the client's delayed ACK.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
