"""Money has one formatter (``desktop.ui.shell.formats.money_text``) that writes the
currency code the data carries in the UI locale's format; no UI code names a currency."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desktop.storage.spend_cache import CachedSpend
from desktop.ui.shell.formats import money_text
from desktop.ui.spend.page import SpendPage
from tests.fixtures.qt_app import UiEnvFactory
from tests.fixtures.spend_data import fixture_report

UI = Path(__file__).resolve().parents[4] / "desktop" / "ui"
THE_FORMATTER = UI / "shell" / "formats.py"
NBSP = "\u00a0"
CURRENCY_WORD = re.compile(r"\b(kr|SEK|DKK|NOK|EUR)\b|kronor|kroner")
MONEY_FUNCTION = re.compile(r"money|currency", re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes (they may show an example amount)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _formats_money(node: ast.AST) -> bool:
    """A function named for money or currency, or Qt's own currency formatting."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return bool(MONEY_FUNCTION.search(node.name))
    return isinstance(node, ast.Attribute) and node.attr == "toCurrencyString"


def _ui_sources() -> Iterator[tuple[Path, ast.AST]]:
    for path in sorted(UI.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_no_ui_code_writes_a_currency_or_formats_money_itself() -> None:
    currencies: list[str] = []
    formatters: list[str] = []
    for path, tree in _ui_sources():
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            where = f"{path.relative_to(UI)}:{getattr(node, 'lineno', 0)}"
            text = str(getattr(node, "value", ""))
            if _is_text(node) and id(node) not in docstrings and CURRENCY_WORD.search(text):
                currencies.append(f"{where}: {text!r}")
            if path != THE_FORMATTER and _formats_money(node):
                formatters.append(where)
    assert not currencies, "a currency written in UI code (take it from the data):\n" + "\n".join(
        currencies
    )
    assert not formatters, "a second money formatter (use formats.money_text):\n" + "\n".join(
        formatters
    )


def test_the_guard_finds_what_it_guards() -> None:
    """The patterns above match a hard-coded currency and a second formatter."""
    sample = 'def shop_money(x):\n    return f"{x} kr"\nSEK = "SEK"\n'
    tree = ast.parse(sample)
    texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    found = sorted(t for t in texts if isinstance(t, str) and CURRENCY_WORD.search(t))
    assert found == [" kr", "SEK"]
    names = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    assert [n for n in names if MONEY_FUNCTION.search(n)] == ["shop_money"]


@pytest.fixture
def swedish() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(previous)


def test_amounts_keep_their_currency_in_each_locale() -> None:
    amount = Decimal("1234.5")
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    danish = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert money_text(amount, "DKK", locale=swedish) == f"1{NBSP}234,50{NBSP}DKK"
    assert money_text(amount, "SEK", locale=danish) == f"1.234,50{NBSP}SEK"
    assert money_text(amount, "NOK", locale=english) == f"NOK{NBSP}1,234.50"
    assert money_text(Decimal("-0.005"), "SEK", locale=swedish) == f"-0,01{NBSP}SEK"  # half up
    assert money_text(Decimal("2456.78"), "SEK", 0, swedish) == f"2{NBSP}457{NBSP}SEK"
    assert money_text(None, "SEK") == "\u2013"


def test_a_danish_report_shows_dkk_in_the_swedish_ui(
    qtbot: Any, ui_env: UiEnvFactory, swedish: None
) -> None:
    env = ui_env()
    page = SpendPage(env.tasks, env.services.spend, env.services.reference)
    qtbot.addWidget(page)
    report = replace(fixture_report(), currency="DKK")
    page.show_figures(CachedSpend(report, '"e"', datetime.now(UTC)))
    assert page.headline.spend.value.text() == f"7{NBSP}607{NBSP}DKK"
    assert "DKK" in page.headline.callout_text.text()
    assert page.chart.amount_axis.titleText() == "DKK"
    months = page.tabs.tab("months").model
    assert any("DKK" in str(months.index(0, c).data()) for c in range(months.columnCount()))
    assert "kr" not in page.headline.spend.value.text()
