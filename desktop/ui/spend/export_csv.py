"""CSV export of a table, readable by a spreadsheet in the user's locale.

UTF-8 with a byte-order mark (so Excel sees the å, ä, ö); where the locale writes a
decimal comma (sv, da, nb) the separator is a semicolon, as Nordic Excel expects.
Money has two decimals, shares are percentages with two decimals, dates ISO 8601.
"""

from __future__ import annotations

import csv
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from desktop.ui.spend.export_table import Cell, CellKind, ExportTable

HUNDRED = Decimal(100)


def csv_delimiter(decimal_point: str) -> str:
    return ";" if decimal_point == "," else ","


def _number(value: Decimal, places: int, decimal_point: str) -> str:
    text = format(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    return text.replace(".", decimal_point)


def csv_cell(value: Cell, kind: CellKind, decimal_point: str) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if kind is CellKind.SHARE:
            return _number(value * HUNDRED, 2, decimal_point)
        return _number(value, 2, decimal_point)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(table: ExportTable, path: Path, decimal_point: str = ".") -> Path:
    """Write ``table`` to ``path`` (replacing it); returns ``path``."""
    delimiter = csv_delimiter(decimal_point)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(table.column_titles())
        for row in table.rows:
            writer.writerow(
                csv_cell(value, column.kind, decimal_point)
                for value, column in zip(row, table.columns, strict=True)
            )
    return path
