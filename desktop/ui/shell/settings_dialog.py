"""The settings dialog: the language of the app (applied at once, no restart)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.i18n import LANGUAGE_NAMES


class SettingsDialog(QDialog):
    """Lets the user choose System, Svenska, Dansk, Norsk bokmål or English."""

    CHOICES = ("system", "sv", "da", "nb", "en")

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code in self.CHOICES:
            self.language_combo.addItem("", code)
        self.language_label.setBuddy(self.language_combo)
        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)

        form = QHBoxLayout()
        form.setSpacing(12)
        form.addWidget(self.language_label)
        form.addWidget(self.language_combo, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.language_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self._retranslate()

    def chosen_language(self) -> str:
        """``"system"`` or a language code."""
        return str(self.language_combo.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.view().setAccessibleName(self.tr("Language"))
        for row, code in enumerate(self.CHOICES):
            name = self.tr("System language") if code == "system" else LANGUAGE_NAMES[code]
            self.language_combo.setItemText(row, name)
        self.note.setText(
            self.tr("The new language is used at once. Numbers and dates follow it too.")
        )
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
