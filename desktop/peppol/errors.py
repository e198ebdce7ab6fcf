"""Errors found in PEPPOL documents, with the line and field at fault."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import AvropError

# A message may quote an exception or the parser, whose text can hold a whole element
# name or the document's own bytes: it is cut to this many characters.
MESSAGE_MAX = 300


def capped(text: str, limit: int = MESSAGE_MAX) -> str:
    """``text``, cut to ``limit`` characters (the cut marked with "…")."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class DocumentError:
    """One problem in a document.

    ``line_id`` is the document line's ID (``CatalogueLine/ID``, ``LineItem/ID``) when the
    problem is in a line; ``xml_line`` the line number in the XML text when known;
    ``field`` the element or attribute at fault (``"Item/Name"``); ``code`` a stable
    identifier the UI translates; ``message`` the English fallback (at most
    :data:`MESSAGE_MAX` characters).
    """

    line_id: str | None
    xml_line: int | None
    field: str
    code: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", capped(self.message))

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line_id,
            "xml_line": self.xml_line,
            "field": self.field,
            "code": self.code,
            "message": self.message,
        }


class PeppolDocumentError(AvropError):
    """A document was refused; ``errors`` says why (at least one entry)."""

    CODE = "peppol_invalid"

    def __init__(self, errors: Sequence[DocumentError]) -> None:
        if not errors:
            raise ValueError("PeppolDocumentError needs at least one DocumentError")
        first = errors[0]
        where = f" (line {first.line_id})" if first.line_id else ""
        super().__init__(self.CODE, capped(f"{first.message}{where}"), first.field)
        self.errors: tuple[DocumentError, ...] = tuple(errors)
