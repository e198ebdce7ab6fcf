"""Translated texts for the steps of a sync (``SyncProgress.label``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "SyncLabels"

_STEPS: dict[str, str] = {
    "me": QT_TRANSLATE_NOOP("SyncLabels", "Syncing your account…"),
    "units": QT_TRANSLATE_NOOP("SyncLabels", "Syncing units…"),
    "agreements": QT_TRANSLATE_NOOP("SyncLabels", "Syncing agreements…"),
    "suppliers": QT_TRANSLATE_NOOP("SyncLabels", "Syncing suppliers…"),
    "catalogues": QT_TRANSLATE_NOOP("SyncLabels", "Syncing catalogues…"),
    "guidance": QT_TRANSLATE_NOOP("SyncLabels", "Syncing guidance…"),
    "announcements": QT_TRANSLATE_NOOP("SyncLabels", "Syncing announcements…"),
    "orders": QT_TRANSLATE_NOOP("SyncLabels", "Syncing orders…"),
    "done": QT_TRANSLATE_NOOP("SyncLabels", "Sync finished"),
}
_GENERIC = QT_TRANSLATE_NOOP("SyncLabels", "Syncing…")


def sync_step_text(label: str) -> str:
    """The translated text of sync step ``label`` (a general one for an unknown step)."""
    return QCoreApplication.translate(_CONTEXT, _STEPS.get(label, _GENERIC))
