"""Telling the central API this installation is alive: version, last sync, outbox length.

Superusers see these per unit (``GET /units/{id}/devices``) when they help a colleague.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop import __version__
from desktop.remote.http import ApiClient, JsonResponse
from desktop.settings import SettingsStore
from desktop.storage.database import RunDb, run_inline
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.storage.outbox_repo import OutboxRepository


def heartbeat_body(
    device_id: str, last_sync_at: datetime | None, outbox_length: int
) -> dict[str, object]:
    return {
        "device_id": device_id,
        "app_version": __version__,
        "last_sync_at": last_sync_at.isoformat() if last_sync_at else None,
        "outbox_length": outbox_length,
    }


def send_heartbeat(
    client: ApiClient,
    device_id: str,
    *,
    last_sync_at: datetime | None = None,
    outbox_length: int = 0,
) -> JsonResponse:
    """``POST /devices/heartbeat``; ``device_id`` from ``SettingsStore.device_id()``.

    Raises ``NetworkError``/``ApiError`` like any call; callers treat it as best effort.
    """
    return client.post_json(
        "/devices/heartbeat", heartbeat_body(device_id, last_sync_at, outbox_length)
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
    ) -> None:
        self._client = client
        self._settings = settings
        self._outbox = outbox
        self._submissions = submissions
        self._run_db = run_db

    def outbox_length(self, username: str) -> int:
        """``username``'s queued orders plus queued requests and call-offs."""
        return self._run_db(
            lambda: self._outbox.count(username) + self._submissions.count(username)
        )

    def send(self, username: str, last_sync_at: datetime | None) -> JsonResponse:
        """Send it now (network thread); raises like ``send_heartbeat``."""
        return send_heartbeat(
            self._client(),
            self._settings.device_id(),
            last_sync_at=last_sync_at,
            outbox_length=self.outbox_length(username),
        )
