"""Small readers for the spend wire shapes: each raises ``ValueFormatError`` when wrong."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.values import ValueFormatError, format_money, parse_date, parse_money


def req_str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueFormatError(key, value, "a string")
    return value


def opt_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueFormatError(key, value, "a string or null")
    return value


def req_bool(data: dict[str, Any], key: str) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise ValueFormatError(key, value, "true or false")
    return value


def req_int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueFormatError(key, value, "an integer")
    return value


def req_money(data: dict[str, Any], key: str) -> Decimal:
    return parse_money(data.get(key), key)


def opt_money(data: dict[str, Any], key: str) -> Decimal | None:
    value = data.get(key)
    return None if value is None else parse_money(value, key)


def req_date(data: dict[str, Any], key: str) -> date:
    return parse_date(data.get(key), key)


def req_dict(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ValueFormatError(key, value, "an object")
    return value


def req_list(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueFormatError(key, value, "a list of objects")
    return value


def str_dict(data: dict[str, Any], key: str) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueFormatError(key, value, "an object of strings")
    return dict(value)


def money_or_none(value: Decimal | None) -> str | None:
    return None if value is None else format_money(value)
