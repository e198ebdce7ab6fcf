"""The UBL 2.1 XML schemas, each loaded once per process (about 70 ms and 15 MiB apiece).

An lxml ``XMLSchema`` keeps the error log of its last validation on the object, so two
threads validating with one instance would mix their errors up. :class:`SharedSchema`
therefore validates under a lock and hands each thread the errors of its own last call.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, cast

from lxml import etree

from desktop.peppol.errors import DocumentError

STANDARDS_DIR = Path(__file__).resolve().parents[2] / "resources" / "standards"
UBL_DIR = STANDARDS_DIR / "ubl-2.1"

DocumentKind = Literal["Catalogue", "Order", "OrderResponse"]


class SharedSchema:
    """One compiled schema for every thread of the process."""

    def __init__(self, schema: etree.XMLSchema) -> None:
        self._schema = schema
        self._lock = threading.Lock()
        self._last = threading.local()

    def validate(self, element: etree._Element | etree._ElementTree) -> bool:
        """True when ``element`` is valid; otherwise :attr:`error_log` says why."""
        with self._lock:
            valid = bool(self._schema.validate(element))
            self._last.errors = (
                () if valid else tuple(cast("Iterable[Any]", self._schema.error_log))
            )
        return valid

    @property
    def error_log(self) -> tuple[Any, ...]:
        """The errors of this thread's last :meth:`validate` (lxml log entries)."""
        return cast("tuple[Any, ...]", getattr(self._last, "errors", ()))


_schemas: dict[Path, SharedSchema] = {}
_load_lock = threading.Lock()


def _load(path: Path) -> SharedSchema:
    schema = _schemas.get(path)
    if schema is not None:
        return schema
    with _load_lock:
        schema = _schemas.get(path)
        if schema is None:
            # Our own unmodified OASIS files; they import each other by relative path.
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            compiled = etree.XMLSchema(etree.parse(str(path), parser))
            schema = _schemas[path] = SharedSchema(compiled)
    return schema


def maindoc_schema_path(root_name: str) -> Path:
    """Where the main-document schema of a UBL root element (``"Order"``) would be."""
    return UBL_DIR / "maindoc" / f"UBL-{root_name}-2.1.xsd"


_maindoc_by_root: dict[str, SharedSchema | None] = {}


def maindoc_schema(root_name: str) -> SharedSchema | None:
    """The schema of any UBL main document Avrop ships, None when it ships none (looked
    up once per root name: no file system call per document)."""
    if root_name not in _maindoc_by_root:
        path = maindoc_schema_path(root_name)
        _maindoc_by_root[root_name] = _load(path) if path.is_file() else None
    return _maindoc_by_root[root_name]


def document_schema(kind: DocumentKind) -> SharedSchema:
    """The main-document schema of ``kind`` (``maindoc/UBL-<kind>-2.1.xsd``)."""
    return _load(maindoc_schema_path(kind))


def aggregate_schema() -> SharedSchema:
    """The CommonAggregateComponents schema: validates a lone ``cac:CatalogueLine``."""
    return _load(UBL_DIR / "common" / "UBL-CommonAggregateComponents-2.1.xsd")


_CLARK_PREFIXES = {
    "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}": "cbc:",
    "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}": "cac:",
}
_ELEMENT_RE = re.compile(r"Element '(?:\{[^}]*\}|cac:|cbc:)?([^']+)'")
_NS_RE = re.compile(r"\{urn:oasis:names:specification:ubl:schema:xsd:[A-Za-z]+-2\}")


def readable_message(message: str) -> str:
    """A libxml2 schema message with the UBL namespaces shortened to prefixes."""
    for clark, prefix in _CLARK_PREFIXES.items():
        message = message.replace(clark, prefix)
    return _NS_RE.sub("", message)


def schema_errors(schema: SharedSchema, line_id: str | None = None) -> list[DocumentError]:
    """The errors of this thread's last validation by ``schema``, as ``schema_invalid``."""
    found: list[DocumentError] = []
    for entry in schema.error_log:
        message = readable_message(entry.message)
        match = _ELEMENT_RE.search(message)
        field = match.group(1) if match else ""
        found.append(DocumentError(line_id, entry.line or None, field, "schema_invalid", message))
    return found
