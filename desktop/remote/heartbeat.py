"""Telling the central API this installation is alive: version, last sync, outbox length.

Superusers see these per unit (``GET /units/{id}/devices``) when they help a colleague.
"""

from __future__ import annotations

from datetime import datetime

from desktop import __version__
from desktop.remote.http import ApiClient, JsonResponse


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
