"""After each sync the device heartbeat reaches the real server; a failed one is only logged."""

from __future__ import annotations

import json
import logging
import urllib.request
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.domain.office_request import OfficeRequest, Urgency
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.storage.order_repo import OrderRepository
from desktop.ui.shell.sync_controller import SyncController
from tests.fixtures.central_api_server import RunningServer, StartCentralApi
from tests.fixtures.orders import sample_new_order, sample_order
from tests.fixtures.qt_app import UiEnv, UiEnvFactory

UNIT = "u-forskola-solrosen"


def _devices(server: RunningServer, token: str) -> list[dict[str, Any]]:
    request = urllib.request.Request(
        f"{server.url}/units/{UNIT}/devices", headers={"Authorization": f"Bearer {token}"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        items: list[dict[str, Any]] = json.loads(answer.read())["items"]
    return items


def _request(ident: str) -> OfficeRequest:
    return OfficeRequest(ident, UNIT, "Sittdynor", datetime.now(UTC), Urgency.URGENT, quantity="20")


@pytest.fixture
def server(start_central_api: StartCentralApi) -> RunningServer:
    return start_central_api()


def _signed_in(ui_env: UiEnvFactory, server: RunningServer) -> UiEnv:
    env = ui_env(server_url=server.url)
    env.services.auth.sign_in(server.url, "orderer", "demo", remember=False)
    return env


def test_after_a_sync_the_superuser_sees_the_device_and_its_outbox(
    qtbot: Any, ui_env: UiEnvFactory, server: RunningServer
) -> None:
    env = _signed_in(ui_env, server)
    services = env.services
    orders = OrderRepository(services.database)
    orders.place([sample_new_order()], "orderer")
    orders.place([sample_new_order(sample_order(created_by="manager"))], "manager")  # not theirs
    submissions = SubmissionRepository(services.database)
    submissions.queue_request(_request("r-hb-1"), "orderer", datetime.now(UTC))
    submissions.queue_request(_request("r-hb-2"), "orderer", datetime.now(UTC))
    controller = SyncController(env.tasks, services.sync, after_sync=services.after_sync)

    with qtbot.waitSignal(controller.finished, timeout=30_000) as finished:
        assert controller.start()

    token = server.token("superuser")
    device_id = services.settings_store.device_id()

    def device() -> dict[str, Any] | None:
        return next((d for d in _devices(server, token) if d["device_id"] == device_id), None)

    qtbot.waitUntil(lambda: device() is not None, timeout=10_000)
    shown = device()
    assert shown is not None
    assert shown["username"] == "orderer"
    assert shown["outbox_length"] == 3  # one order and two requests of orderer's
    synced_at = datetime.fromisoformat(shown["last_sync_at"])
    assert synced_at == finished.args[0].finished_at


def test_a_failed_heartbeat_is_logged_and_not_shown(
    qtbot: Any, ui_env: UiEnvFactory, server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    env = _signed_in(ui_env, server)
    heartbeat = env.services.after_sync

    def server_gone_after_the_sync(report: object) -> object:
        server.stop()
        return heartbeat(report)

    controller = SyncController(env.tasks, env.services.sync, after_sync=server_gone_after_the_sync)
    shown: list[BaseException] = []
    env.tasks.failed.connect(shown.append)
    caplog.set_level(logging.INFO, logger="desktop.ui.shell.sync_controller")

    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.start()

    qtbot.waitUntil(lambda: "heartbeat" in caplog.text, timeout=15_000)
    assert shown == []
    assert not controller.running
