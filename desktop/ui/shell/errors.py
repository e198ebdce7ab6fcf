"""Translated, actionable messages for the stable error codes (one table for the app:
``error_table.py``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import AvropError
from desktop.ui.shell.error_table import FALLBACK, TABLE


def _translated(entry: tuple[str, str]) -> str:
    context, source = entry
    return QCoreApplication.translate(context, source)


def message_for_code(
    code: str, params: Mapping[str, str] | None = None, *, fallback: str = ""
) -> str:
    """The translated message for an error ``code`` with its ``{name}`` placeholders
    filled from ``params``; an unknown code gives ``fallback``, else a general message."""
    entry = TABLE.get(code)
    if entry is None:
        return fallback or _translated(FALLBACK)
    text = _translated(entry)
    for key, value in (params or {}).items():
        text = text.replace("{" + key + "}", value)
    return text


def message_for(error: BaseException, *, server_words: bool = False) -> str:
    """The translated message to show the user for ``error``. With ``server_words`` an
    error whose code has no message here shows the server's own words."""
    if isinstance(error, AvropError):
        return message_for_code(error.code, fallback=error.message if server_words else "")
    return _translated(FALLBACK)


def known_codes() -> frozenset[str]:
    return frozenset(TABLE)
