"""After a reference sync: the device heartbeat (best effort; no Qt)."""

from __future__ import annotations

from desktop.remote.heartbeat import DeviceHeartbeat
from desktop.remote.http import JsonResponse
from desktop.remote.reference_sync import SyncReport


class AfterSync:
    """``after_sync(report)``: tell the server this device synced, and how much it still
    has to send. Runs on the network pool; raises like any call (callers log it)."""

    def __init__(self, heartbeat: DeviceHeartbeat) -> None:
        self._heartbeat = heartbeat

    def __call__(self, report: SyncReport) -> JsonResponse:
        return self._heartbeat.send(report.me.username, report.finished_at)
