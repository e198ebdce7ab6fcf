"""The main window on real synced data: places by keyboard, accessible names, filtering."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.shell.sign_in_dialog import SignInDialog
from tests.fixtures.qt_app import UiEnv, UiEnvFactory


@pytest.fixture
def synced_env(ui_env: UiEnvFactory, demo_server: Any) -> UiEnv:
    env = ui_env(server_url=demo_server.url)
    env.services.auth.sign_in(demo_server.url, "orderer", "demo", remember=False)
    env.services.sync.sync()
    return env


def _window(qtbot: Any, env: UiEnv, *, online: bool | None = True) -> MainWindow:
    window = MainWindow(
        env.services, env.tasks, env.services.auth.me, online=online, monitor_interval_ms=60_000
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_loaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    return window


def test_each_place_is_reachable_by_its_shortcut(qtbot: Any, synced_env: UiEnv) -> None:
    window = _window(qtbot, synced_env)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    for place in (Place.HELP, Place.CART, Place.ORDERS, Place.SPEND, Place.FIND):
        before = window.current_place()
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_1 + place.value), Qt.KeyboardModifier.ControlModifier
        )
        if place is Place.SPEND:  # an orderer has no figures: Spend is not offered
            assert window.current_place() is before
            continue
        assert window.current_place() is place
        assert window.navigation.currentRow() == place.value


def test_places_have_distinct_mnemonics_in_the_go_menu(qtbot: Any, synced_env: UiEnv) -> None:
    window = _window(qtbot, synced_env)
    letters = []
    for place, action in window.place_actions.items():
        if not action.isVisible():
            continue
        text = action.text()
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
        action.trigger()
        assert window.current_place() is place
    assert len(set(letters)) == len(letters)


def _interactive(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def _assert_all_named(root: QWidget) -> None:
    widgets = _interactive(root)
    assert widgets
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in widgets if not w.accessibleName()]
    assert unnamed == [], "give these widgets an accessibleName (screen readers say it)"


def test_every_interactive_widget_has_an_accessible_name(qtbot: Any, synced_env: UiEnv) -> None:
    window = _window(qtbot, synced_env)
    _assert_all_named(window)
    settings = SettingsDialog("system", window)
    qtbot.addWidget(settings)
    _assert_all_named(settings)
    dialog = SignInDialog(synced_env.tasks, synced_env.services.auth)
    qtbot.addWidget(dialog)
    _assert_all_named(dialog)


def test_unit_picker_lists_the_users_units(qtbot: Any, synced_env: UiEnv) -> None:
    window = _window(qtbot, synced_env)
    ids = [window.unit_combo.itemData(i) for i in range(window.unit_combo.count())]
    assert sorted(ids) == ["u-forskola-eken", "u-forskola-solrosen"]
    with qtbot.waitSignal(window.unit_changed, timeout=2000) as changed:
        window.unit_combo.setCurrentIndex(1)
    assert changed.args == [ids[1]]


def test_help_page_shows_user_units_office_and_last_sync(qtbot: Any, synced_env: UiEnv) -> None:
    window = _window(qtbot, synced_env)
    page = window.help_page
    me = synced_env.services.auth.me
    assert me.display_name in page.you.body.text()
    assert "Förskolan Solrosen" in page.units.body.text()
    assert "Upphandlingsenheten" in page.office.body.text()
    assert page.data.body.text().startswith("Last synced ")
    assert window.status.last_synced.text().startswith("Last synced ")


def test_sync_now_shows_progress_and_finishes(qtbot: Any, synced_env: UiEnv) -> None:
    window = _window(qtbot, synced_env)
    steps: list[tuple[int, int, str]] = []
    window.sync.progress.connect(lambda *args: steps.append(args))
    with qtbot.waitSignal(window.sync.finished, timeout=15_000):
        window.sync_action.trigger()
    assert [label for _s, _t, label in steps] == ["me", "units", "agreements", "suppliers", "done"]
    assert "Sync finished" not in window.status.notice.text()  # the catalogues follow


def test_sync_says_finished_only_after_the_catalogues(qtbot: Any, synced_env: UiEnv) -> None:
    """Never "Syncing catalogues… 44/51" and "Sync finished" at once (issue 11)."""
    window = _window(qtbot, synced_env)
    actions = window.find_page.find_actions
    qtbot.waitUntil(lambda: not actions.syncing, timeout=120_000)  # the one at start
    seen: list[tuple[str, str]] = []
    actions.progressed.connect(
        lambda _step: seen.append((window.status.progress.format(), window.status.notice.text()))
    )
    with qtbot.waitSignal(actions.synced, timeout=120_000):
        window.sync_action.trigger()
    assert seen, "the catalogue sync reported no progress"
    assert [notice for _progress, notice in seen if "finished" in notice] == []
    assert all("catalogues" in progress for progress, _notice in seen)
    assert not window.status.progress.isVisible()
    assert "Sync finished" in window.status.notice.text()
