"""Translated texts of the Find place: call-off kinds, units, labels, urgencies, and the
messages for the error codes of guidance, requests, call-offs and catalogue sync."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.peppol.codelists import label_name
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.domain.guidance_resolve import OrderChannel
    from desktop.domain.office_request import RequestStatus, Urgency
    from desktop.domain.reference import CallOffMethod

_CTX = "FindTexts"

# The tables keyed by the domain's enums are built on first use: the results table
# (the start-up's first paint) uses the labels and numbers only.


@cache
def _call_off() -> dict[CallOffMethod, str]:
    from desktop.domain.reference import CallOffMethod

    return {
        CallOffMethod.DIRECT: QT_TRANSLATE_NOOP("FindTexts", "Direct call-off"),
        CallOffMethod.RANKED: QT_TRANSLATE_NOOP("FindTexts", "Ranked suppliers"),
        CallOffMethod.MINI_COMPETITION: QT_TRANSLATE_NOOP("FindTexts", "Mini-competition"),
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


@cache
def _urgency() -> dict[Urgency, str]:
    from desktop.domain.office_request import Urgency

    return {
        Urgency.WHEN_POSSIBLE: QT_TRANSLATE_NOOP("FindTexts", "When you can (within a month)"),
        Urgency.WITHIN_WEEK: QT_TRANSLATE_NOOP("FindTexts", "Within a week"),
        Urgency.URGENT: QT_TRANSLATE_NOOP("FindTexts", "Urgent (within two days)"),
    }


@cache
def _request_status() -> dict[RequestStatus, str]:
    from desktop.domain.office_request import RequestStatus

    return {
        RequestStatus.QUEUED: QT_TRANSLATE_NOOP("FindTexts", "Waiting to be sent"),
        RequestStatus.OPEN: QT_TRANSLATE_NOOP("FindTexts", "With the procurement office"),
        RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("FindTexts", "Answered"),
        RequestStatus.CLOSED: QT_TRANSLATE_NOOP("FindTexts", "Closed"),
    }


@cache
def _empty_under_guidance() -> dict[OrderChannel, str]:
    """What an empty result says under a guidance card: never what the card contradicts."""
    from desktop.domain.guidance_resolve import OrderChannel

    return {
        OrderChannel.AVROP: QT_TRANSLATE_NOOP(
            "FindTexts",
            "This agreement's items have not reached this computer yet: sync, or ask the "
            "procurement office.",
        ),
        OrderChannel.CONTACT_SUPPLIER: QT_TRANSLATE_NOOP(
            "FindTexts",
            "This agreement's items are not in Avrop's shop: follow its instructions above, or "
            "ask the procurement office.",
        ),
        OrderChannel.ASK_OFFICE: QT_TRANSLATE_NOOP(
            "FindTexts",
            "No item in Avrop is called \u201c%1\u201d. Under this agreement the procurement "
            "office runs the call-off: send them your need above.",
        ),
    }


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def call_off_text(method: CallOffMethod) -> str:
    return tr(_call_off()[method])


def empty_under_guidance(channel: OrderChannel, typed: str) -> str:
    """The empty result's words under a card of ``channel``, for the words ``typed``."""
    return tr(_empty_under_guidance()[channel]).replace("%1", typed)


def label_text(type_code: str, fallback: str = "") -> str:
    """The label's name in the user's language, else the code list's (English) name."""
    if type_code in LABELS:
        return tr(LABELS[type_code])
    return fallback or label_name(type_code)


def urgency_text(urgency: Urgency) -> str:
    return tr(_urgency()[urgency])


def status_text(status: RequestStatus) -> str:
    return tr(_request_status()[status])


def _localised(value: Decimal, places: int) -> str:
    """``value`` with ``places`` decimals in the UI locale's separators (no float)."""
    quantum = Decimal(1).scaleb(-places)
    plain = format(value.quantize(quantum, ROUND_HALF_UP), f",.{places}f")
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return plain.replace(",", "\x00").replace(".", point).replace("\x00", group)


def number_text(value: Decimal | None, decimals: int = 2) -> str:
    """A quantity with as many decimals as it has (at most ``decimals``)."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    places = max(0, min(decimals, -exponent)) if isinstance(exponent, int) else 0
    return _localised(value, places)


def percent_text(value: Decimal) -> str:
    """``36 %`` (a no-break space) in sv, da and nb; ``36%`` in English."""
    english = QLocale().language() == QLocale.Language.English
    return f"{number_text(value, 1)}{'' if english else chr(0xA0)}%"
