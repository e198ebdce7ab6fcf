"""One order validator process (``python -m central_api.validator_process``), started by
:mod:`central_api.validator_supervisor` beside the HTTP workers on PostgreSQL.

It checks accepted orders away from the workers' interpreters, so a burst of 202s never
waits for the rules' CPU time under the same GIL, and runs at a lower priority (the
backlog can wait; the answers cannot). It ``LISTEN``\\ s on the channel an accept
notifies in its own transaction, drains every ``validating`` order (claims are the
thread's: one transaction each, ``FOR UPDATE SKIP LOCKED``), and polls every
``POLL_S`` as well. It ends on SIGTERM, when its parent is gone, or (exit 1) when its
listening connection breaks; the supervisor then starts another. A claim of a killed
process rolls back with its connection, and the order is claimed again.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from types import FrameType
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from central_api.app import guarded_sessions
from central_api.db import create_db_engine
from central_api.services.order_numbering import VALIDATING_CHANNEL
from central_api.services.order_validator import POLL_S, settle_next
from central_api.workers import config_from_environment

log = logging.getLogger("central_api.validator")

NICENESS = 5  # below the HTTP workers: validation is backlog work


@contextmanager
def listening(engine: Engine) -> Iterator[Any]:
    """A psycopg connection (autocommit) listening on the validators' channel."""
    pooled = engine.raw_connection()
    try:
        connection: Any = pooled.dbapi_connection
        connection.autocommit = True
        connection.execute(f"LISTEN {VALIDATING_CHANNEL}")
        yield connection
    finally:
        pooled.invalidate()  # never back into the pool while listening


def wait_for_orders(connection: Any, timeout_s: float) -> None:
    """Until an accept notifies (or ``timeout_s``); notifications already queued are
    taken with it, so one drain answers them all. (Each ``notifies`` holds the
    connection's lock until it ends: the second starts after the first.)"""
    if list(connection.notifies(timeout=timeout_s, stop_after=1)):
        list(connection.notifies(timeout=0.0))


def drain(
    sessions: sessionmaker[Session], today: Callable[[], date], stopping: threading.Event
) -> None:
    while not stopping.is_set() and settle_next(sessions, today):
        pass


def main() -> int:
    logging.basicConfig(
        level=(sys.argv[1] if len(sys.argv) > 1 else "info").upper(),
        format="%(levelname)s %(name)s: %(message)s",
    )
    stopping = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    parent = os.getppid()
    os.nice(NICENESS)
    config = config_from_environment()
    engine = create_db_engine(config.effective_database_url)
    sessions = guarded_sessions(engine)

    def today() -> date:
        return config.demo_today or date.today()

    try:
        with listening(engine) as connection:
            log.info("order validator %d listening", os.getpid())
            while not stopping.is_set() and os.getppid() == parent:
                drain(sessions, today, stopping)
                wait_for_orders(connection, POLL_S)
    except Exception:  # the listening connection broke: the supervisor starts another
        if stopping.is_set():
            return 0
        log.exception("order validator %d stopped", os.getpid())
        return 1
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
