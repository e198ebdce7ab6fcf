"""Walks every place of the main window and every dialog of ``desktop.ui`` by keyboard.

Fails on a control without an accessible name, a control Tab never reaches, a table
that keeps Tab, or two controls of one window with the same ``&`` letter (in en, sv,
da and nb).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from pprint import pformat
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from tests.desktop.ui.a11y.audit import audit, mnemonic_clashes
from tests.desktop.ui.a11y.dialogs import BUILDERS, dialog_classes
from tests.desktop.ui.find.test_view import search
from tests.fixtures.find_ui import STORE_FILE
from tests.fixtures.qt_app import UiEnv, UiEnvFactory

LANGUAGES = ("en", "sv", "da", "nb")


@dataclass
class Walk:
    env: UiEnv
    window: MainWindow


@pytest.fixture
def walk(
    qtbot: Any,
    ui_env: UiEnvFactory,
    demo_server: Any,
    find_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Walk:
    """The main window of a synced orderer (reference data, guidance, catalogues)."""
    folder = tmp_path_factory.mktemp("a11y-walk")
    shutil.copyfile(find_template, folder / STORE_FILE)
    env = ui_env(server_url=demo_server.url, data_dir=folder)
    env.services.auth.use_session_only()
    env.services.auth.sign_in(demo_server.url, "orderer", "demo", remember=False)
    window = MainWindow(
        env.services, env.tasks, env.services.auth.me, online=True, monitor_interval_ms=60_000
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_loaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    search(qtbot, window.find_page, "hantverkare")  # results, a card and its buttons
    return Walk(env, window)


@pytest.fixture
def translations() -> Iterator[Translations]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = Translations(app)
    yield chosen
    chosen.apply("en")
    chosen.remove()


def _open(qtbot: Any, walk: Walk, name: str) -> QDialog:
    dialog = BUILDERS[name](walk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def test_every_dialog_of_the_app_has_a_walk_builder() -> None:
    names = [cls.__name__ for cls in dialog_classes()]
    assert len(names) >= 12, names
    assert sorted(set(names) - set(BUILDERS)) == [], "add a builder to tests/…/a11y/dialogs.py"


def test_every_place_is_named_reachable_by_tab_and_has_no_tab_trap(qtbot: Any, walk: Walk) -> None:
    window = walk.window
    findings: dict[str, list[str]] = {}
    for place in Place:
        window.show_place(place)
        QApplication.processEvents()
        page = window.stack.currentWidget()
        found = audit(window, page)
        if found:
            findings[place.name] = found
    shell = audit(window, window.status) + [
        f for f in audit(window) if "unitCombo" in f or "navigation" in f
    ]
    if shell:
        findings["shell"] = sorted(set(shell))
    assert not findings, pformat(findings, width=100)


def test_every_dialog_is_named_reachable_by_tab_and_has_no_tab_trap(qtbot: Any, walk: Walk) -> None:
    findings: dict[str, list[str]] = {}
    for cls in dialog_classes():
        dialog = _open(qtbot, walk, cls.__name__)
        found = audit(dialog)
        if found:
            findings[cls.__name__] = found
        dialog.close()
    assert not findings, pformat(findings, width=100)


def _fill_the_cart(qtbot: Any, walk: Walk) -> None:
    """A line in the cart: its quantity, delivery date, message and order controls show."""
    view = walk.window.find_page
    search(qtbot, view, "kaffe")
    with qtbot.waitSignal(view.item_shown, timeout=10_000):
        view.table.selectRow(0)
    qtbot.mouseClick(view.pane.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: walk.window.cart_page.model.rowCount() > 0, timeout=10_000)


def test_mnemonics_are_unique_per_place_and_dialog_in_every_language(
    qtbot: Any, walk: Walk, translations: Translations
) -> None:
    """Per place: its controls, the shell's (unit picker, navigation) and the menu bar's
    titles, with a line in the cart; per dialog: its controls."""
    _fill_the_cart(qtbot, walk)
    window = walk.window
    clashes: dict[str, list[str]] = {}
    for language in LANGUAGES:
        translations.apply(language)
        QApplication.processEvents()
        for place in Place:
            window.show_place(place)
            QApplication.processEvents()
            menus = [action.text() for action in window.menuBar().actions()]
            found = mnemonic_clashes(window, also=menus)
            if found:
                clashes[f"{language} {place.name}"] = found
        for cls in dialog_classes():
            dialog = _open(qtbot, walk, cls.__name__)
            found = mnemonic_clashes(dialog)
            if found:
                clashes[f"{language} {cls.__name__}"] = found
            dialog.close()
    assert not clashes, pformat(clashes, width=100)
