"""``avrop peppol check FILE``: is a file a conforming PEPPOL BIS 3 document, and if not, why.

Prints one JSON object: ``{"document", "transaction", "rules_release", "conforms",
"errors": [...], "warnings": [...]}`` where each finding is ``{"id", "flag", "location",
"line", "message", "source"}`` (source ``xsd``, ``peppol`` or ``avrop``). Exits 0 when
the document conforms (warnings allowed), 1 when it does not, 2 when it cannot be read
or is refused as unsafe (missing file, not well-formed, DOCTYPE, too large, bad gzip).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.peppol.conformance import Verdict, avrop_error, check_document
from desktop.peppol.errors import PeppolDocumentError

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def check_file(path: Path) -> Verdict:
    """The verdict on the file at ``path``; ``PeppolDocumentError`` when unreadable."""
    return check_document(path)


def exit_code(verdict: Verdict) -> int:
    return EXIT_VALID if verdict.conforms else EXIT_INVALID


def unreadable_json(error: PeppolDocumentError) -> dict[str, object]:
    """The JSON printed for a file that could not be read safely."""
    return {
        "document": None,
        "transaction": None,
        "rules_release": None,
        "conforms": False,
        "errors": [avrop_error(e).to_json() for e in error.errors],
        "warnings": [],
    }


def main(argv: list[str]) -> int:
    """Check the one file named in ``argv``; print the JSON verdict; return the exit code."""
    if len(argv) != 1:
        print("usage: avrop peppol check FILE", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        verdict = check_file(Path(argv[0]))
    except PeppolDocumentError as exc:
        print(json.dumps(unreadable_json(exc), ensure_ascii=False))
        return EXIT_UNREADABLE
    print(json.dumps(verdict.to_json(), ensure_ascii=False))
    return exit_code(verdict)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
