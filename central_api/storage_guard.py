"""The last line of the validation layer: nothing is written that either database refuses.

Before every flush (and for Core INSERTs, :func:`check_values`), each new or changed row
is checked against its column types: text
no longer than the column (SQLite would store it, PostgreSQL refuses it), no NUL bytes
or lone surrogates, integers within PostgreSQL's ``int4``. A value that does not fit
answers 422 ``validation_error`` naming the column, instead of a database error (500)
on PostgreSQL or a row that could not move from SQLite to PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Column, Dialect, Integer, Table, event, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from central_api.errors import ApiError
from central_api.schemas.input import INT4_MAX, text_problem


def value_problem(column: Column[Any], value: Any, dialect: Dialect) -> str | None:
    """Why ``value`` cannot be stored in ``column`` (on either database), or ``None``."""
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, TypeDecorator):
        try:
            value = column_type.process_bind_param(value, dialect)
        except (ValueError, ArithmeticError) as exc:
            return str(exc) or "is not a storable value"
        column_type = column_type.impl_instance
    if isinstance(value, str):
        length = getattr(column_type, "length", None)
        if length is not None and len(value) > length:
            return f"at most {length} characters"
        return text_problem(value)
    is_integer = isinstance(column_type, Integer) and type(value) is int
    if is_integer and not -INT4_MAX - 1 <= value <= INT4_MAX:
        return "is too large"
    return None


def _check_rows(session: Session, _context: Any, _instances: Any) -> None:
    dialect = session.get_bind().dialect
    for row in (*session.new, *session.dirty):
        state = inspect(row)
        for attribute in state.mapper.column_attrs:
            if attribute.key not in state.dict:
                continue  # not loaded, so not changed
            column = attribute.columns[0]
            if not isinstance(column, Column):
                continue
            problem = value_problem(column, state.dict[attribute.key], dialect)
            if problem:
                message = f"{attribute.key}: {problem}"
                raise ApiError(422, "validation_error", message, attribute.key)


def check_values(table: Table, values: Mapping[str, Any], dialect: Dialect) -> None:
    """The same check for the values of a Core INSERT (which flushes nothing)."""
    for name, value in values.items():
        problem = value_problem(table.c[name], value, dialect)
        if problem:
            raise ApiError(422, "validation_error", f"{name}: {problem}", name)


def install_storage_guard(sessions: sessionmaker[Session]) -> None:
    """Check every flush of sessions made by ``sessions``."""
    event.listen(sessions, "before_flush", _check_rows)
