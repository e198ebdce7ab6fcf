"""XLSX export (openpyxl): one sheet per table, numbers as numbers, dates as dates.

Money cells carry the exact decimal with a ``#,##0.00`` format, shares the ratio with a
percentage format, so the spreadsheet shows them in the reader's own locale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.ui.spend.export_table import CellKind, ExportTable

FORMATS = {
    CellKind.MONEY: "#,##0.00",
    CellKind.SHARE: "0.0%",
    CellKind.DATE: "yyyy-mm-dd",
    CellKind.INTEGER: "0",
}
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_title(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name (at most 31 characters, none of ``[]:*?/\\``)."""
    base = _BAD_SHEET_CHARS.sub("-", title).strip("'") or "Sheet"
    name, n = base[:31], 1
    while name in taken:
        n += 1
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
    taken.add(name)
    return name


def write_xlsx(tables: Sequence[ExportTable], path: Path) -> Path:
    """Write ``tables`` (one sheet each, headers on the first row) to ``path``."""
    book = Workbook()
    default = book.active  # a new workbook has one empty sheet
    if default is not None:
        book.remove(default)
    taken: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(sheet_title(table.title, taken))
        sheet.append(table.column_titles())
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_value(v) for v in row])
        for index, column in enumerate(table.columns, start=1):
            letter = get_column_letter(index)
            if column.kind in FORMATS:
                for cell in sheet[letter][1:]:
                    cell.number_format = FORMATS[column.kind]
            width = max([len(column.title)] + [len(str(r[index - 1] or "")) for r in table.rows])
            sheet.column_dimensions[letter].width = min(60, max(10, width + 2))
        sheet.freeze_panes = "A2"
        if table.notes:
            start = sheet.max_row + 2
            for offset, note in enumerate(table.notes):
                sheet.cell(row=start + offset, column=1, value=note)
    book.save(path)
    return path


def _value(value: object) -> object:
    if isinstance(value, Decimal | date | int | str) or value is None:
        return value
    return str(value)
