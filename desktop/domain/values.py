"""Parsing and formatting of the plain values that cross the wire: money, dates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation


class ValueFormatError(ValueError):
    """A value on the wire or in a document is not of the expected form."""

    def __init__(self, field: str, value: object, expected: str) -> None:
        super().__init__(f"{field}: {value!r} is not {expected}")
        self.field = field
        self.value = value
        self.expected = expected


def parse_money(value: object, field: str = "amount") -> Decimal:
    """A Decimal from a JSON string or int; floats are refused (money is never float)."""
    if isinstance(value, bool | float):
        raise ValueFormatError(field, value, "a decimal amount as a string")
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise ValueFormatError(field, value, "a decimal amount") from exc
    if not result.is_finite():
        raise ValueFormatError(field, value, "a finite decimal amount")
    return result


def format_money(value: Decimal) -> str:
    """The wire form of an amount: a plain decimal string, never exponent notation."""
    return format(value, "f")


def parse_date(value: object, field: str = "date") -> date:
    if not isinstance(value, str):
        raise ValueFormatError(field, value, "an ISO 8601 date")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueFormatError(field, value, "an ISO 8601 date") from exc


def parse_optional_date(value: object, field: str = "date") -> date | None:
    return None if value is None else parse_date(value, field)


def parse_datetime(value: object, field: str = "timestamp") -> datetime:
    if not isinstance(value, str):
        raise ValueFormatError(field, value, "an ISO 8601 timestamp")
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueFormatError(field, value, "an ISO 8601 timestamp") from exc
