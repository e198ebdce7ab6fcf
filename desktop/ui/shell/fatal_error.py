"""An error that stops Avrop before its windows open (e.g. a store made by a newer
version), shown in a message box: started from a menu, nobody reads stderr."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.domain.errors import AvropError
from desktop.ui.shell.application import create_application
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.i18n import Translations, resolve_language

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def can_show_windows() -> bool:
    """False on a Linux/BSD console without a display (Qt would abort there)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in DISPLAY_VARIABLES)


def show_fatal_error(error: BaseException, language: str = "system") -> None:
    """Show ``error``'s translated message in a modal box until the user closes it.

    ``language`` is a setting (``"system"`` or a language code). The technical detail
    (English, for IT support) is under "Show details".
    """
    if not can_show_windows():
        return
    app = create_application()
    translations = Translations(app)
    translations.apply(resolve_language(language))
    try:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("FatalError", "Avrop cannot start"),
            message_for(error),
            QMessageBox.StandardButton.Close,
        )
        box.setObjectName("fatalError")
        if isinstance(error, AvropError) and error.message:
            box.setDetailedText(error.message)
        box.exec()
    finally:
        translations.remove()
