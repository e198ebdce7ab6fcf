"""An honest placeholder for a place that a later version fills: what will be here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.shell.style import icon


class ComingSoonPage(QWidget):
    """A title, a large icon and a few words on what this place will offer.

    ``texts`` returns ``(title, description)`` translated, so a language switch can
    ask again.
    """

    def __init__(
        self, icon_name: str, texts: Callable[[], tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._texts = texts
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.picture = QLabel(self)
        self.picture.setPixmap(icon(icon_name).pixmap(QSize(72, 72)))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.soon = QLabel(self)
        self.soon.setObjectName("comingSoon")
        self.soon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description = QLabel(self)
        self.description.setObjectName("pageIntro")
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.soon)
        layout.addWidget(self.description)
        layout.addStretch(2)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title, description = self._texts()
        self.title.setText(title)
        self.soon.setText(self.tr("Coming soon"))
        self.description.setText(description)
        self.setAccessibleName(title)
