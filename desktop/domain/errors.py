"""Errors every layer may raise and the UI knows how to explain."""

from __future__ import annotations


class AvropError(Exception):
    """Base of errors that carry a message fit to show the user (before translation).

    ``code`` is a stable machine-readable identifier the UI maps to a translated text;
    ``message`` is the English fallback; ``field`` names the input at fault, if any.
    """

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
