"""Dates, numbers and percentages follow the UI language's locale (QLocale of sv, da,
nb, en-GB), not Python's ISO or C formats. (Money: the money formatter's own tests.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.domain.order_problems import Problem
from desktop.ui.find.texts import number_text, percent_text
from desktop.ui.shell.formats import UNITS, day_text, problem_text, unit_text, with_unit
from desktop.ui.shell.i18n import Translations

NBSP = "\u00a0"


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.apply("en")


@pytest.mark.parametrize(
    ("language", "day", "number", "percent"),
    [
        ("sv", "2026-12-07", f"1{NBSP}234,5", f"36,5{NBSP}%"),
        ("da", "07.12.2026", "1.234,5", f"36,5{NBSP}%"),
        ("nb", "07.12.2026", f"1{NBSP}234,5", f"36,5{NBSP}%"),
        ("en", "07/12/2026", "1,234.5", "36.5%"),
    ],
)
def test_formats_follow_the_ui_language(
    translations: Translations,
    language: str,
    day: str,
    number: str,
    percent: str,
) -> None:
    translations.apply(language)
    assert day_text(date(2026, 12, 7)) == day
    assert day_text(None, "–") == "–"
    assert number_text(Decimal("1234.5")) == number
    assert percent_text(Decimal("36.5")) == percent


@pytest.mark.parametrize(("language", "shown"), [("sv", "2026-01-31"), ("nb", "31.01.2026")])
def test_a_problems_dates_are_written_as_the_language_writes_them(
    translations: Translations, language: str, shown: str
) -> None:
    translations.apply(language)
    problem = Problem(
        "agreement_expired", {"agreement": "Bröd", "number": "A-1", "to": "2026-01-31"}
    )
    text = problem_text(problem)
    assert shown in text and "Bröd" in text
    if shown != "2026-01-31":
        assert "2026-01-31" not in text


@pytest.mark.parametrize("language", ["sv", "da", "nb", "en"])
def test_a_unit_abbreviation_does_not_double_the_period(
    translations: Translations, language: str
) -> None:
    """Danish "pk." ends the "added to the cart" sentence: "2 × pk.", never "2 × pk.."."""
    translations.apply(language)
    template = QCoreApplication.translate(
        "ItemPane", "\u2713 Added to the cart: %1 \u00d7 %2. Ctrl+2 opens the cart."
    )
    for code in UNITS:
        text = with_unit(template, "%2", code).replace("%1", "2")
        assert ".." not in text and f"2 \u00d7 {unit_text(code)}" in text, text
    if language == "da":
        assert "2 \u00d7 pk. Ctrl+2" in with_unit(template, "%2", "XPK").replace("%1", "2")
