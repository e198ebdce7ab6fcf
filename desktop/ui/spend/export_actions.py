"""Saving tables and reports from the Spend view: the file dialog and the writers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.spend.export_csv import write_csv
from desktop.ui.spend.export_table import ExportTable
from desktop.ui.spend.export_xlsx import write_xlsx

_UNSAFE = re.compile(r'[\\/:*?"<>|\n\r\t]+')


def file_name(*parts: str) -> str:
    """A file name from ``parts`` that every desktop system accepts."""
    return _UNSAFE.sub("-", " ".join(p for p in parts if p)).strip(" .-") or "avrop"


def documents_dir() -> Path:
    """The user's Documents, else home: an existing folder (Qt shows the working one else)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def export_table(table: ExportTable, path: Path) -> Path:
    """``.xlsx`` → a workbook with one sheet; anything else → CSV in the user's locale."""
    if path.suffix.lower() == ".xlsx":
        return write_xlsx([table], path)
    return write_csv(table, path, QLocale().decimalPoint())


class TableExporter(QObject):
    """Asks where to save a table (CSV or Excel) and saves it; reports what happened."""

    def __init__(
        self,
        name_parts: Callable[[], Sequence[str]],
        notify: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._name_parts = name_parts
        self._notify = notify

    last_folder: Path | None = None  # where the user saved last (this session), else Documents

    def ask_path(self, parent: QWidget, suggested: str, filters: str) -> Path | None:
        folder = TableExporter.last_folder or documents_dir()
        chosen, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save as"), str(folder / suggested), filters
        )
        if not chosen:
            return None
        TableExporter.last_folder = Path(chosen).parent
        return Path(chosen)

    def ask_and_export(self, table: ExportTable, parent: QWidget) -> Path | None:
        filters = ";;".join(
            [self.tr("Excel workbook (*.xlsx)"), self.tr("CSV for spreadsheets (*.csv)")]
        )
        path = self.ask_path(parent, file_name(*self._name_parts(), table.title) + ".xlsx", filters)
        if path is None:
            return None
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        return self.save(lambda: export_table(table, path), parent)

    def save(self, write: Callable[[], Path], parent: QWidget) -> Path | None:
        """Run ``write``; say where the file went, or why it could not be saved."""
        try:
            path = write()
        except OSError as exc:
            QMessageBox.warning(
                parent,
                self.tr("Not saved"),
                self.tr(
                    "The file could not be saved: %1. Choose another folder and try again."
                ).replace("%1", exc.strerror or str(exc)),
            )
            return None
        self._notify(self.tr("Saved %1").replace("%1", str(path)))
        return path
