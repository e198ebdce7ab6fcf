"""Qt's own dialogs speak the UI language (issue 11): the file dialog ("Look in:",
"Files of type:") and message box buttons in sv, da and bokmål (not Qt's nynorsk), and
the save dialog opens in Documents, then where the user saved last."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)

from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.qt_texts import QT_DIALOG_TEXTS
from desktop.ui.spend.export_actions import TableExporter, documents_dir

# What Qt's catalogues alone showed: English in da, nynorsk in nb.
NOT_WANTED = {
    "da": {"&Look in:", "Files of &type:"},
    "nb": {"&Look in:", "Files of &type:", "&Opna", "&Lagra", "Fil&namn:", "Namn", "Storleik"},
}


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.apply("en")


def _texts(dialog: QWidget) -> set[str]:
    found = {label.text() for label in dialog.findChildren(QLabel)}
    found |= {button.text() for button in dialog.findChildren(QAbstractButton)}
    found |= {button.toolTip() for button in dialog.findChildren(QAbstractButton)}
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        found |= {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(4)}
    return {text for text in found if text}


def _english() -> set[str]:
    return {source for _context, source in QT_DIALOG_TEXTS}


@pytest.mark.parametrize("language", ["sv", "da", "nb"])
def test_the_file_dialog_speaks_the_language(
    qtbot: Any, translations: Translations, language: str
) -> None:
    translations.apply(language)
    dialog = QFileDialog(None, "Avrop")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    english = _english() - {"Type"}  # "Type" is Danish and Norwegian too
    assert texts & english == set(), texts
    assert texts & NOT_WANTED.get(language, set()) == set(), texts
    for context, source in QT_DIALOG_TEXTS:  # every mended text has a translation
        assert QCoreApplication.translate(context, source) != "" or source == "Type"


@pytest.mark.parametrize(
    ("language", "yes", "no", "cancel"),
    [
        ("sv", "&Ja", "&Nej", "Avbryt"),
        ("da", "&Ja", "&Nej", "Annuller"),
        ("nb", "&Ja", "&Nei", "Avbryt"),
    ],
)
def test_message_box_buttons_speak_the_language(
    qtbot: Any, translations: Translations, language: str, yes: str, no: str, cancel: str
) -> None:
    translations.apply(language)
    box = QMessageBox()
    qtbot.addWidget(box)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Cancel)
    shown = [box.button(b).text() for b in (buttons.Yes, buttons.No, buttons.Cancel)]
    assert shown == [yes, no, cancel]


def _save_in(folder: Path, seen: list[Path]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    seen.append(Path(dialog.directory().absolutePath()))
    dialog.selectFile(str(folder / "figures.xlsx"))
    dialog.accept()


def test_the_save_dialog_opens_in_documents_then_where_saved_last(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TableExporter, "last_folder", None)
    parent = QWidget()
    qtbot.addWidget(parent)
    exporter = TableExporter(lambda: ["Avrop"], lambda _text: None, parent)
    seen: list[Path] = []
    QTimer.singleShot(300, lambda: _save_in(tmp_path, seen))
    chosen = exporter.ask_path(parent, "figures.xlsx", "Excel (*.xlsx)")
    assert seen == [documents_dir().resolve()] and seen[0].is_dir()
    assert seen[0] != Path.cwd()  # never the folder the app was started from
    assert chosen == tmp_path / "figures.xlsx"
    QTimer.singleShot(300, lambda: _save_in(tmp_path, seen))
    exporter.ask_path(parent, "other.xlsx", "Excel (*.xlsx)")
    assert seen[1] == tmp_path  # where the user saved last
