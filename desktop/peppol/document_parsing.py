"""Parsing a small whole document (an Order, an Order Response) safely, then its schema."""

from __future__ import annotations

from lxml import etree

from desktop.peppol import ubl_names as u
from desktop.peppol.errors import DocumentError, PeppolDocumentError
from desktop.peppol.safe_xml import Source, parse_document
from desktop.peppol.schemas import DocumentKind, document_schema, schema_errors

MAX_DOCUMENT_BYTES = 16 * 1024 * 1024


def load_document(
    source: Source | etree._Element,
    kind: DocumentKind,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    *,
    schema_valid: bool = False,
) -> tuple[etree._Element, list[DocumentError]]:
    """The root of a ``kind`` document and its schema errors (empty when valid).

    ``source`` may be a root :func:`parse_document` gave already (it is not parsed again);
    ``schema_valid``: the caller has validated it against the same schema (conformance).
    Raises :class:`PeppolDocumentError` when the bytes are not safe, well-formed XML or
    the root is not a UBL 2.1 ``kind``.
    """
    etree.clear_error_log()
    root = source if isinstance(source, etree._Element) else parse_document(source, max_bytes)
    if u.ROOT_KINDS.get(str(root.tag)) != kind:
        message = f"the document is {root.tag}, not a UBL 2.1 {kind}"
        raise PeppolDocumentError([DocumentError(None, 1, "", "wrong_document", message)])
    if schema_valid:
        return root, []
    schema = document_schema(kind)
    return root, ([] if schema.validate(root) else schema_errors(schema))
