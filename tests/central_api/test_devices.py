"""Device heartbeats and the per-unit device list."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.central_api.helpers import FOREIGN_UNIT_SECRET, bearer, sign_in


def _beat(client: TestClient, token: str, device: str, outbox: int, synced: str | None) -> dict:
    body = {
        "device_id": device,
        "app_version": "1.4.0",
        "last_sync_at": synced,
        "outbox_length": outbox,
    }
    response = client.post("/devices/heartbeat", json=body, headers=bearer(token))
    assert response.status_code == 200, response.text
    result: dict = response.json()
    return result


def test_heartbeat_updates_the_same_device(client: TestClient) -> None:
    token = sign_in(client, "orderer")["access_token"]
    first = _beat(client, token, "laptop-7", 4, None)
    assert first["username"] == "orderer" and first["display_name"] == "Olivia Berg"
    second = _beat(client, token, "laptop-7", 0, "2025-03-15T09:30:00+01:00")
    assert second["last_sync_at"] == "2025-03-15T08:30:00Z"
    assert second["last_heartbeat_at"] >= first["last_heartbeat_at"]

    manager = sign_in(client, "manager")["access_token"]
    devices = client.get("/units/u-forskola-solrosen/devices", headers=bearer(manager)).json()
    assert [(d["device_id"], d["outbox_length"]) for d in devices["items"]] == [("laptop-7", 0)]


def test_unit_lists_the_devices_of_its_users_only(client: TestClient) -> None:
    _beat(client, sign_in(client, "orderer")["access_token"], "pc-orderer", 1, None)
    _beat(client, sign_in(client, "manager")["access_token"], "pc-manager", 0, None)
    superuser = sign_in(client, "superuser")["access_token"]

    def ids(unit: str) -> list[str]:
        """The unit's devices besides the demo's own (``demo-*``, e.g. a stuck PC)."""
        response = client.get(f"/units/{unit}/devices", headers=bearer(superuser))
        assert response.status_code == 200
        found = (d["device_id"] for d in response.json()["items"])
        return sorted(d for d in found if not d.startswith("demo-"))

    assert ids("u-forskola-solrosen") == ["pc-manager", "pc-orderer"]
    assert ids("u-forskola-eken") == ["pc-orderer"]
    assert ids("u-forskola-blabaret") == []
    procurement = sign_in(client, "procurement")["access_token"]
    norr = client.get("/units/u-skola-norr/devices", headers=bearer(procurement)).json()
    assert [d["device_id"] for d in norr["items"]] == [FOREIGN_UNIT_SECRET]


def test_devices_of_another_users_are_kept_apart(client: TestClient) -> None:
    """Two users reporting the same device id (a shared PC) are two rows."""
    _beat(client, sign_in(client, "orderer")["access_token"], "shared-pc", 2, None)
    _beat(client, sign_in(client, "manager")["access_token"], "shared-pc", 5, None)
    superuser = sign_in(client, "superuser")["access_token"]
    items = client.get("/units/u-forskola-solrosen/devices", headers=bearer(superuser)).json()
    assert sorted((d["username"], d["outbox_length"]) for d in items["items"]) == [
        ("manager", 5),
        ("orderer", 2),
    ]
