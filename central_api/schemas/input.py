"""The one validation layer every request goes through (shared pydantic types).

* :class:`InputModel`: the base of every request body model; it refuses NUL bytes and
  lone surrogates in every string of the body (keys included), which PostgreSQL
  refuses to store and UTF-8 cannot encode.
* :func:`refuse_unsafe_text`: the same check for bodies read as plain JSON objects.
* ``Day`` / ``Moment``: dates and timestamps between 1900 and 2999 (date arithmetic and
  time-zone conversion near year 1 or 9999 overflow).
* :func:`row_id`: a path id as a database integer (PostgreSQL ``int4``), or ``None``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, model_validator

from central_api.errors import ApiError

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
INT4_MAX = 2**31 - 1


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be stored as text, or ``None`` when it can."""
    if "\x00" in value:
        return "must not contain NUL bytes"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "must be valid Unicode (no lone surrogates)"
    return None


def first_unsafe_text(data: Any, path: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(dotted field, problem) of the first string in ``data`` that cannot be stored."""
    if isinstance(data, str):
        problem = text_problem(data)
        return (".".join(path), problem) if problem else None
    if isinstance(data, dict):
        for key, value in data.items():
            found = first_unsafe_text(key, path) if isinstance(key, str) else None
            found = found or first_unsafe_text(value, (*path, str(key)))
            if found:
                return found
    if isinstance(data, list | tuple):
        for index, value in enumerate(data):
            found = first_unsafe_text(value, (*path, str(index)))
            if found:
                return found
    return None


def refuse_unsafe_text(data: Any) -> None:
    """422 ``validation_error`` naming the field whose text cannot be stored."""
    found = first_unsafe_text(data)
    if found:
        field, problem = found
        raise ApiError(422, "validation_error", f"{field or 'body'}: {problem}", field or None)


class InputModel(BaseModel):
    """Base of request bodies: no string anywhere in the body may hold NUL or lone
    surrogates (422 ``validation_error`` naming the field)."""

    @model_validator(mode="before")
    @classmethod
    def _storable_text(cls, data: Any) -> Any:
        refuse_unsafe_text(data)
        return data


def _in_range_day(value: date) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(f"must be between {FIRST_DAY} and {LAST_DAY}")
    return value


def in_range_moment(value: datetime | None) -> datetime | None:
    """``value`` if its date is between 1900 and 2999 (before any time-zone shift)."""
    if value is not None:
        _in_range_day(value.date())
    return value


Day = Annotated[date, AfterValidator(_in_range_day)]
Moment = Annotated[datetime, AfterValidator(in_range_moment)]


def row_id(text: str) -> int | None:
    """``text`` as a row id (ASCII digits, at most PostgreSQL's int4), else ``None``."""
    if not (text.isascii() and text.isdigit()) or len(text) > 10:
        return None
    value = int(text)
    return value if 0 < value <= INT4_MAX else None
