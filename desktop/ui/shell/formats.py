"""Formats and widget helpers every place shares: amounts, quantities, unit names, the
message of an order problem, and room for a default button's bold text."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton

from desktop.domain.quantity import plain_quantity
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the problems' messages are imported when one is written: the
    # start-up's first paint formats amounts and units only
    from desktop.domain.order_problems import Problem

NBSP = "\u00a0"

# Unit codes (UN/ECE rec. 20) in words; translated in the context they were written in.
UNITS: dict[str, str] = {
    "EA": QT_TRANSLATE_NOOP("FindTexts", "piece"),
    "XPK": QT_TRANSLATE_NOOP("FindTexts", "pack"),
    "KGM": QT_TRANSLATE_NOOP("FindTexts", "kg"),
    "GRM": QT_TRANSLATE_NOOP("FindTexts", "g"),
    "LTR": QT_TRANSLATE_NOOP("FindTexts", "litre"),
    "MLT": QT_TRANSLATE_NOOP("FindTexts", "ml"),
    "MTR": QT_TRANSLATE_NOOP("FindTexts", "metre"),
    "HUR": QT_TRANSLATE_NOOP("FindTexts", "hour"),
    "XBX": QT_TRANSLATE_NOOP("FindTexts", "box"),
    "RM": QT_TRANSLATE_NOOP("FindTexts", "ream"),
    "PR": QT_TRANSLATE_NOOP("FindTexts", "pair"),
    "SET": QT_TRANSLATE_NOOP("FindTexts", "set"),
    "C62": QT_TRANSLATE_NOOP("FindTexts", "piece"),
    "H87": QT_TRANSLATE_NOOP("FindTexts", "piece"),
}


def unit_text(code: str | None) -> str:
    if not code:
        return ""
    return QCoreApplication.translate("FindTexts", UNITS[code]) if code in UNITS else code.lower()


def with_unit(text: str, placeholder: str, code: str | None) -> str:
    """``text`` with ``placeholder`` as the unit's name; an abbreviation's period (Danish
    "pk.", Swedish "förp.") also ends a sentence, so it is not doubled ("pk.." → "pk.")."""
    unit = unit_text(code)
    if unit.endswith("."):
        text = text.replace(placeholder + ".", unit)
    return text.replace(placeholder, unit)


def number_text(value: Decimal, places: int = 2, locale: QLocale | None = None) -> str:
    """``value`` rounded half up to ``places`` decimals with the locale's separators."""
    loc = locale or QLocale()
    text = format(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    group = loc.groupSeparator().replace(" ", NBSP) or NBSP
    result = sign + group.join(groups)
    return result + loc.decimalPoint() + fraction if fraction else result


def _code_first(locale: QLocale) -> bool:
    """Whether the locale writes the currency before the amount (en: "SEK 12.50")."""
    pattern = locale.toCurrencyString(1.0, "\u00a4")  # the pattern only; amounts stay Decimal
    return pattern.find("\u00a4") < pattern.find("1")


def money_text(
    value: Decimal | str | None, currency: str, places: int = 2, locale: QLocale | None = None
) -> str:
    """The one way Avrop writes money: the amount in the UI locale's format with the
    currency code the data carries ("1 234,50 SEK" in sv, "SEK 1,234.50" in en). Never via
    float; a missing amount is a dash."""
    if value is None:
        return "\u2013"
    try:
        amount = Decimal(value)
    except (InvalidOperation, ValueError):
        return str(value)
    loc = locale or QLocale()
    text = number_text(amount, places, loc)
    return f"{currency}{NBSP}{text}" if _code_first(loc) else f"{text}{NBSP}{currency}"


def quantity_text(value: Decimal) -> str:
    return plain_quantity(value).replace(".", QLocale().decimalPoint())


def day_text(day: date | None, missing: str = "") -> str:
    """A date as the UI language writes it short (2026-12-07, 07.12.2026, 07-12-2026)."""
    if day is None:
        return missing
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


_MONEY_PARAMS = frozenset({"minimum", "missing", "total", "limit", "left", "over"})
_DATE_PARAMS = frozenset({"from", "to"})  # ISO dates, shown as the UI language writes them


def _param_text(key: str, value: str) -> str:
    if key in _DATE_PARAMS:
        try:
            return day_text(date.fromisoformat(value))
        except ValueError:
            return value
    return value


def problem_text(problem: Problem) -> str:
    """The translated sentence of ``problem``; amounts of a problem that names its currency
    are written with ``money_text`` (the sentence has no currency of its own)."""
    params = dict(problem.params)
    currency = params.pop("currency", None)
    for key, value in params.items():
        if currency is not None and key in _MONEY_PARAMS:
            params[key] = money_text(value, currency)
        else:
            params[key] = _param_text(key, value)
    from desktop.ui.shell.errors import message_for_code

    return message_for_code(problem.code, params)


class _BoldFit(QObject):
    """Keeps a default button wide enough for its text in bold (see fit_default_button)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPushButton) and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            _fit(watched)
        return False


def _fit(button: QPushButton) -> None:
    bold = QFont(button.font())
    bold.setBold(True)
    text = button.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 48)


def fit_default_button(button: QPushButton) -> None:
    """Room for a default button's text in the bold face the style sheet gives it (Qt sizes
    buttons by the normal face, which would cut the text off). Refitted when shown."""
    if button.property("boldFit") is None:
        fitter = _BoldFit(button)
        button.installEventFilter(fitter)
        button.setProperty("boldFit", True)
    button.ensurePolished()
    _fit(button)
