"""A catalogue stored before the official PEPPOL codes, rewritten as Avrop writes now.

Read with the catalogue reader (which still reads the older forms: ``PriceTypeCode``,
a line ``DocumentReference`` to its agreement, ``DocumentType`` "Image", Avrop's own
label codes) and written again with units and labels from the official lists. Used by
the server migration s0005 on the catalogues it keeps.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace

from desktop.domain.catalogue import CatalogueLine
from desktop.domain.legacy_codes import official_certificate, official_unit
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.catalogue_writer import write_catalogue


def official_line(line: CatalogueLine) -> CatalogueLine:
    """``line`` with its units and labels in the official code lists."""
    content_unit = official_unit(line.content_unit_code) if line.content_unit_code else None
    return replace(
        line,
        unit_code=official_unit(line.unit_code),
        content_unit_code=content_unit,
        certificates=tuple(official_certificate(c) for c in line.certificates),
    )


def official_catalogue_xml(xml: bytes, supplier_id: str) -> tuple[bytes, int]:
    """(the rewritten catalogue, its line count); raises ``PeppolDocumentError`` when
    ``xml`` cannot be read."""
    out = io.BytesIO()
    with read_catalogue(io.BytesIO(xml), supplier_id=supplier_id) as document:
        lines: Iterator[CatalogueLine] = (official_line(line) for line in document.lines)
        count = write_catalogue(out, document.header, lines)
    return out.getvalue(), count
