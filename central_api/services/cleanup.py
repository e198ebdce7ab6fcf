"""Periodic cleanup: expired tokens and ended sign-in throttle windows.

Every worker runs the loop; the deletes are idempotent, so several at once are harmless.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import anyio
from sqlalchemy.orm import Session, sessionmaker

from central_api.models import utcnow
from central_api.services.sign_in_throttle import purge_old
from central_api.services.tokens import purge_expired

log = logging.getLogger(__name__)


def cleanup_once(sessions: sessionmaker[Session], now: datetime, window: timedelta) -> int:
    """Purge once; the number of rows deleted."""
    with sessions() as session:
        deleted = purge_expired(session, now) + purge_old(session, now, window)
        session.commit()
    return deleted


async def cleanup_loop(
    sessions: sessionmaker[Session], interval_s: float, window: timedelta
) -> None:
    """Purge every ``interval_s`` seconds until cancelled (errors are logged, not fatal)."""
    while True:
        try:
            await anyio.to_thread.run_sync(cleanup_once, sessions, utcnow(), window)
        except Exception:
            log.warning("periodic cleanup failed", exc_info=True)
        await asyncio.sleep(interval_s)
