"""Money, shares, months and ages as the user's locale writes them (``QLocale()``).

The app sets the default locale with the language (``i18n.Translations``), so Swedish
shows ``48,4 %`` and ``oktober 2026``, English ``48.4%`` and ``October 2026``; money is
``desktop.ui.shell.formats.money_text``.
Amounts stay ``Decimal`` until they become text here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from desktop.domain.spend import month_start

_CONTEXT = "SpendFormat"
NORDIC = frozenset(
    {QLocale.Language.Swedish, QLocale.Language.Danish, QLocale.Language.NorwegianBokmal}
)
NBSP = "\u00a0"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def number(value: Decimal, places: int = 0, locale: QLocale | None = None) -> str:
    """``value`` rounded half up to ``places`` decimals, with the locale's separators."""
    loc = locale or QLocale()
    quantum = Decimal(1).scaleb(-places)
    text = format(value.quantize(quantum, rounding=ROUND_HALF_UP), "f")
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


def share(value: Decimal | None, locale: QLocale | None = None) -> str:
    """A ratio as a percentage with one decimal (``48,4 %``); a dash when unknown."""
    if value is None:
        return "–"
    loc = locale or QLocale()
    text = number(value * 100, 1, loc)
    return f"{text}{NBSP}%" if loc.language() in NORDIC else f"{text}%"


def month_name(month: str, locale: QLocale | None = None, short: bool = False) -> str:
    """``oktober 2026`` (``okt. 26`` when ``short``) for ``2026-10``."""
    loc = locale or QLocale()
    start = month_start(month)
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    name = loc.standaloneMonthName(start.month, kind)
    return f"{name} {start.year % 100:02d}" if short else f"{name} {start.year}"


def day(value: date, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def long_day(value: date, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


class SpendFormat(QObject):
    """The plural texts of this module (lupdate finds ``%n`` forms in ``self.tr`` only)."""

    def age(self, seconds: int) -> str:
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n minute(s) ago", "", seconds // 60)
        if seconds < 48 * 3600:
            return self.tr("%n hour(s) ago", "", seconds // 3600)
        return self.tr("%n day(s) ago", "", seconds // 86400)


def age(fetched_at: datetime, now: datetime | None = None) -> str:
    """How long ago: ``just now``, ``5 minutes ago``, ``3 hours ago``, ``2 days ago``."""
    return SpendFormat().age(max(0, int(((now or datetime.now(UTC)) - fetched_at).total_seconds())))


def moment(value: datetime, locale: QLocale | None = None) -> str:
    """A local date and time in the locale's short form."""
    loc = locale or QLocale()
    local = value.astimezone()
    return f"{day(local.date(), loc)} {local.strftime('%H:%M')}"
