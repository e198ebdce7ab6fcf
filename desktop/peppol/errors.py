"""Errors found in PEPPOL documents, with the line and field at fault."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import AvropError


@dataclass(frozen=True)
class DocumentError:
    """One problem in a document.

    ``line_id`` is the document line's ID (``CatalogueLine/ID``, ``LineItem/ID``) when the
    problem is in a line; ``xml_line`` the line number in the XML text when known;
    ``field`` the element or attribute at fault (``"Item/Name"``); ``code`` a stable
    identifier the UI translates; ``message`` the English fallback.
    """

    line_id: str | None
    xml_line: int | None
    field: str
    code: str
    message: str

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
        super().__init__(self.CODE, f"{first.message}{where}", first.field)
        self.errors: tuple[DocumentError, ...] = tuple(errors)
