"""Translations: every string of desktop/ui is translated in sv, da and nb, and switching
the language retranslates the open main window at once."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.shell.i18n import Translations, language_from_locale, qt_locale
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.paths import locale_dir, project_root
from desktop.ui.shell.places import Place
from tests.fixtures.qt_app import UiEnvFactory
from tools.i18n_build import LANGUAGES, _tool, ts_file, ui_sources

Message = tuple[str, str]  # (context, source)


def _messages(path: Path) -> dict[Message, list[str]]:
    """Each message of a .ts file with its translation texts (numerus forms too)."""
    found: dict[Message, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue  # no longer in the sources: kept only as translation memory
            if translation.get("type") == "unfinished":
                texts = [""]
            else:
                forms = translation.findall("numerusform")
                texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            found[(name, message.findtext("source") or "")] = texts
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(ts_file(language))
    assert messages
    untranslated = [m for m, texts in messages.items() if not all(t.strip() for t in texts)]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_mnemonics_survive(language: str) -> None:
    for (context, source), texts in _messages(ts_file(language)).items():
        for text in filter(None, texts):  # empty ones fail the test above
            assert re.findall(r"%\d", source) == re.findall(r"%\d", text), (context, source)
            assert source.count("&") == text.count("&"), (context, source, text)
            braces = re.findall(r"\{\w+\}", source)
            assert sorted(braces) == sorted(re.findall(r"\{\w+\}", text)), (context, source)


def _mnemonic(text: str) -> str:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else ""


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
@pytest.mark.parametrize("context", ["Places", "SignInDialog"])
def test_mnemonics_are_unique_where_they_share_a_window(language: str, context: str) -> None:
    """Alt+letter must lead to one place (Go menu) and one field (sign-in dialog)."""
    messages = _messages(ts_file("sv" if language == "en" else language))
    texts = [
        source if language == "en" else found[0]
        for (ctx, source), found in messages.items()
        if ctx == context and "&" in source
    ]
    letters = [_mnemonic(t) for t in texts]
    assert len(letters) >= 5
    assert len(set(letters)) == len(letters), texts


def test_ts_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate on today's sources finds nothing the committed .ts files lack."""
    fresh = tmp_path / "fresh.ts"
    root = project_root()
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, ui_sources(root)), "-ts", str(fresh)],
        cwd=root,
        check=True,
        capture_output=True,
    )
    wanted = set(_messages(fresh))
    assert len(wanted) > 100
    for language in LANGUAGES:
        missing = wanted - set(_messages(ts_file(language)))
        assert missing == set(), f"run python -m tools.i18n_build ({language})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    """The committed .qm is what lrelease makes of the committed .ts."""
    qm = locale_dir() / f"avrop_{language}.qm"
    fresh = tmp_path / qm.name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == fresh.read_bytes(), "run python -m tools.i18n_build"


def test_system_locale_maps_to_a_supported_language() -> None:
    assert language_from_locale(qt_locale("sv")) == "sv"
    assert language_from_locale(qt_locale("da")) == "da"
    assert language_from_locale(qt_locale("nb")) == "nb"
    assert language_from_locale(QLocale(QLocale.Language.NorwegianNynorsk)) == "nb"
    assert language_from_locale(QLocale(QLocale.Language.German)) == "en"


def test_switching_to_swedish_retranslates_the_main_window(
    qtbot: Any, qapp: QApplication, ui_env: UiEnvFactory, demo_server: Any
) -> None:
    env = ui_env(server_url=demo_server.url)
    env.services.auth.sign_in(demo_server.url, "orderer", "demo", remember=False)
    env.services.sync.sync()
    translations = Translations(qapp)
    window = MainWindow(env.services, env.tasks, env.services.auth.me, monitor_interval_ms=60_000)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_loaded, timeout=10_000):
        window.show()
    assert window.file_menu.title() == "&File"
    find = window.find_page
    try:
        translations.apply("sv")
        qapp.processEvents()
        assert window.file_menu.title() == "&Arkiv"
        assert window.navigation.item(Place.FIND.value).text() == "Sök"
        assert window.navigation.item(Place.CART.value).text() == "Varukorg"
        assert window.go_menu.title() == "&Gå till"
        assert find.title.text() == "Sök"
        assert find.model.headerData(3, Qt.Orientation.Horizontal) == "Avtal"
        assert window.help_page.title.text() == "Hjälp"
        assert window.status.user.text().startswith("Inloggad som ")
        assert window.sync_action.text() == "&Synkronisera nu"

        translations.apply("da")
        qapp.processEvents()
        assert window.file_menu.title() == "&Filer"
        assert window.navigation.item(Place.CART.value).text() == "Indkøbskurv"
    finally:
        translations.apply("en")
        qapp.processEvents()
    assert window.file_menu.title() == "&File"
    assert window.help_page.title.text() == "Help"


def test_no_english_is_left_on_the_places_after_switching(
    qtbot: Any, qapp: QApplication, ui_env: UiEnvFactory, demo_server: Any
) -> None:
    env = ui_env(server_url=demo_server.url)
    env.services.auth.sign_in(demo_server.url, "orderer", "demo", remember=False)
    env.services.sync.sync()
    translations = Translations(qapp)
    window = MainWindow(env.services, env.tasks, env.services.auth.me, monitor_interval_ms=60_000)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_loaded, timeout=10_000):
        window.show()
    find = window.find_page
    qtbot.waitUntil(lambda: find.agreement_filter.count() > 0, timeout=10_000)
    window.status.show_notice("Sync finished. Everything is up to date.")
    window.cart_page.message.setText("The order is placed.")
    window.orders_page.message.setText("Approved: the order goes to the supplier.")
    try:
        translations.apply("sv")
        qapp.processEvents()
        assert find.agreement_filter.itemText(0) == "Alla"
        # The page is called as the side list calls it.
        assert window.spend_page.title.text() == window.navigation.item(Place.SPEND.value).text()
        # Messages written in English are gone rather than left in English.
        assert window.status.notice.text() == ""
        assert window.cart_page.message.text() == ""
        assert window.orders_page.message.text() == ""
    finally:
        translations.apply("en")
        qapp.processEvents()
    assert find.agreement_filter.itemText(0) == "All"
