"""Telling the central API this installation is alive: version, last sync, outbox length.

Superusers see these per unit (``GET /units/{id}/devices``) when they help a colleague.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from desktop import __version__
from desktop.remote.http import ApiClient, JsonResponse
from desktop.settings import SettingsStore
from desktop.storage.database import RunDb, run_inline
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.storage.outbox_repo import OutboxRepository
from desktop.storage.support_outbox import SupportOutbox, WaitingItem

log = logging.getLogger(__name__)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).isoformat()


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
    """The heartbeat after a sync: this installation's id, when the sync finished, and how
    much of the user's work waits to be sent (orders, office requests and call-offs)."""

    def __init__(
        self,
        client: Callable[[], ApiClient],
        settings: SettingsStore,
        outbox: OutboxRepository,
        submissions: SubmissionRepository,
        *,
        run_db: RunDb = run_inline,
        waiting: SupportOutbox | None = None,
    ) -> None:
        self._client = client
        self._settings = settings
        self._outbox = outbox
        self._submissions = submissions
        self._run_db = run_db
        self._waiting = waiting
        self.last_sync_at: datetime | None = None  # of the last sync this run

    def outbox_length(self, username: str) -> int:
        """``username``'s queued orders plus queued requests and call-offs."""
        return self._run_db(
            lambda: self._outbox.count(username) + self._submissions.count(username)
        )

    def send(self, username: str, last_sync_at: datetime | None) -> JsonResponse:
        """Send it now (network thread); raises like ``send_heartbeat``. Without
        ``last_sync_at`` the last one sent this run is repeated."""
        if last_sync_at is not None:
            self.last_sync_at = last_sync_at
        last_sync_at = self.last_sync_at
        waiting = self._waiting
        queued = self._run_db(lambda: waiting.waiting(username)) if waiting else []
        return send_heartbeat(
            self._client(),
            self._settings.device_id(),
            last_sync_at=last_sync_at,
            outbox_length=self.outbox_length(username),
            waiting=queued,
        )


def heartbeat_on_change(
    heartbeat: DeviceHeartbeat, username: Callable[[], str | None]
) -> Callable[[], None]:
    """A ``Notifier`` subscriber: a heartbeat whenever what waits to be sent changes,
    so a superuser sees a stuck outbox without waiting for the next sync. Best effort:
    runs on the sender's thread and never raises."""

    def on_change() -> None:
        user = username()
        if user is None:
            return
        try:
            heartbeat.send(user, None)
        except Exception:  # offline or refused: the next change or sync tries again
            log.debug("heartbeat after an outbox change failed", exc_info=True)

    return on_change
