"""Validation of a whole catalogue, collecting every error (for a 422 and for ``check``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.peppol.catalogue_stream import CatalogueStream
from desktop.peppol.errors import DocumentError
from desktop.peppol.safe_xml import DEFAULT_MAX_BYTES, Source


@dataclass(frozen=True)
class ValidationReport:
    """What validating a document found.

    ``document`` is the document kind ("Catalogue", "Order", "OrderResponse") or None
    when the bytes are not one of them (or not readable XML); ``lines`` counts the
    document's lines, good and bad; ``errors`` is empty for a valid document.
    """

    document: str | None
    lines: int
    errors: tuple[DocumentError, ...]

    @property
    def valid(self) -> bool:
        return self.document is not None and not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "lines": self.lines,
            "errors": [e.to_json() for e in self.errors],
        }


def validate_catalogue(
    source: Source, *, supplier_id: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> ValidationReport:
    """Check a catalogue against the UBL schema and the PEPPOL rules, in one streaming pass.

    Every error is listed (up to 1,000, then one ``too_many_errors``); a fatal one (not
    XML, too large, a DOCTYPE, not a catalogue) ends the pass where it is found.
    """
    stream = CatalogueStream(source, supplier_id=supplier_id, max_bytes=max_bytes, fail_fast=False)
    for _line in stream.lines():
        pass
    return ValidationReport(
        "Catalogue" if stream.root_ok else None, stream.line_count, tuple(stream.errors)
    )
