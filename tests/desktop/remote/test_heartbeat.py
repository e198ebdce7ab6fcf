"""The heartbeat reaches the real server with this installation's id."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop.remote.auth import AuthService
from desktop.remote.credentials import SessionOnlyCredentialStore
from desktop.remote.heartbeat import send_heartbeat
from desktop.settings import SettingsStore, load_settings
from desktop.storage.reference_repo import ReferenceRepository
from tests.fixtures.central_api_server import RunningServer


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
