"""The heartbeat reaches the real server with this installation's id."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from desktop.app import AppOptions, build_services
from desktop.domain.office_request import OfficeRequest, Urgency
from desktop.remote.auth import AuthService
from desktop.remote.credentials import SessionOnlyCredentialStore
from desktop.remote.heartbeat import send_heartbeat
from desktop.settings import SettingsStore, load_settings
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.storage.reference_repo import ReferenceRepository
from tests.fixtures.central_api_server import RunningServer, StartCentralApi


def test_heartbeat_is_recorded(
    demo_server: RunningServer, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    settings = SettingsStore(tmp_path)
    auth = AuthService(settings, SessionOnlyCredentialStore(), reference_repo)
    auth.sign_in(demo_server.url, "orderer", "demo")
    device = settings.device_id()
    assert load_settings(tmp_path).device_id == device == settings.device_id()

    answer = send_heartbeat(
        auth.current_client(), device, last_sync_at=datetime.now(UTC), outbox_length=2
    )
    assert answer.data["device_id"] == device
    assert answer.data["outbox_length"] == 2
    assert answer.data["username"] == "orderer"


def _device(server: RunningServer, device_id: str) -> dict[str, Any] | None:
    answer = requests.get(
        f"{server.url}/units/u-forskola-solrosen/devices",
        headers={"Authorization": f"Bearer {server.token('superuser')}"},
        timeout=10,
    )
    items: list[dict[str, Any]] = answer.json()["items"]
    return next((d for d in items if d["device_id"] == device_id), None)


def test_a_change_of_the_outbox_sends_the_heartbeat_without_a_sync(
    start_central_api: StartCentralApi, tmp_path: Path
) -> None:
    demo_server = start_central_api()  # its own server: the shared one keeps its data
    services = build_services(AppOptions(data_dir=tmp_path, server_url=demo_server.url))
    try:
        services.auth.sign_in(demo_server.url, "orderer", "demo", remember=False)
        device_id = services.settings_store.device_id()
        request = OfficeRequest(
            str(uuid.uuid4()), "u-forskola-solrosen", "Sittdynor", datetime.now(UTC), Urgency.URGENT
        )
        services.run_db(
            lambda: SubmissionRepository(services.database).queue_request(
                request, "orderer", datetime.now(UTC)
            )
        )
        assert _device(demo_server, device_id) is None  # no sync, no heartbeat yet
        assert services.outbox_sender.send_due().sent == 1  # the outbox changes
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            shown = _device(demo_server, device_id)
            if shown is not None and shown["outbox_length"] == 0:
                break
            time.sleep(0.1)
        assert shown is not None and shown["outbox_length"] == 0
        assert shown["username"] == "orderer" and shown["last_sync_at"] is None
    finally:
        services.close()
