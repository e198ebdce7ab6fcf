"""The UBL 2.1 XML schemas, each loaded once per thread (about 70 ms apiece).

Per thread because an lxml ``XMLSchema`` keeps its last error log on the object, so two
threads validating with one instance would mix their errors up.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, cast

from lxml import etree

from desktop.peppol.errors import DocumentError

UBL_DIR = Path(__file__).resolve().parents[2] / "resources" / "standards" / "ubl-2.1"

DocumentKind = Literal["Catalogue", "Order", "OrderResponse"]

_local = threading.local()


def _load(path: Path) -> etree.XMLSchema:
    cache: dict[Path, etree.XMLSchema] | None = getattr(_local, "schemas", None)
    if cache is None:
        cache = _local.schemas = {}
    schema = cache.get(path)
    if schema is None:
        # Our own unmodified OASIS files; they import each other by relative path.
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        schema = cache[path] = etree.XMLSchema(etree.parse(str(path), parser))
    return schema


def document_schema(kind: DocumentKind) -> etree.XMLSchema:
    """The main-document schema of ``kind`` (``maindoc/UBL-<kind>-2.1.xsd``)."""
    return _load(UBL_DIR / "maindoc" / f"UBL-{kind}-2.1.xsd")


def aggregate_schema() -> etree.XMLSchema:
    """The CommonAggregateComponents schema: validates a lone ``cac:CatalogueLine``."""
    return _load(UBL_DIR / "common" / "UBL-CommonAggregateComponents-2.1.xsd")


_CLARK_PREFIXES = {
    "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}": "cbc:",
    "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}": "cac:",
}
_ELEMENT_RE = re.compile(r"Element '(?:\{[^}]*\}|cac:|cbc:)?([^']+)'")
_NS_RE = re.compile(r"\{urn:oasis:names:specification:ubl:schema:xsd:[A-Za-z]+-2\}")


def schema_errors(schema: etree.XMLSchema, line_id: str | None = None) -> list[DocumentError]:
    """The errors of the last validation by ``schema``, as ``schema_invalid`` entries."""
    found: list[DocumentError] = []
    for entry in cast("Iterable[Any]", schema.error_log):
        message = entry.message
        for clark, prefix in _CLARK_PREFIXES.items():
            message = message.replace(clark, prefix)
        message = _NS_RE.sub("", message)
        match = _ELEMENT_RE.search(message)
        field = match.group(1) if match else ""
        found.append(DocumentError(line_id, entry.line or None, field, "schema_invalid", message))
    return found
