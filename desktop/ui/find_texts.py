"""Translated texts of the Find place: call-off kinds, units, labels, urgencies, and the
messages for the error codes of guidance, requests, call-offs and catalogue sync."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton

from desktop.domain.errors import AvropError
from desktop.domain.office_request import RequestStatus, Urgency
from desktop.domain.reference import CallOffMethod
from desktop.peppol.codelists import label_name
from desktop.ui.error_messages import known_codes, message_for, message_for_code

_CTX = "FindTexts"

CALL_OFF: dict[CallOffMethod, str] = {
    CallOffMethod.DIRECT: QT_TRANSLATE_NOOP("FindTexts", "Direct call-off"),
    CallOffMethod.RANKED: QT_TRANSLATE_NOOP("FindTexts", "Ranked suppliers"),
    CallOffMethod.MINI_COMPETITION: QT_TRANSLATE_NOOP("FindTexts", "Mini-competition"),
}
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
# Names, in the user's language, of the labels (official PackagingMarkedLabelAccreditation
# codes) the demo and Nordic catalogues use; any other code shows the code list's name.
LABELS: dict[str, str] = {
    "SVANEN": QT_TRANSLATE_NOOP("FindTexts", "Nordic Swan"),
    "EU_ECO_LABEL": QT_TRANSLATE_NOOP("FindTexts", "EU Ecolabel"),
    "KRAV_MARK": QT_TRANSLATE_NOOP("FindTexts", "KRAV (organic)"),
    "DK_ECO": QT_TRANSLATE_NOOP("FindTexts", "Danish Ø label (organic)"),
    "DEBIO": QT_TRANSLATE_NOOP("FindTexts", "Debio (organic)"),
    "EU_ORGANIC_FARMING": QT_TRANSLATE_NOOP("FindTexts", "EU organic"),
    "FAIR_TRADE_MARK": QT_TRANSLATE_NOOP("FindTexts", "Fairtrade"),
    "BRA_MILJOVAL_LABEL_SWEDISH": QT_TRANSLATE_NOOP("FindTexts", "Bra Miljöval"),
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
MESSAGES: dict[str, str] = {
    "request_need_missing": QT_TRANSLATE_NOOP(
        "FindTexts", "Describe what you need, in a sentence or two."
    ),
    "request_need_too_long": QT_TRANSLATE_NOOP(
        "FindTexts", "The description is too long. Keep it under 2,000 characters."
    ),
    "request_unit_invalid": QT_TRANSLATE_NOOP(
        "FindTexts", "Choose one of the units you order for."
    ),
    "request_text_too_long": QT_TRANSLATE_NOOP(
        "FindTexts", "The quantity is too long. Write it shortly, e.g. 20 or about 5 boxes."
    ),
    "request_amount_invalid": QT_TRANSLATE_NOOP(
        "FindTexts", "Write the estimated amount as a number, e.g. 1500 or 1500.50."
    ),
    "calloff_agreement_unknown": QT_TRANSLATE_NOOP(
        "FindTexts", "Avrop does not know this agreement. Sync (F5) and try again."
    ),
    "calloff_supplier_not_on_agreement": QT_TRANSLATE_NOOP(
        "FindTexts", "Choose one of the agreement's suppliers."
    ),
    "calloff_date_future": QT_TRANSLATE_NOOP(
        "FindTexts", "The order date cannot be in the future. Record the call-off once it is made."
    ),
    "calloff_agreement_not_valid": QT_TRANSLATE_NOOP(
        "FindTexts", "The agreement was not valid on that date. Check the date."
    ),
    "calloff_amount_invalid": QT_TRANSLATE_NOOP(
        "FindTexts", "Write the amount excluding VAT, above zero, e.g. 4500 or 4500.50."
    ),
    "calloff_description_missing": QT_TRANSLATE_NOOP(
        "FindTexts", "Write what you ordered, e.g. 'Taxi to the swimming hall'."
    ),
    "cascade_reason_missing": QT_TRANSLATE_NOOP(
        "FindTexts",
        "This supplier is not first in rank. Write why the suppliers before it could not deliver.",
    ),
    "cascade_reason_too_long": QT_TRANSLATE_NOOP(
        "FindTexts", "The reason is too long. Keep it under 500 characters."
    ),
    "calloff_agreement_in_ecommerce": QT_TRANSLATE_NOOP(
        "FindTexts", "This agreement's items are in Avrop: search for them and order here."
    ),
    "catalogue_invalid": QT_TRANSLATE_NOOP(
        "FindTexts",
        "The supplier's catalogue has errors, so Avrop keeps the one it had. The "
        "procurement office has been told.",
    ),
    "peppol_invalid": QT_TRANSLATE_NOOP(
        "FindTexts",
        "The supplier's catalogue could not be read, so Avrop keeps the one it had.",
    ),
    "reason_missing": QT_TRANSLATE_NOOP(
        "FindTexts", "Write a short reason, so the unit's figures can explain the purchase."
    ),
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
    """The label's name in the user's language, else the code list's (English) name."""
    if type_code in LABELS:
        return tr(LABELS[type_code])
    return fallback or label_name(type_code)


def urgency_text(urgency: Urgency) -> str:
    return tr(URGENCY[urgency])


def status_text(status: RequestStatus) -> str:
    return tr(REQUEST_STATUS[status])


def find_message_for_code(code: str) -> str:
    if code in MESSAGES:
        return tr(MESSAGES[code])
    return message_for_code(code)


def find_message(error: BaseException) -> str:
    """The translated message for an error of the Find place."""
    if isinstance(error, AvropError) and error.code in MESSAGES:
        return tr(MESSAGES[error.code])
    return message_for(error)


def has_message(code: str) -> bool:
    return code in MESSAGES or code in known_codes()


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
