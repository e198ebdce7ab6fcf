"""The status bar: online/offline follows the real server; sync progress and last sync."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from desktop.ui.shell.connectivity import ConnectivityMonitor
from desktop.ui.shell.status_bar import AppStatusBar
from tests.fixtures.qt_app import UiEnvFactory


def test_goes_offline_when_the_server_stops_and_back_when_it_returns(
    qtbot: Any, ui_env: UiEnvFactory, start_central_api: Any
) -> None:
    server = start_central_api()
    env = ui_env(server_url=server.url)
    bar = AppStatusBar()
    qtbot.addWidget(bar)
    monitor = ConnectivityMonitor(env.tasks, lambda: server.url, interval_ms=200, timeout=1.0)
    monitor.online_changed.connect(bar.set_online)
    monitor.start()
    qtbot.waitUntil(lambda: bar.online is True, timeout=10_000)
    assert bar.connection.text.text() == "Online"
    assert bar.connection.accessibleName() == "Online"

    server.stop()
    qtbot.waitUntil(lambda: bar.online is False, timeout=10_000)
    assert bar.connection.text.text() == "Offline"
    assert "keep working" in bar.connection.accessibleDescription()

    server.start()
    qtbot.waitUntil(lambda: bar.online is True, timeout=15_000)
    monitor.stop()


def test_network_error_triggers_an_immediate_check(
    qtbot: Any, ui_env: UiEnvFactory, start_central_api: Any
) -> None:
    server = start_central_api()
    env = ui_env(server_url=server.url)
    # A minute between checks: only the immediate check after the error can notice.
    monitor = ConnectivityMonitor(env.tasks, lambda: server.url, interval_ms=60_000)
    monitor.start()
    qtbot.waitUntil(lambda: monitor.online is True, timeout=10_000)
    server.stop()
    errors: list[BaseException] = []
    auth = env.services.auth
    with qtbot.waitSignal(monitor.online_changed, timeout=10_000) as changed:
        env.tasks.run_net(
            lambda: auth.sign_in(server.url, "orderer", "demo", remember=False),
            None,
            errors.append,
        )
    assert changed.args == [False]
    assert getattr(errors[0], "code", None) == "network_unavailable"
    monitor.stop()


def test_sync_progress_and_last_sync_texts(qtbot: Any) -> None:
    bar = AppStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    assert bar.last_synced.text() == "Not synced yet"
    bar.show_sync_progress(1, 4, "units")
    assert bar.progress.isVisible()
    assert bar.progress.format() == "Syncing units… 2/4"
    assert bar.progress.value() == 1
    bar.show_sync_progress(4, 4, "done")
    assert bar.progress.format() == "Sync finished 4/4"
    bar.hide_sync_progress()
    assert not bar.progress.isVisible()
    bar.set_last_synced(datetime(2025, 3, 14, 9, 30, tzinfo=UTC))
    assert bar.last_synced.text().startswith("Last synced ")
    assert "14" in bar.last_synced.text()
    bar.set_user("Anna Andersson")
    assert bar.user.text() == "Signed in as Anna Andersson"
    assert bar.user.accessibleName() == "Signed in as Anna Andersson"
