"""The app's flow: remembered sign-in (also offline), sign-in dialog, sign-out, demo mode."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import AppOptions, build_services
from desktop.storage.spend_cache import SpendCache
from desktop.ui.shell.app_controller import AppController
from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.sign_in_dialog import SignInDialog
from desktop.ui.shell.tasks import TaskManager
from tests.fixtures.qt_app import UiEnv, UiEnvFactory


@pytest.fixture
def controllers(qapp: QApplication) -> Iterator[list[AppController]]:
    made: list[AppController] = []
    yield made
    for controller in made:
        controller.shutdown()
    qapp.processEvents()


def _controller(env: UiEnv, made: list[AppController], qapp: QApplication) -> AppController:
    controller = AppController(
        env.services, env.tasks, Translations(qapp), monitor_interval_ms=60_000
    )
    made.append(controller)
    return controller


def test_starts_offline_with_the_synced_data(
    qtbot: Any,
    qapp: QApplication,
    ui_env: UiEnvFactory,
    start_central_api: Any,
    memory_keyring: Any,
    controllers: list[AppController],
) -> None:
    server = start_central_api()
    first = ui_env(server_url=server.url)
    first.services.auth.sign_in(server.url, "orderer", "demo", remember=True)
    first.services.sync.sync()
    today = date.today()
    stored = len(
        [
            a
            for a in first.services.reference.agreements()
            if a.in_ecommerce and a.is_valid_on(today)
        ]
    )
    first.tasks.shutdown()
    first.services.close()
    server.stop()

    again = ui_env(data_dir=first.data_dir)
    controller = _controller(again, controllers, qapp)
    with qtbot.waitSignal(controller.main_window_shown, timeout=15_000) as shown:
        controller.start()
    window: MainWindow = shown.args[0]
    assert window.status.online is False
    assert window.status.connection.text.text() == "Offline"
    qtbot.waitUntil(lambda: window.unit_combo.count() == 2, timeout=10_000)
    assert window.status.last_synced.text().startswith("Last synced ")
    assert "Förskolan Solrosen" in window.help_page.units.body.text()
    assert "Upphandlingsenheten" in window.help_page.office.body.text()
    assert not window.sync.running
    agreements = window.find_page.agreement_filter  # "All", then each synced agreement
    qtbot.waitUntil(lambda: agreements.count() == stored + 1, timeout=10_000)


def test_without_a_remembered_sign_in_the_dialog_opens_and_leads_on(
    qtbot: Any,
    qapp: QApplication,
    ui_env: UiEnvFactory,
    demo_server: Any,
    controllers: list[AppController],
) -> None:
    env = ui_env(server_url=demo_server.url)
    controller = _controller(env, controllers, qapp)
    with qtbot.waitSignal(controller.sign_in_shown, timeout=10_000) as shown:
        controller.start()
    dialog: SignInDialog = shown.args[0]
    assert dialog.server_edit.text() == demo_server.url
    dialog.username_edit.setText("manager")
    dialog.password_edit.setText("demo")
    dialog.remember_box.setChecked(False)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as opened:
        dialog.sign_in_button.click()
    window: MainWindow = opened.args[0]
    # The first sync runs after signing in.
    qtbot.waitUntil(
        lambda: window.overview is not None and window.unit_combo.count() > 0, timeout=20_000
    )
    qtbot.waitUntil(
        lambda: env.services.reference.sync_state("agreements") is not None, timeout=20_000
    )
    assert window.status.user.text().endswith(env.services.auth.me.display_name)
    spend = SpendCache(env.services.database)
    window.show_place(Place.SPEND)  # opening Spend fetches (and caches) the unit's figures
    qtbot.waitUntil(lambda: bool(spend.cached_units("manager")), timeout=20_000)

    with qtbot.waitSignal(controller.sign_in_shown, timeout=10_000) as again:
        window.sign_out_action.trigger()
    assert controller.main_window is None
    assert env.services.auth.signed_in is False
    assert spend.cached_units("manager") == []  # the next user of this computer sees none
    assert again.args[0].isVisible()
    assert again.args[0].username_edit.text() == "manager"


def test_demo_mode_signs_in_and_syncs_by_itself(
    qtbot: Any, qapp: QApplication, tmp_path: Any, controllers: list[AppController]
) -> None:
    services = build_services(AppOptions(data_dir=tmp_path, demo=True))
    tasks = TaskManager(services)
    try:
        controller = AppController(services, tasks, Translations(qapp), monitor_interval_ms=60_000)
        controllers.append(controller)
        with qtbot.waitSignal(controller.main_window_shown, timeout=30_000) as shown:
            controller.start()
        window: MainWindow = shown.args[0]
        assert services.auth.me.username == "orderer"
        qtbot.waitUntil(
            lambda: services.reference.sync_state("agreements") is not None, timeout=30_000
        )
        qtbot.waitUntil(lambda: window.unit_combo.count() == 2, timeout=30_000)
        assert len(services.reference.agreements()) > 10
        assert window.current_place() is Place.FIND
    finally:
        tasks.shutdown()
        services.close()
