"""Switching sv → da → nb in Settings leaves no text of the language before on any place.

Every visible text of every place (labels, buttons, titles, list and combo entries, table
headers, placeholders, tooltips, accessible names) is compared with the .ts catalogues: a
text that only the previous language's catalogue has is a string that did not re-translate.
Category names (from the CPV code list, not the catalogues) follow the new language too,
and the item count stays the whole count (issue 11).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from desktop.ui.shell.i18n import Translations, resolve_language
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.settings_dialog import SettingsDialog
from tests.desktop.ui.shell.test_translations import _messages
from tests.fixtures.find_ui import STORE_FILE
from tests.fixtures.qt_app import UiEnvFactory
from tools.i18n_build import ts_file

_PLACEHOLDER = re.compile(r"%(?:\d|n|L1)")


def _catalogue(language: str) -> set[str]:
    """The texts of ``language`` ("en": the sources)."""
    messages = _messages(ts_file("sv" if language == "en" else language))
    if language == "en":
        return {source for _context, source in messages}
    texts: set[str] = set()
    for forms in messages.values():
        texts.update(form for form in forms if form)
    return texts


def _only_in(previous: str, current: str) -> list[re.Pattern[str]]:
    """Patterns of the texts ``previous`` has and ``current`` has not (placeholders: any)."""
    patterns = []
    for text in sorted(_catalogue(previous) - _catalogue(current)):
        if len(text.replace("&", "")) < 3:
            continue  # "OK", "St" and the like say nothing about the language
        parts = [re.escape(part) for part in _PLACEHOLDER.split(text)]
        patterns.append(re.compile(".+".join(parts), re.DOTALL))
    return patterns


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column, and Qt keeps columnCount to itself
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), 30)):
        for column in range(columns):
            value = model.data(model.index(row, column))
            if isinstance(value, str):
                yield value


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())


def visible_texts(window: QWidget) -> set[str]:
    """Every text shown (or read out) in ``window`` now."""
    found: set[str] = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            found.update(text for text in _widget_texts(widget) if text)
    return found


def choose_in_settings(window: MainWindow, language: str) -> None:
    """Settings → Language and settings…, pick ``language``, OK (as a user does)."""

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.buttons.accepted.emit()

    QTimer.singleShot(300, choose)
    window.settings_action.trigger()


def _count_shown(window: MainWindow) -> str:
    return re.sub(r"\D", "", window.find_page.count_label.text())


@pytest.mark.slow
def test_switching_sv_da_nb_in_settings_leaves_nothing_of_the_language_before(
    qtbot: Any,
    qapp: QApplication,
    ui_env: UiEnvFactory,
    find_template: Path,
    demo_server: Any,
    tmp_path: Path,
) -> None:
    shutil.copyfile(find_template, tmp_path / STORE_FILE)  # synced, catalogues and all
    env = ui_env(server_url=demo_server.url, data_dir=tmp_path)
    services = env.services
    services.auth.use_session_only()
    services.auth.sign_in(demo_server.url, "orderer", "demo", remember=False)
    translations = Translations(qapp)
    window = MainWindow(services, env.tasks, services.auth.me, monitor_interval_ms=60_000)
    window.language_chosen.connect(lambda setting: translations.apply(resolve_language(setting)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_loaded, timeout=20_000):
        window.show()
    find = window.find_page
    qtbot.waitUntil(
        lambda: find.answer is not None and find.category_filter.count() > 5, timeout=30_000
    )
    qtbot.waitUntil(lambda: int(_count_shown(window) or 0) > 1000, timeout=30_000)
    whole_count = _count_shown(window)
    try:
        previous = "en"
        for language in ("sv", "da", "nb"):
            categories = [find.category_filter.itemText(i) for i in range(1, 6)]
            choose_in_settings(window, language)
            qtbot.waitUntil(
                lambda old=categories[0]: find.category_filter.itemText(1) != old, timeout=30_000
            )
            new_names = [find.category_filter.itemText(i) for i in range(1, 6)]
            assert not set(new_names) & set(categories), (language, new_names)
            qtbot.waitUntil(lambda: bool(_count_shown(window)), timeout=30_000)
            assert _count_shown(window) == whole_count, find.count_label.text()
            stale = _only_in(previous, language)
            left: dict[str, list[str]] = {}
            for place in Place:
                window.show_place(place)
                qtbot.wait(150)
                texts = visible_texts(window)
                left[place.name] = sorted(t for t in texts if any(p.fullmatch(t) for p in stale))
            assert {k: v for k, v in left.items() if v} == {}, (previous, language)
            previous = language
            window.show_place(Place.FIND)
    finally:
        translations.apply("en")
        qapp.processEvents()
