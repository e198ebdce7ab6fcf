"""Exports of the Spend view, read back: CSV and XLSX tables, the month's workbook, the
one-page PDF report (page count and text, with ``pypdf``)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.storage.spend_cache import CachedSpend
from desktop.ui.shell.i18n import Translations
from desktop.ui.spend.export_csv import write_csv
from desktop.ui.spend.export_table import CellKind, ExportColumn, ExportTable
from desktop.ui.spend.export_xlsx import sheet_title, write_xlsx
from desktop.ui.spend.page import SpendPage
from tests.fixtures.qt_app import UiEnvFactory
from tests.fixtures.spend_data import fixture_report


@pytest.fixture
def swedish() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def page(qtbot: Any, ui_env: UiEnvFactory, swedish: None) -> SpendPage:
    env = ui_env()
    widget = SpendPage(env.tasks, env.services.spend, env.services.reference)
    qtbot.addWidget(widget)
    widget.show_figures(CachedSpend(fixture_report(), None, datetime.now(UTC)))
    return widget


def _csv_rows(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def _sheet_rows(sheet: Any) -> list[list[Any]]:
    rows = []
    for row in sheet.iter_rows(values_only=True):
        if all(v is None for v in row):
            break  # the notes come after a blank row
        rows.append(list(row))
    return rows


def test_csv_of_a_table_in_the_swedish_locale(page: SpendPage, tmp_path: Path) -> None:
    page.tabs.setCurrentIndex(1)  # beside the agreements
    path = page.export_current_table(tmp_path / "beside.csv")
    assert path is not None
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    rows = _csv_rows(path, ";")  # decimal comma: semicolon-separated
    assert rows[0] == ["Supplier", "Category", "Beside the agreements",
                       "Agreement that covers it", "Saving missed", "Invoices"]  # fmt: skip
    assert rows[1] == ["Lanthandeln", "Skolmöbler", "2000,00",
                       "None yet – ask the procurement office", "0,00", "1"]  # fmt: skip
    assert rows[2] == ["Webbshoppen", "Kaffe, te och liknande produkter", "523,45",
                       "RA-FX-1 Kaffe och te", "104,69", "2"]  # fmt: skip
    assert len(rows) == 5


def test_xlsx_of_a_table_keeps_numbers_and_shares(page: SpendPage, tmp_path: Path) -> None:
    page.tabs.setCurrentIndex(5)  # months
    path = page.export_current_table(tmp_path / "months.xlsx")
    assert path is not None
    sheet = load_workbook(path).active
    rows = _sheet_rows(sheet)
    assert rows[0][:2] == ["Month", "Spend"]
    by_month = {r[0]: r for r in rows[1:]}
    assert set(by_month) == {"2025-01", "2025-02", "2025-03"}
    january = by_month["2025-01"]
    assert Decimal(str(january[1])) == Decimal("4400.00")
    assert Decimal(str(january[5])).quantize(Decimal("0.0001")) == Decimal("0.2273")
    assert sheet.cell(row=2, column=6).number_format == "0.0%"
    assert sheet.cell(row=2, column=2).number_format == "#,##0.00"
    notes = [c.value for c in sheet["A"] if c.value][len(rows) :]
    assert notes == ["Förskolan Fixturen", "2025-01-01 – 2025-03-31"]


def test_the_month_as_a_workbook(page: SpendPage, tmp_path: Path) -> None:
    path = page.month_exporter.export_xlsx(tmp_path / "feb.xlsx", "2025-02")
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Other units", "Beside the agreements", "Categories",
                               "Suppliers", "Invoices"]  # fmt: skip
    summary = _sheet_rows(book["Summary"])
    assert summary[1][0] == "februari 2025"
    assert Decimal(str(summary[1][1])) == Decimal("2456.78")
    assert Decimal(str(summary[2][1])) == Decimal("7607.28")  # the twelve months (here three)
    invoices = _sheet_rows(book["Invoices"])
    assert [r[6] for r in invoices[1:]] == ["fx-i4", "fx-i5", "fx-i6"]
    assert invoices[1][0] == datetime(2025, 2, 5)


def test_the_monthly_pdf_is_one_page_with_the_figures(page: SpendPage, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    pages = page.month_exporter.export_pdf(path, "2025-02")
    assert pages == 1
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().replace("\u00a0", " ").split())
    assert "Förskolan Fixturen" in text
    assert "februari 2025" in text  # the month in the locale
    assert "2 457 SEK" in text  # the month's spend, 2456.78 rounded, Swedish grouping
    assert "7 607 SEK" in text  # the three months'
    assert "Lanthandeln" in text and "RA-FX-2 Livsmedel" in text
    assert "Förskolan Jämförelsen" in text  # the other unit that month
    assert "4010 Förbrukningsmaterial" in text  # the budget
    assert reader.metadata is not None and reader.metadata.creator == "Avrop"


def test_writers_on_their_own(tmp_path: Path) -> None:
    table = ExportTable(
        "Tabell: 1/2",
        (ExportColumn("Namn"), ExportColumn("Belopp", CellKind.MONEY),
         ExportColumn("Andel", CellKind.SHARE), ExportColumn("Dag", CellKind.DATE)),
        (("Å;ä", Decimal("1234.5"), Decimal("0.25"), date(2025, 3, 1)),
         ("b", Decimal("-2"), None, None)),
    )  # fmt: skip
    rows = _csv_rows(write_csv(table, tmp_path / "t.csv", "."), ",")
    assert rows == [["Namn", "Belopp", "Andel", "Dag"], ["Å;ä", "1234.50", "25.00", "2025-03-01"],
                    ["b", "-2.00", "", ""]]  # fmt: skip
    book = load_workbook(write_xlsx([table, table], tmp_path / "t.xlsx"))
    assert book.sheetnames == ["Tabell- 1-2", "Tabell- 1-2 (2)"]
    assert sheet_title("x" * 40, set()) == "x" * 31


@pytest.mark.parametrize(
    ("language", "title", "compliance", "money"),
    [
        ("sv", "Inköpsrapport – februari 2025", "Avtalstrohet", "2 457 SEK"),
        ("da", "Indkøbsrapport – februar 2025", "Aftaleoverholdelse", "2.457 SEK"),
        ("nb", "Innkjøpsrapport – februar 2025", "Avtalelojalitet", "2 457 SEK"),
        ("en", "Spend report – February 2025", "Agreement compliance", "SEK 2,457"),
    ],
)
def test_the_pdf_is_in_the_users_language(
    page: SpendPage, tmp_path: Path, language: str, title: str, compliance: str, money: str
) -> None:
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        translations.apply(language)
        page.month_exporter.export_pdf(tmp_path / "report.pdf", "2025-02")
    finally:
        translations.apply("en")
    text = " ".join(PdfReader(tmp_path / "report.pdf").pages[0].extract_text().split())
    text = text.replace("\u00a0", " ")
    assert title in text and compliance in text and money in text
