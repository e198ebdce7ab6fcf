"""A new installation's first sync in the real main window starts from the municipality's
snapshot: the sync line says "Downloading the catalogue…", then the search finds items."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from desktop.app import AppOptions, build_services
from desktop.services.catalogue_snapshot_builder import build_and_publish
from desktop.ui.find.view import FindView
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskManager
from tests.desktop.remote.test_catalogue_snapshot_sync import found, no_time_budget
from tests.fixtures.central_api_server import RunningServer

__all__ = ["no_time_budget"]  # autouse here too: searches not cut short by the clock


@pytest.fixture(scope="module")
def server_with_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    running = RunningServer(tmp_path_factory.mktemp("snapshot-ui-server"))
    running.start()
    build_and_publish(running.url, "procurement", "demo", tmp_path_factory.mktemp("build"))
    yield running
    running.stop()


def test_the_first_sync_says_it_downloads_the_catalogue(
    qtbot: Any, server_with_snapshot: RunningServer, tmp_path: Path
) -> None:
    services = build_services(AppOptions(data_dir=tmp_path, server_url=server_with_snapshot.url))
    services.auth.use_session_only()
    services.auth.sign_in(server_with_snapshot.url, "orderer", "demo", remember=False)
    tasks = TaskManager(services)
    window = MainWindow(services, tasks, services.auth.me, online=True, monitor_interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    view = window.find_page
    assert isinstance(view, FindView)
    # Before the first sync the list says why it is empty (not "Nothing found.").
    qtbot.waitUntil(lambda: "No catalogue yet" in view.count_label.text(), timeout=15_000)
    shown: list[str] = []

    def progressed(step: Any) -> None:  # the sync line is set right after the signal
        QTimer.singleShot(0, lambda: shown.append(view.sync_label.text()))
        if step.downloading:
            QTimer.singleShot(0, lambda: window.grab().save(str(tmp_path / "downloading.png")))

    view.find_actions.progressed.connect(progressed)
    try:
        with qtbot.waitSignal(view.find_actions.synced, timeout=120_000) as synced:
            window.start_sync()
        report = synced.args[0].catalogues
        assert not report.failed and report.updated == ()  # nothing changed since
        assert "Downloading the catalogue…" in shown
        assert (tmp_path / "downloading.png").stat().st_size > 0  # how it looks, for a look
        assert found(services.database, "kaffe") > 0
        qtbot.waitUntil(lambda: "item" in view.count_label.text(), timeout=15_000)
    finally:
        window.close()
        view.service.sender.stop(1.0)
        tasks.shutdown()
        services.close()
