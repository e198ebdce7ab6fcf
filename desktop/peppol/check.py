"""``avrop peppol check FILE``: which PEPPOL document a file is, and what is wrong with it.

Prints one JSON object, ``{"document": "Catalogue"|"Order"|"OrderResponse"|null,
"lines": N, "errors": [{"line", "xml_line", "field", "code", "message"}, ...]}``, and
exits 0 when the document is valid, 1 when it is invalid, 2 when it cannot be read
(missing file, not well-formed or refused XML, too large, damaged gzip).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.peppol import ubl_names as u
from desktop.peppol.catalogue_validation import ValidationReport, validate_catalogue
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.order_reader import validate_order
from desktop.peppol.order_response import validate_order_response
from desktop.peppol.safe_xml import ByteChunks

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2

# Codes that mean the bytes could not be read as (safe) XML at all.
UNREADABLE_CODES = frozenset(
    {
        "unreadable",
        "too_large",
        "element_too_large",
        "gzip_invalid",
        "xml_syntax",
        "xml_encoding",
        "xml_doctype",
        "xml_entity",
        "xml_xinclude",
        "xml_too_deep",
        "xml_huge_text",
    }
)

_VALIDATORS: dict[str, Callable[[Path], ValidationReport]] = {
    "Order": validate_order,
    "OrderResponse": validate_order_response,
}


def check_file(path: Path) -> ValidationReport:
    """Detect the document kind by its root element and validate the file as that kind."""
    chunks = ByteChunks(path)
    try:
        next(iter(chunks), b"")
    except PeppolDocumentError as exc:
        return ValidationReport(None, 0, exc.errors)
    finally:
        chunks.close()
    kind = u.ROOT_KINDS.get(chunks.root_tag or "")
    validate = _VALIDATORS.get(kind or "", validate_catalogue)  # the streaming one otherwise
    return validate(path)


def exit_code(report: ValidationReport) -> int:
    if any(e.code in UNREADABLE_CODES for e in report.errors):
        return EXIT_UNREADABLE
    return EXIT_VALID if report.valid else EXIT_INVALID


def main(argv: list[str]) -> int:
    """Check the one file named in ``argv``; print the JSON report; return the exit code."""
    if len(argv) != 1:
        print("usage: avrop peppol check FILE", file=sys.stderr)
        return EXIT_UNREADABLE
    report = check_file(Path(argv[0]))
    print(json.dumps(report.to_json(), ensure_ascii=False))
    return exit_code(report)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
