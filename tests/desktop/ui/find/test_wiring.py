"""The Find place inside the real main window: installed, Help's questions, the catalogue
sync chained after the reference sync."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.ui.find.requests_panel import RequestsPanel
from desktop.ui.find.view import FindView
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from tests.fixtures.find_ui import FindEnv


def test_main_window_has_the_find_place_and_syncs_catalogues_after_reference_data(
    qtbot: Any, find_env: FindEnv
) -> None:
    env = find_env
    window = MainWindow(
        env.services, env.tasks, env.services.auth.me, online=True, monitor_interval_ms=60_000
    )
    qtbot.addWidget(window)
    window.show()
    view = window.find_page
    assert isinstance(view, FindView)
    assert window.stack.widget(Place.FIND.value) is view
    qtbot.waitUntil(lambda: view.loaded_once, timeout=15_000)
    assert window.help_page.findChildren(RequestsPanel)
    wiring = window.find_wiring
    with qtbot.waitSignal(view.find_actions.synced, timeout=60_000) as synced:
        window.start_sync()  # reference data first, then guidance and catalogues
    report = synced.args[0]
    assert not report.catalogues.failed
    assert report.catalogues.listing_not_modified or report.catalogues.results
    assert not window.status.progress.isVisible()
    assert wiring.service.sender.running
    window.close()


def test_the_search_box_has_the_focus_on_start(qtbot: Any, find_env: FindEnv) -> None:
    env = find_env
    window = MainWindow(
        env.services, env.tasks, env.services.auth.me, online=True, monitor_interval_ms=60_000
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    view = window.find_page
    assert isinstance(view, FindView)
    assert QApplication.focusWidget() is view.search_edit
    window.close()
