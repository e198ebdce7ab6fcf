"""Telling the central API this installation is alive: version, last sync, outbox length.

Superusers see these per unit (``GET /units/{id}/devices``) when they help a colleague.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from desktop import __version__
from desktop.remote.http import ApiClient, JsonResponse
from desktop.remote.sender_loop import SenderLoop
from desktop.settings import SettingsStore
from desktop.storage.database import RunDb, run_inline
from desktop.storage.outbox_repo import OutboxRepository
from desktop.storage.support_outbox import SupportOutbox, WaitingItem

log = logging.getLogger(__name__)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).isoformat()


MIN_GAP_S = 2.0  # at most one heartbeat per outbox burst in this time
IDLE_WAIT_S = 60.0


def heartbeat_body(
    device_id: str,
    last_sync_at: datetime | None,
    outbox_length: int,
    waiting: Sequence[WaitingItem] = (),
) -> dict[str, object]:
    """The heartbeat; ``waiting`` (oldest first) gives the oldest item and the last error."""
    errors = [item.last_error for item in waiting if item.last_error]
    return {
        "device_id": device_id,
        "app_version": __version__,
        "last_sync_at": _iso(last_sync_at),
        "outbox_length": outbox_length,
        "oldest_queued_at": _iso(waiting[0].queued_at) if waiting else None,
        "last_error": errors[0][:500] if errors else None,
    }


def send_heartbeat(
    client: ApiClient,
    device_id: str,
    *,
    last_sync_at: datetime | None = None,
    outbox_length: int = 0,
    waiting: Sequence[WaitingItem] = (),
) -> JsonResponse:
    """``POST /devices/heartbeat``; ``device_id`` from ``SettingsStore.device_id()``.

    Raises ``NetworkError``/``ApiError`` like any call; callers treat it as best effort.
    """
    return client.post_json(
        "/devices/heartbeat", heartbeat_body(device_id, last_sync_at, outbox_length, waiting)
    )


class DeviceHeartbeat:
    """This installation's id, when it last synced, and how much of the user's work waits
    to be sent: the outbox length, every kind (the same figure as the status bar).

    Sent after a sync (``send``) and whenever the outbox changes (``outbox_changed``,
    at most one every ``min_gap_s``, on its own thread: ``start``/``stop``).
    """

    def __init__(
        self,
        client: Callable[[], ApiClient],
        settings: SettingsStore,
        outbox: OutboxRepository,
        *,
        run_db: RunDb = run_inline,
        username: Callable[[], str | None] = lambda: None,
        last_sync: Callable[[], datetime | None] = lambda: None,
        min_gap_s: float = MIN_GAP_S,
        waiting: SupportOutbox | None = None,
    ) -> None:
        self._client = client
        self._settings = settings
        self._outbox = outbox
        self._run_db = run_db
        self._username = username
        self._stored_last_sync = last_sync
        self._last_sync_at: datetime | None = None
        self._min_gap_s = min_gap_s
        self._dirty = threading.Event()
        self._last_sent = 0.0
        self._loop = SenderLoop("avrop-heartbeat", self._pass)
        self._waiting = waiting

    def outbox_length(self, username: str) -> int:
        """``username``'s outbox length: orders, office requests, call-offs, …"""
        return self._run_db(lambda: self._outbox.count(username))

    def send(self, username: str, last_sync_at: datetime | None) -> JsonResponse:
        """Send it now (network thread); raises like ``send_heartbeat``. Without
        ``last_sync_at``: the last sync this run, else the stored one."""
        if last_sync_at is not None:
            self._last_sync_at = last_sync_at
        else:
            last_sync_at = self._last_sync_at or self._run_db(self._stored_last_sync)
        waiting = self._waiting
        queued = self._run_db(lambda: waiting.waiting(username)) if waiting else []
        return send_heartbeat(
            self._client(),
            self._settings.device_id(),
            last_sync_at=last_sync_at,
            outbox_length=self.outbox_length(username),
            waiting=queued,
        )

    # -- when the outbox changes ----------------------------------------------------------

    def outbox_changed(self) -> None:
        """The outbox changed (any thread): send a heartbeat soon, best effort."""
        self._dirty.set()
        self._loop.wake()

    def start(self) -> None:
        self._loop.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._loop.stop(timeout)

    def _pass(self) -> float:
        if not self._dirty.is_set():
            return IDLE_WAIT_S
        wait = self._last_sent + self._min_gap_s - time.monotonic()
        if wait > 0:
            return wait  # a burst of changes makes one heartbeat, not one each
        self._dirty.clear()
        username = self._username()
        if username is None:
            return IDLE_WAIT_S
        self._last_sent = time.monotonic()
        try:
            self.send(username, None)
        except Exception as exc:  # best effort: the next change or sync tries again
            log.info("the heartbeat after an outbox change was not sent: %r", exc)
        return self._min_gap_s
