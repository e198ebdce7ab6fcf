"""A table to export: translated column titles, typed cells (no Qt, no formatting yet).

Every table of the Spend view can give itself as an :class:`ExportTable`; the CSV and
XLSX writers turn it into a file, keeping money as exact decimals and dates as dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

Cell = str | int | Decimal | date | None


class CellKind(Enum):
    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"  # Decimal, two decimals
    SHARE = "share"  # Decimal ratio 0–1, shown as a percentage
    DATE = "date"


@dataclass(frozen=True)
class ExportColumn:
    title: str
    kind: CellKind = CellKind.TEXT


@dataclass(frozen=True)
class ExportTable:
    """``rows`` hold one cell per column; ``title`` names the sheet (and the file)."""

    title: str
    columns: tuple[ExportColumn, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = field(default=())  # lines about the table (unit, period)

    def column_titles(self) -> list[str]:
        return [c.title for c in self.columns]
