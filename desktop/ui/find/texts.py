"""Translated texts of the Find place: call-off kinds, units, labels, urgencies, and the
messages for the error codes of guidance, requests, call-offs and catalogue sync."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton

from desktop.domain.office_request import RequestStatus, Urgency
from desktop.domain.reference import CallOffMethod
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

_CTX = "FindTexts"

CALL_OFF: dict[CallOffMethod, str] = {
    CallOffMethod.DIRECT: QT_TRANSLATE_NOOP("FindTexts", "Direct call-off"),
    CallOffMethod.RANKED: QT_TRANSLATE_NOOP("FindTexts", "Ranked suppliers"),
    CallOffMethod.MINI_COMPETITION: QT_TRANSLATE_NOOP("FindTexts", "Mini-competition"),
}
UNITS: dict[str, str] = {
    "EA": QT_TRANSLATE_NOOP("FindTexts", "piece"),
    "PK": QT_TRANSLATE_NOOP("FindTexts", "pack"),
    "KGM": QT_TRANSLATE_NOOP("FindTexts", "kg"),
    "GRM": QT_TRANSLATE_NOOP("FindTexts", "g"),
    "LTR": QT_TRANSLATE_NOOP("FindTexts", "litre"),
    "MLT": QT_TRANSLATE_NOOP("FindTexts", "ml"),
    "MTR": QT_TRANSLATE_NOOP("FindTexts", "metre"),
    "HUR": QT_TRANSLATE_NOOP("FindTexts", "hour"),
    "BX": QT_TRANSLATE_NOOP("FindTexts", "box"),
    "RM": QT_TRANSLATE_NOOP("FindTexts", "ream"),
    "PR": QT_TRANSLATE_NOOP("FindTexts", "pair"),
    "SET": QT_TRANSLATE_NOOP("FindTexts", "set"),
    "C62": QT_TRANSLATE_NOOP("FindTexts", "piece"),
    "H87": QT_TRANSLATE_NOOP("FindTexts", "piece"),
}
LABELS: dict[str, str] = {
    "NordicSwan": QT_TRANSLATE_NOOP("FindTexts", "Nordic Swan"),
    "EUEcolabel": QT_TRANSLATE_NOOP("FindTexts", "EU Ecolabel"),
    "Organic": QT_TRANSLATE_NOOP("FindTexts", "Organic"),
    "FairTrade": QT_TRANSLATE_NOOP("FindTexts", "Fairtrade"),
}
URGENCY: dict[Urgency, str] = {
    Urgency.WHEN_POSSIBLE: QT_TRANSLATE_NOOP("FindTexts", "When you can (within a month)"),
    Urgency.WITHIN_WEEK: QT_TRANSLATE_NOOP("FindTexts", "Within a week"),
    Urgency.URGENT: QT_TRANSLATE_NOOP("FindTexts", "Urgent (within two days)"),
}
REQUEST_STATUS: dict[RequestStatus, str] = {
    RequestStatus.QUEUED: QT_TRANSLATE_NOOP("FindTexts", "Waiting to be sent"),
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("FindTexts", "With the procurement office"),
    RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("FindTexts", "Answered"),
    RequestStatus.CLOSED: QT_TRANSLATE_NOOP("FindTexts", "Closed"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def call_off_text(method: CallOffMethod) -> str:
    return tr(CALL_OFF[method])


def unit_text(code: str | None) -> str:
    if not code:
        return ""
    return tr(UNITS[code]) if code in UNITS else code.lower()


def label_text(type_code: str, fallback: str = "") -> str:
    return tr(LABELS[type_code]) if type_code in LABELS else (fallback or type_code)


def urgency_text(urgency: Urgency) -> str:
    return tr(URGENCY[urgency])


def status_text(status: RequestStatus) -> str:
    return tr(REQUEST_STATUS[status])


def _localised(value: Decimal, places: int) -> str:
    """``value`` with ``places`` decimals in the UI locale's separators (no float)."""
    quantum = Decimal(1).scaleb(-places)
    plain = format(value.quantize(quantum, ROUND_HALF_UP), f",.{places}f")
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return plain.replace(",", "\x00").replace(".", point).replace("\x00", group)


def money_text(amount: Decimal | None, currency: str = "SEK") -> str:
    """``amount`` with two decimals in the UI language's format, and the currency."""
    if amount is None:
        return "–"
    return f"{_localised(amount, 2)} {currency}"


def number_text(value: Decimal | None, decimals: int = 2) -> str:
    """A quantity with as many decimals as it has (at most ``decimals``)."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    places = max(0, min(decimals, -exponent)) if isinstance(exponent, int) else 0
    return _localised(value, places)


def percent_text(value: Decimal) -> str:
    return f"{number_text(value, 1)} %"


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
