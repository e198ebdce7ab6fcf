"""What a superuser sees and does for the units they support (no Qt).

* ``overview(unit_id)``: orders waiting (approval, rejected, declined), requests to the
  office with their answers, and each installation's health (network thread).
* ``colleagues(unit_id)``: who may order, who is certified, the training link.
* ``send_bundle`` / ``bundles`` / ``open_bundle``: support bundles via the server.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.remote.http import ApiClient
from desktop.services.log_tail import LogTail
from desktop.services.support_bundle import build_bundle
from desktop.settings import SettingsStore
from desktop.storage.database import RunDb
from desktop.storage.support_outbox import SupportOutbox

WAITING_STATES = ("awaiting_approval", "rejected", "declined", "changed")
STUCK_AFTER_HOURS = 4


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _items(answer_data: Any) -> list[dict[str, Any]]:
    items = answer_data.get("items", []) if isinstance(answer_data, dict) else []
    return [item for item in items if isinstance(item, dict)]


@dataclass(frozen=True)
class WaitingOrder:
    number: str
    state: str
    total: str
    currency: str
    created_by: str
    created_at: datetime | None


@dataclass(frozen=True)
class UnitRequest:
    need: str
    username: str
    status: str
    answer: str | None


@dataclass(frozen=True)
class DeviceHealth:
    device_id: str
    display_name: str
    app_version: str
    last_sync_at: datetime | None
    outbox_length: int
    oldest_queued_at: datetime | None
    last_error: str | None
    last_heartbeat_at: datetime | None

    def stuck(self, now: datetime) -> bool:
        """Something has waited to be sent for more than a few hours."""
        if not self.outbox_length or self.oldest_queued_at is None:
            return False
        return (now - self.oldest_queued_at).total_seconds() > STUCK_AFTER_HOURS * 3600


@dataclass(frozen=True)
class UnitOverview:
    unit_id: str
    orders: tuple[WaitingOrder, ...]
    requests: tuple[UnitRequest, ...]
    devices: tuple[DeviceHealth, ...]


@dataclass(frozen=True)
class Colleague:
    username: str
    display_name: str
    role: str
    certified: bool
    may_order: bool


@dataclass(frozen=True)
class Colleagues:
    unit_id: str
    certification_url: str | None
    people: tuple[Colleague, ...]


@dataclass(frozen=True)
class BundleInfo:
    bundle_id: str
    unit_id: str
    display_name: str
    note: str
    created_at: datetime | None


class SupportService:
    """Calls the server's support routes with the signed-in user's client."""

    def __init__(
        self,
        client: Callable[[], ApiClient],
        username: Callable[[], str | None],
        settings: SettingsStore,
        outbox: SupportOutbox,
        log_tail: LogTail,
        run_db: RunDb,
        secrets: Callable[[], Iterable[str]] = lambda: (),
    ) -> None:
        self._client = client
        self._username = username
        self._settings = settings
        self._outbox = outbox
        self._log_tail = log_tail
        self._run_db = run_db
        self._secrets = secrets

    def overview(self, unit_id: str) -> UnitOverview:
        client = self._client()
        orders = _items(client.get_json(f"/orders?unit={unit_id}").data)
        requests = _items(client.get_json(f"/requests?unit={unit_id}").data)
        devices = _items(client.get_json(f"/units/{unit_id}/devices").data)
        return UnitOverview(
            unit_id,
            tuple(
                WaitingOrder(
                    str(o["number"]),
                    str(o["state"]),
                    str(o["total"]),
                    str(o["currency"]),
                    str(o["created_by"]),
                    _moment(o.get("created_at")),
                )
                for o in orders
                if o.get("state") in WAITING_STATES
            ),
            tuple(
                UnitRequest(
                    str(r["need"]),
                    str(r["username"]),
                    str(r["status"]),
                    str(r["answer"]["text"]) if isinstance(r.get("answer"), dict) else None,
                )
                for r in requests
            ),
            tuple(
                DeviceHealth(
                    str(d["device_id"]),
                    str(d["display_name"]),
                    str(d["app_version"]),
                    _moment(d.get("last_sync_at")),
                    int(d["outbox_length"]),
                    _moment(d.get("oldest_queued_at")),
                    d.get("last_error"),
                    _moment(d.get("last_heartbeat_at")),
                )
                for d in devices
            ),
        )

    def colleagues(self, unit_id: str) -> Colleagues:
        data = self._client().get_json(f"/units/{unit_id}/colleagues").data
        url = data.get("certification_url") if isinstance(data, dict) else None
        people = tuple(
            Colleague(
                str(p["username"]),
                str(p["display_name"]),
                str(p["role"]),
                bool(p["certified"]),
                bool(p["may_order"]),
            )
            for p in _items(data)
        )
        return Colleagues(unit_id, url, people)

    def make_bundle(self, unit_id: str, last_sync_at: datetime | None) -> dict[str, Any]:
        """The diagnostics of this installation for ``unit_id`` (database + memory)."""
        username = self._username() or ""
        waiting = self._run_db(lambda: self._outbox.waiting(username))
        return build_bundle(
            username=username,
            device_id=self._settings.device_id(),
            unit_id=unit_id,
            last_sync_at=last_sync_at,
            waiting=waiting,
            log_lines=self._log_tail.lines(),
            secrets=self._secrets(),
        )

    def send_bundle(self, unit_id: str, content: dict[str, Any], note: str = "") -> str:
        """Send a bundle to the unit's superusers; its id. The id is made here, so a
        repeat of the same call stores it once (network thread)."""
        bundle_id = str(uuid.uuid4())
        body = {"id": bundle_id, "unit_id": unit_id, "note": note[:500], "content": content}
        self._client().post_json("/support/bundles", body)
        return bundle_id

    def bundles(self, unit_id: str | None = None) -> list[BundleInfo]:
        path = "/support/bundles" + (f"?unit={unit_id}" if unit_id else "")
        return [
            BundleInfo(
                str(b["id"]),
                str(b["unit_id"]),
                str(b["display_name"]),
                str(b.get("note", "")),
                _moment(b.get("created_at")),
            )
            for b in _items(self._client().get_json(path).data)
        ]

    def open_bundle(self, bundle_id: str) -> dict[str, Any]:
        data = self._client().get_json(f"/support/bundles/{bundle_id}").data
        content = data.get("content") if isinstance(data, dict) else None
        return content if isinstance(content, dict) else {}
